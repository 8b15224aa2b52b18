import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  chmodSync,
  writeFileSync
} from 'node:fs'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { AppSpecError, BundleError } from '../../src/common/errors.js'
import { createBundle, DEFAULT_EPOCH } from '../../src/bundle/index.js'
import { MINIMAL_APPSPEC, pythonZipInfo, tempDir, unzipTest, writeTree } from './helpers.js'

const APPSPEC = `version: 0.0
os: linux
files:
  - source: /
    destination: /opt/app
hooks:
  ApplicationStart:
    - location: scripts/start.sh
      timeout: 300
`

let dir: string
let root: string
let outDir: string
let cleanup: () => void
beforeEach(() => {
  ;({ dir, cleanup } = tempDir())
  root = join(dir, 'app')
  outDir = join(dir, 'out')
  mkdirSync(outDir)
})
afterEach(() => cleanup())

const bundle = (exclude: string[] = [], out = outDir) =>
  createBundle({ root, exclude, outDir: out })

describe('createBundle', () => {
  test('writes <sha256>.zip with the tree, and returns its digest, size and AppSpec summary', async () => {
    writeTree(root, {
      'appspec.yml': APPSPEC,
      'scripts/start.sh:755': '#!/bin/sh\n',
      'index.js': 'console.log(1)\n'
    })
    const result = await bundle()
    expect(result).toEqual({
      path: join(outDir, `${result.sha256}.zip`),
      size: readFileSync(result.path).length,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      bundleType: 'zip',
      fileCount: 3,
      appSpec: {
        file: 'appspec.yml',
        os: 'linux',
        hooks: [{ event: 'ApplicationStart', locations: ['scripts/start.sh'] }],
        warnings: []
      }
    })
    expect(readdirSync(outDir)).toEqual([`${result.sha256}.zip`])
    expect(unzipTest(result.path)).toContain('No errors detected')
  })

  test('gives the same bytes for the same tree, whatever its timestamps and umask', async () => {
    writeTree(root, {
      'appspec.yml': APPSPEC,
      'scripts/start.sh:755': '#!/bin/sh\n',
      'a/b.txt': 'b'
    })
    const copy = join(dir, 'copy')
    cpSync(root, copy, { recursive: true })
    utimesSync(join(copy, 'a/b.txt'), 1, 1)
    chmodSync(join(copy, 'a/b.txt'), 0o600)
    chmodSync(join(copy, 'scripts/start.sh'), 0o700)
    const one = await bundle()
    const other = await createBundle({ root: copy, exclude: [], outDir: join(dir, 'out2') })
    expect(other.sha256).toBe(one.sha256)
  })

  test('stamps entries with sourceDateEpoch, or a fixed date without it', async () => {
    writeTree(root, { 'appspec.yml': 'version: 0.0\nos: linux\n' })
    const fixed = await bundle()
    const epoch = await createBundle({
      root,
      exclude: [],
      outDir: join(dir, 'o2'),
      sourceDateEpoch: 1700000000
    })
    expect(epoch.sha256).not.toBe(fixed.sha256)
    const explicit = await createBundle({
      root,
      exclude: [],
      outDir: join(dir, 'o3'),
      sourceDateEpoch: DEFAULT_EPOCH
    })
    expect(explicit.sha256).toBe(fixed.sha256)
  })

  test('rejects a source date that is not a whole number of seconds', async () => {
    writeTree(root, { 'appspec.yml': APPSPEC })
    await expect(createBundle({ root, exclude: [], outDir, sourceDateEpoch: -1 })).rejects.toThrow(
      BundleError
    )
  })

  test('packs hook scripts as executable even when the checkout lost the bit', async () => {
    writeTree(root, {
      'appspec.yml': APPSPEC,
      'scripts/start.sh:644': '#!/bin/sh\n',
      'notes.txt': ''
    })
    const modes = Object.fromEntries(
      pythonZipInfo((await bundle()).path).map(e => [e.name, e.mode.toString(8)])
    )
    expect(modes).toEqual({
      'appspec.yml': '100644',
      'notes.txt': '100644',
      'scripts/start.sh': '100755'
    })
  })

  test('leaves out .git, .codedeployignore patterns and exclude patterns', async () => {
    writeTree(root, {
      'appspec.yml': APPSPEC,
      'scripts/start.sh:755': '',
      '.git/HEAD': 'ref: refs/heads/main',
      '.codedeployignore': 'tests/\n',
      'tests/unit.js': '',
      'docs/readme.md': '',
      'index.js': ''
    })
    const names = pythonZipInfo((await bundle(['docs/'])).path).map(e => e.name)
    expect(names).toEqual(['.codedeployignore', 'appspec.yml', 'index.js', 'scripts/start.sh'])
  })

  test('never packs the directory the archive is written to, when it lies inside the tree', async () => {
    writeTree(root, { 'appspec.yml': APPSPEC, 'scripts/start.sh': '', 'b.txt': 'b' })
    const inside = join(root, 'a-build')
    symlinkSync('a-build', join(root, 'z-link'))
    for (const bundleType of ['zip', 'tgz'] as const) {
      const result = await createBundle({ root, exclude: [], outDir: inside, bundleType })
      expect(result.fileCount).toBe(3)
      expect(readdirSync(inside)).toEqual([`${result.sha256}.${bundleType}`])
      rmSync(result.path)
    }
  })

  test('validates the AppSpec before compressing anything: nothing is written', async () => {
    writeTree(root, {
      'appspec.yml': `${APPSPEC}  BeforeInstall:\n    - location: scripts/missing.sh\n`,
      'scripts/start.sh': ''
    })
    await expect(bundle()).rejects.toThrow(
      'appspec.yml line 11: BeforeInstall script scripts/missing.sh is not in the bundle'
    )
    expect(readdirSync(outDir)).toEqual([])
  })

  test('refuses an AppSpec larger than the cap before parsing it: nothing is written', async () => {
    const huge = `${APPSPEC}#${'x'.repeat(1 << 20)}\n`
    writeTree(root, { 'appspec.yml': huge, 'scripts/start.sh': '' })
    await expect(bundle()).rejects.toThrow(
      new AppSpecError(
        `appspec.yml is ${huge.length.toLocaleString('en-US')} bytes; AppSpec files are read up ` +
          'to 1,048,576 bytes (1 MiB), far more than one needs: check that appspec.yml is the ' +
          'AppSpec file'
      )
    )
    expect(readdirSync(outDir)).toEqual([])
  })

  test('says so when the AppSpec itself is excluded', async () => {
    writeTree(root, { 'appspec.yml': APPSPEC, 'index.js': '' })
    await expect(bundle(['*.yml'])).rejects.toThrow(
      'appspec.yml is left out by .codedeployignore or the exclude input, but CodeDeploy needs it at the root of the bundle'
    )
  })

  test('points at a nested AppSpec when revision-path is one level too high', async () => {
    writeTree(root, { 'build/appspec.yml': APPSPEC })
    await expect(bundle()).rejects.toThrow(AppSpecError)
    await expect(bundle()).rejects.toThrow('but build/appspec.yml exists')
  })

  test('refuses a name with a backslash before writing anything, whatever the os', async () => {
    writeTree(root, { 'appspec.yml': APPSPEC, 'scripts/start.sh': '' })
    writeFileSync(join(root, 'scripts', '..\\..\\evil.sh'), '')
    await expect(bundle()).rejects.toThrow(
      new BundleError(
        'cannot bundle scripts/..\\..\\evil.sh: its name holds a backslash, which a CodeDeploy ' +
          'agent on Windows reads as a folder separator; rename it or exclude it'
      )
    )
    expect(readdirSync(outDir)).toEqual([])
  })

  test('refuses names that differ only in case for os: windows alone, before writing anything', async () => {
    const windows = 'version: 0.0\nos: windows\nfiles:\n  - source: /\n    destination: C:\\app\n'
    writeTree(root, { 'appspec.yml': windows, 'web/Site.css': 'a', 'web/site.css': 'b' })
    await expect(bundle()).rejects.toThrow(
      new BundleError(
        'cannot bundle both web/Site.css and web/site.css (os: windows in the AppSpec): their ' +
          'names differ only in case, so one would overwrite the other; rename one or exclude it'
      )
    )
    expect(readdirSync(outDir)).toEqual([])
    writeTree(root, { 'appspec.yml': MINIMAL_APPSPEC })
    expect((await bundle()).fileCount).toBe(3)
  })

  test.each(['zip', 'tgz'] as const)(
    'a full disk (%s): names the bundle, its folder and the room it needs, and leaves nothing behind',
    async bundleType => {
      writeTree(root, {
        'appspec.yml': APPSPEC,
        'scripts/start.sh': '#!/bin/sh\n',
        'data.bin': randomBytes(3 << 20)
      })
      // A real ENOSPC: /dev/full takes the open and refuses every write.
      const partialPath = join(outDir, 'bundle.part')
      symlinkSync('/dev/full', partialPath)
      const error = await createBundle({ root, exclude: [], outDir, bundleType, partialPath }).then(
        () => undefined,
        (e: unknown) => e as Error
      )
      expect(error).toBeInstanceOf(BundleError)
      const match = new RegExp(
        `^no space left on the disk: writing the bundle ${partialPath} in ${outDir} stopped ` +
          `after ([\\d,]+) bytes, and it needs at most about ([\\d,]+) bytes \\(3 files of ` +
          `([\\d,]+) bytes before compression\\); free space on the runner, or set RUNNER_TEMP ` +
          `to a folder on a larger disk$`
      ).exec(error?.message ?? '')
      expect(match).not.toBeNull()
      const [written, bound, total] = (match ?? []).slice(1).map(n => Number(n.replace(/,/g, '')))
      const files = (3 << 20) + APPSPEC.length + '#!/bin/sh\n'.length
      expect(total).toBe(files)
      expect(written).toBeGreaterThan(0)
      expect(bound).toBeGreaterThanOrEqual(files)
      expect(bound).toBeLessThan(files + 3 * 4096)
      expect(readdirSync(outDir)).toEqual([])
    }
  )

  test('refuses a symlink that leads out of the revision directory, before writing anything', async () => {
    writeTree(root, { 'appspec.yml': APPSPEC, 'scripts/start.sh': '' })
    symlinkSync('/etc/hostname', join(root, 'hostname'))
    await expect(bundle()).rejects.toThrow(
      'symlink hostname points to /etc/hostname, outside the revision directory'
    )
    expect(readdirSync(outDir)).toEqual([])
  })
})
