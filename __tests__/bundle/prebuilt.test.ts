import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  readFileSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { createBundle, type BundleType } from '../../src/bundle/index.js'
import { readPrebuiltBundle } from '../../src/bundle/prebuilt.js'
import { AppSpecError, BundleError } from '../../src/common/errors.js'
import { MINIMAL_APPSPEC, tempDir, writeTree } from './helpers.js'

const APPSPEC = `version: 0.0
os: linux
files:
  - source: config
    destination: /etc/app
hooks:
  ApplicationStart:
    - location: scripts/start.sh
`

const SUMMARY = {
  file: 'appspec.yml',
  os: 'linux',
  hooks: [{ event: 'ApplicationStart', locations: ['scripts/start.sh'] }],
  warnings: []
}

let dir: string
let cleanup: () => void
beforeEach(() => {
  ;({ dir, cleanup } = tempDir())
})
afterEach(() => cleanup())

const sha256sum = (path: string) => execFileSync('sha256sum', [path]).toString().split(' ')[0]

/** A tree with the AppSpec above, its hook script and the directory its files entry names. */
function sampleTree(name = 'app', files: Record<string, string> = {}): string {
  const root = join(dir, name)
  writeTree(root, {
    'appspec.yml': APPSPEC,
    'scripts/start.sh:755': '#!/bin/sh\n',
    'config/app.conf': 'port=80\n',
    ...files
  })
  return root
}

interface Member {
  name: string
  data?: string
  /** A symbolic link's target. */
  link?: string
  /** A hard link's target. */
  hardlink?: string
}

/**
 * Writes members exactly as named, with Python's zipfile or tarfile (by the extension of `path`),
 * which take names and link targets that no archiver would write from a directory.
 */
function craft(path: string, members: Member[], format: 'pax' | 'gnu' = 'pax'): string {
  const script = `
import io, json, sys, tarfile, zipfile
path, fmt, members = sys.argv[1], sys.argv[2], json.load(sys.stdin)
if path.endswith('.zip'):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for m in members:
            info = zipfile.ZipInfo(m['name'])
            info.create_system = 3
            mode = 0o120777 if 'link' in m else 0o100644
            info.external_attr = mode << 16
            z.writestr(info, m.get('link', m.get('data', '')))
else:
    formats = {'pax': tarfile.PAX_FORMAT, 'gnu': tarfile.GNU_FORMAT}
    with tarfile.open(path, 'w:gz' if path.endswith('gz') else 'w', format=formats[fmt]) as t:
        for m in members:
            info = tarfile.TarInfo(m['name'])
            data = m.get('data', '').encode()
            if 'link' in m:
                info.type, info.linkname, data = tarfile.SYMTYPE, m['link'], b''
            elif 'hardlink' in m:
                info.type, info.linkname, data = tarfile.LNKTYPE, m['hardlink'], b''
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
`
  execFileSync('python3', ['-c', script, path, format], { input: JSON.stringify(members) })
  return path
}

const VALID: Member[] = [
  { name: 'appspec.yml', data: APPSPEC },
  { name: 'scripts/start.sh', data: '#!/bin/sh\n' },
  { name: 'config/app.conf', data: 'port=80\n' }
]

async function refusal(file: string, options?: { maxAppSpecBytes?: number }): Promise<Error> {
  const error = await readPrebuiltBundle(file, options).then(
    () => new Error('read without an error'),
    (e: unknown) => e as Error
  )
  expect(error.message).not.toContain('\n')
  return error
}

describe('readPrebuiltBundle reads', () => {
  test.each<BundleType>(['zip', 'tar', 'tgz'])(
    'a %s the bundler wrote as the bundler described it, with the SHA-256 of its bytes',
    async bundleType => {
      const built = await createBundle({
        root: sampleTree(),
        exclude: [],
        outDir: join(dir, 'out'),
        bundleType
      })
      const read = await readPrebuiltBundle(built.path)
      expect(read).toEqual({ ...built, appSpec: SUMMARY })
      expect(read.sha256).toBe(sha256sum(built.path))
      expect(read.fileCount).toBe(3)
    }
  )

  test('archives made by zip and GNU tar, with ./ names, directory entries and links', async () => {
    const root = sampleTree('app', { 'config/more/x.conf': 'x\n' })
    symlinkSync('app.conf', join(root, 'config/current.conf'))
    symlinkSync('../scripts', join(root, 'config/scripts'))
    const zip = join(dir, 'made.ZIP')
    execFileSync('zip', ['-q', '-r', '-y', zip, '.'], { cwd: root })
    const tgz = join(dir, 'made.tar.gz')
    execFileSync('tar', ['-czf', tgz, '-C', root, '.'])
    const tar = join(dir, 'made.tar')
    execFileSync('tar', ['-cf', tar, '--format=gnu', '-C', root, '.'])

    for (const [file, bundleType] of [
      [zip, 'zip'],
      [tgz, 'tgz'],
      [tar, 'tar']
    ] as const) {
      expect(await readPrebuiltBundle(file)).toEqual({
        path: file,
        size: statSync(file).size,
        sha256: sha256sum(file),
        bundleType,
        fileCount: 4,
        appSpec: SUMMARY
      })
    }
  })

  test('the files sources and hook scripts of an AppSpec against the entries and the directories they imply', async () => {
    const appSpec = APPSPEC.replace('source: config', 'source: /deep/er/')
    const file = craft(join(dir, 'implied.tgz'), [
      { name: 'appspec.yml', data: appSpec },
      { name: './scripts/start.sh', data: '#!/bin/sh\n' },
      { name: 'deep/er/file', data: '' },
      { name: 'deep/link', link: 'er/file' },
      { name: 'deep/hard', hardlink: 'deep/er/file' }
    ])
    const read = await readPrebuiltBundle(file)
    expect(read.fileCount).toBe(3)
    expect(read.appSpec).toEqual(SUMMARY)
  })

  test('appspec.yml before appspec.yaml, as the agent does', async () => {
    const file = craft(join(dir, 'both.zip'), [
      ...VALID,
      { name: 'appspec.yaml', data: 'not: [an appspec' }
    ])
    expect((await readPrebuiltBundle(file)).appSpec).toEqual(SUMMARY)
  })
})

describe('readPrebuiltBundle refuses', () => {
  test('a name with another extension', async () => {
    const file = craft(join(dir, 'app.7z'), VALID)
    const error = await refusal(file)
    expect(error).toBeInstanceOf(BundleError)
    expect(error.message).toBe(
      `bundle-file ${file} must end in .zip, .tar, .tgz or .tar.gz, the archive types CodeDeploy deploys`
    )
  })

  test.each([
    ['app.zip', 'tgz', 'a gzip-compressed tar archive', 'a ZIP archive', '.tgz or .tar.gz'],
    ['app.tgz', 'tar', 'an uncompressed tar archive', 'a gzip-compressed tar archive', '.tar'],
    ['app.tar.gz', 'zip', 'a ZIP archive', 'a gzip-compressed tar archive', '.zip'],
    ['app.tar', 'zip', 'a ZIP archive', 'an uncompressed tar archive', '.zip']
  ])('%s holding a %s', async (name, real, holds, named, rename) => {
    const file = join(dir, name)
    copyFileSync(craft(join(dir, `real.${real}`), VALID), file)
    const error = await refusal(file)
    expect(error).toBeInstanceOf(BundleError)
    expect(error.message).toBe(
      `bundle-file ${file} holds ${holds}, but its name ends in ${name.slice(3)}, which ` +
        `CodeDeploy would unpack as ${named}: rename it to end in ${rename}`
    )
  })

  test('a file that is no archive', async () => {
    const file = join(dir, 'app.zip')
    writeFileSync(file, 'version: 0.0\nos: linux\n')
    const error = await refusal(file)
    expect(error).toBeInstanceOf(BundleError)
    expect(error.message).toBe(
      `bundle-file ${file} is not a ZIP archive as its name (.zip) says: its first bytes are ` +
        'not those of a ZIP, gzip or tar file; give the archive itself'
    )
  })

  test('a missing file', async () => {
    const error = await refusal(join(dir, 'missing.zip'))
    expect(error.message).toBe(`cannot read bundle-file ${join(dir, 'missing.zip')}: ENOENT`)
  })

  test.each([
    [
      'zip',
      'ZIP archive: End of central directory record signature not found. Either not a zip ' +
        'file, or file is truncated.'
    ],
    ['tgz', 'gzip-compressed tar archive: unexpected end of file'],
    [
      'tar',
      'tar archive: TAR_BAD_ARCHIVE: Truncated input (needed 43936 more bytes, only 0 available)'
    ]
  ])('a truncated %s', async (type, reason) => {
    const big = { name: 'big.bin', data: 'x'.repeat(100_000) }
    const file = craft(join(dir, `cut.${type}`), [...VALID, big])
    truncateSync(file, type === 'tgz' ? statSync(file).size - 100 : 60_000)
    const error = await refusal(file)
    expect(error).toBeInstanceOf(BundleError)
    expect(error.message).toBe(`bundle-file ${file} is not a readable ${reason}`)
  })

  test('a tgz whose content is not a tar', async () => {
    const file = join(dir, 'double.tgz')
    writeFileSync(file, gzipSync(gzipSync(readFileSync(craft(join(dir, 'a.tar'), VALID)))))
    const error = await refusal(file)
    expect(error).toBeInstanceOf(BundleError)
    expect(error.message).toBe(
      `bundle-file ${file} is gzip-compressed, but what it holds is not a tar archive (no tar ` +
        'header at its start); a .tgz or .tar.gz must be a tar archive compressed once with gzip'
    )
  })

  test.each(['zip', 'tgz'])('a %s with its AppSpec one directory down', async type => {
    const file = craft(
      join(dir, `nested.${type}`),
      VALID.map(m => ({ ...m, name: `app/${m.name}` }))
    )
    const error = await refusal(file)
    expect(error).toBeInstanceOf(AppSpecError)
    expect(error.message).toBe(
      `bundle-file ${file} has no appspec.yml or appspec.yaml at its root, but app/appspec.yml ` +
        'is there: CodeDeploy reads the AppSpec file from the root of the archive; build the ' +
        'archive from inside app so that its AppSpec is at the root'
    )
  })

  test('an AppSpec named with another case', async () => {
    const file = craft(join(dir, 'case.zip'), [{ name: 'AppSpec.yml', data: MINIMAL_APPSPEC }])
    expect((await refusal(file)).message).toBe(
      `bundle-file ${file} has no appspec.yml or appspec.yaml at its root, but AppSpec.yml is ` +
        'there: the agent only reads a file named exactly appspec.yml or appspec.yaml (lower ' +
        'case, YAML); rename it'
    )
  })

  test('an empty ZIP', async () => {
    const file = craft(join(dir, 'empty.zip'), [])
    expect(readFileSync(file).subarray(0, 4)).toEqual(Buffer.from('PK\x05\x06', 'latin1'))
    expect((await refusal(file)).message).toBe(
      `bundle-file ${file} has no appspec.yml or appspec.yaml at its root: CodeDeploy reads the ` +
        'AppSpec file from the root of the archive; add one there'
    )
  })

  const escapes: [string, Member, string][] = [
    ['zip', { name: '../evil.sh' }, '../evil.sh, a path through ..'],
    ['zip', { name: 'a/../../evil.sh' }, 'a/../../evil.sh, a path through ..'],
    ['zip', { name: '/etc/cron.d/evil' }, '/etc/cron.d/evil, an absolute path'],
    ['zip', { name: 'C:/Windows/evil.ps1' }, 'C:/Windows/evil.ps1, a path on a drive'],
    ['zip', { name: '..\\evil.ps1' }, '..\\evil.ps1, a path through ..'],
    ['zip', { name: '\\evil.ps1' }, '\\evil.ps1, an absolute path'],
    ['tar', { name: '../evil.sh' }, '../evil.sh, a path through ..'],
    ['tgz', { name: '/etc/cron.d/evil' }, '/etc/cron.d/evil, an absolute path'],
    [
      'tgz',
      { name: `../${'long/'.repeat(30)}evil.sh` },
      `../${'long/'.repeat(30)}evil.sh, a path through ..`
    ]
  ]
  test.each(escapes)('a %s holding %j', async (type, member, what) => {
    const file = craft(join(dir, `escape.${type}`), [...VALID, member])
    const error = await refusal(file)
    expect(error).toBeInstanceOf(BundleError)
    expect(error.message).toBe(
      `bundle-file ${file} holds ${what}, which unpacks outside the deployment directory: build ` +
        'the archive from inside the directory to deploy'
    )
  })

  test('an escaping entry before the archive is checked further (no AppSpec yet, GNU names)', async () => {
    const file = craft(join(dir, 'first.tar'), [{ name: `${'d'.repeat(120)}/../../x` }], 'gnu')
    expect((await refusal(file)).message).toContain(', a path through ..,')
  })

  const links: [string, Member, string][] = [
    ['zip', { name: 'config/passwd', link: '../../etc/passwd' }, 'a symbolic link'],
    ['zip', { name: 'shadow', link: '/etc/shadow' }, 'a symbolic link'],
    ['tgz', { name: 'config/passwd', link: '../../etc/passwd' }, 'a symbolic link'],
    ['tar', { name: 'shadow', link: '/etc/shadow' }, 'a symbolic link'],
    ['tar', { name: 'config/hard', hardlink: '../etc/passwd' }, 'a hard link'],
    ['tgz', { name: 'hard', hardlink: '/etc/passwd' }, 'a hard link']
  ]
  test.each(links)('a %s holding %j', async (type, member, kind) => {
    const file = craft(join(dir, `link.${type}`), [...VALID, member])
    const error = await refusal(file)
    expect(error).toBeInstanceOf(BundleError)
    expect(error.message).toBe(
      `bundle-file ${file} holds ${member.name}, ${kind} to ${member.link ?? member.hardlink}, ` +
        "outside the archive's root: the deployment would reach files elsewhere on the " +
        'instance; replace the link with the file it points to'
    )
  })

  test.each(['zip', 'tar'])(
    'a %s with names that would be workflow commands, quoted on one line',
    async type => {
      const name = type === 'zip' ? '../x\n::error::pwned\u202e' : '../x\n::error::pwned'
      const file = craft(join(dir, `command.${type}`), [...VALID, { name }])
      const error = await refusal(file)
      expect(error.message).toBe(
        `bundle-file ${file} holds ${JSON.stringify(name).replace('\u202e', '\\u202e')}, a path ` +
          'through .., which unpacks outside the deployment directory: build the archive from ' +
          'inside the directory to deploy'
      )
      // ZIP names are UTF-8 only when flagged, and Python flags only those that are not ASCII;
      // a tar name that is not ASCII goes in a pax header, where node-tar cannot read a line break.
      const nestedName = `\n::warning::${type === 'zip' ? '\u00e9' : 'x'}/appspec.yml`
      const nested = craft(join(dir, `nested.${type}`), [{ name: nestedName }])
      expect((await refusal(nested)).message).toContain(
        `but ${JSON.stringify(nestedName)} is there: `
      )
    }
  )

  test('a pax name with a line break, which node-tar would read as another one', async () => {
    // Python writes the name in a pax header as it is not ASCII, and "?" in the plain header.
    const file = craft(join(dir, 'pax.tgz'), [...VALID, { name: 'ok\n\u00e9/../../x' }])
    const error = await refusal(file)
    expect(error).toBeInstanceOf(BundleError)
    expect(error.message).toBe(
      `bundle-file ${file} holds a name starting ok that has a line break or bytes that are not ` +
        'UTF-8, in a pax header: tar readers do not agree on such a name; rename the file'
    )
  })

  test('a pax name that is not UTF-8', async () => {
    const file = join(dir, 'binary.tar')
    const script = [
      'import io, os, sys, tarfile',
      "with tarfile.open(sys.argv[1], 'w', format=tarfile.PAX_FORMAT) as t:",
      "    t.addfile(tarfile.TarInfo(os.fsdecode(b'caf\\xe9.txt')), io.BytesIO())"
    ].join('\n')
    execFileSync('python3', ['-c', script, file])
    expect((await refusal(file)).message).toBe(
      `bundle-file ${file} holds a name starting caf\ufffd.txt that has a line break or bytes ` +
        'that are not UTF-8, in a pax header: tar readers do not agree on such a name; rename the file'
    )
  })

  test.each(['zip', 'tar'])('a %s whose hook script is missing', async type => {
    const file = craft(
      join(dir, `no-script.${type}`),
      VALID.filter(m => m.name !== 'scripts/start.sh')
    )
    const error = await refusal(file)
    expect(error).toBeInstanceOf(AppSpecError)
    expect(error.message).toBe(
      'appspec.yml line 8: ApplicationStart script scripts/start.sh is not in the bundle; ' +
        'expected a path relative to the root of the bundle'
    )
  })

  test.each(['zip', 'tgz'])('a %s whose AppSpec is over 1 MiB', async type => {
    const huge = `${APPSPEC}#${'x'.repeat(1 << 20)}\n`
    const size = Buffer.byteLength(huge).toLocaleString('en-US')
    const file = craft(join(dir, `huge.${type}`), [
      { name: 'appspec.yml', data: huge },
      ...VALID.slice(1)
    ])
    const error = await refusal(file)
    expect(error).toBeInstanceOf(AppSpecError)
    expect(error.message).toBe(
      `appspec.yml in bundle-file ${file} is ${size} bytes; AppSpec files are read up to ` +
        '1,048,576 bytes, far more than one needs: check that appspec.yml is the AppSpec file'
    )
    expect(
      (await refusal(craft(join(dir, `small.${type}`), VALID), { maxAppSpecBytes: 10 })).message
    ).toContain('is 135 bytes; AppSpec files are read up to 10 bytes')
  })

  test('an AppSpec that is a link', async () => {
    const file = craft(join(dir, 'linked.zip'), [
      ...VALID.slice(1),
      { name: 'real.yml', data: APPSPEC },
      { name: 'appspec.yml', link: 'real.yml' }
    ])
    expect((await refusal(file)).message).toBe(
      `appspec.yml in bundle-file ${file} is a symbolic link, not a file: the agent reads the ` +
        'AppSpec from a file at the root of the archive; store the file itself'
    )
  })
})
