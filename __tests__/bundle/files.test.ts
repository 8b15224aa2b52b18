import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { BundleError } from '../../src/common/errors.js'
import { compareUtf8, FileTree } from '../../src/bundle/files.js'
import { isInside } from '../../src/common/paths.js'
import { tempDir, writeTree } from './helpers.js'

let dir: string
let root: string
let cleanup: () => void
beforeEach(() => {
  ;({ dir, cleanup } = tempDir())
  root = join(dir, 'root')
  mkdirSync(root)
})
afterEach(() => cleanup())

const listFiles = (at: string, exclude: string[]) => [...new FileTree(at, exclude).files()]
const names = (exclude: string[] = []) => listFiles(root, exclude).map(f => f.name)

describe('FileTree.files', () => {
  test('lists regular files recursively with /-separated names, sorted by UTF-8 bytes', () => {
    // U+1F600 sorts before U+FB00 in UTF-16 but after it in UTF-8.
    writeTree(root, { b: '', 'a/z': '', A: '', '😀': '', ﬀ: '', 'a/b/c': '' })
    expect(names()).toEqual(['A', 'a/b/c', 'a/z', 'b', 'ﬀ', '😀'])
  })

  test('never packs .git, at the root or in a submodule', () => {
    writeTree(root, { '.git/config': '', 'lib/.git': 'gitdir: ../.git/modules/lib', 'lib/x': '' })
    expect(names(['!.git'])).toEqual(['lib/x'])
  })

  test('refuses a symlink into .git, to a file or to the directory, at any depth', () => {
    writeTree(root, { '.git/config': 'token', 'lib/.git/HEAD': '', 'app.js': '' })
    symlinkSync('.git/config', join(root, 'gitcfg'))
    expect(() => names()).toThrow(BundleError)
    expect(() => names()).toThrow(
      `symlink gitcfg points to ${join(root, '.git/config')}, inside a .git directory: ` +
        `.git is never bundled (it can hold the checkout's credentials); remove the link or exclude it`
    )
    expect(names(['gitcfg'])).toEqual(['app.js'])
    symlinkSync('.git', join(root, 'gitdir'))
    expect(() => names(['gitcfg'])).toThrow(
      /^symlink gitdir points to .*, inside a \.git directory/
    )
    mkdirSync(join(root, 'deep/er'), { recursive: true })
    symlinkSync('../../lib/.git/HEAD', join(root, 'deep/er/head'))
    expect(() => names(['gitcfg', 'gitdir'])).toThrow(
      /^symlink deep\/er\/head points to .*lib\/\.git\/HEAD, inside a \.git directory/
    )
    expect(names(['gitcfg', 'gitdir', 'head'])).toEqual(['app.js'])
  })

  test('refuses a symlink into the .git of the checkout that holds the revision directory', () => {
    writeTree(dir, { '.git/config': 'token' })
    symlinkSync('../.git/config', join(root, 'cfg'))
    expect(() => names()).toThrow(
      `symlink cfg points to ${join(dir, '.git/config')}, inside a .git directory: .git is never bundled`
    )
  })

  test('leaves out .git however it is spelt where the file system ignores case or trailing dots', () => {
    writeTree(root, { '.GIT/config': '', 'lib/.Git/HEAD': '', 'x/.git./a': '', 'app.js': '' })
    expect(names()).toEqual(['app.js'])
    symlinkSync('.GIT/config', join(root, 'cfg'))
    expect(() => names()).toThrow('symlink cfg points to')
  })

  test('refuses a revision directory that is, or is inside, a .git directory', () => {
    writeTree(root, { '.git/objects/ab/cd': '', 'app.js': '' })
    for (const at of [join(root, '.git'), join(root, '.git/objects')]) {
      expect(() => listFiles(at, [])).toThrow(
        `the revision directory ${at} is a .git directory or inside one, and .git is never bundled`
      )
    }
    symlinkSync(join(root, '.git'), join(dir, 'link'))
    expect(() => listFiles(join(dir, 'link'), [])).toThrow(
      `the revision directory ${join(dir, 'link')} is a .git directory or inside one`
    )
  })

  test('honours .codedeployignore at the root (gitignore syntax, negation included)', () => {
    writeTree(root, {
      '.codedeployignore': '# build output\n*.log\nnode_modules/\n!keep.log\n/tests\n',
      'a.log': '',
      'keep.log': '',
      'node_modules/x/index.js': '',
      'tests/t.js': '',
      'src/tests/t.js': '',
      'src/app.js': ''
    })
    expect(names()).toEqual(['.codedeployignore', 'keep.log', 'src/app.js', 'src/tests/t.js'])
  })

  test('honours exclude patterns on top of .codedeployignore', () => {
    writeTree(root, {
      '.codedeployignore': 'a.txt',
      'a.txt': '',
      'b.txt': '',
      'docs/c.md': '',
      'd.txt': ''
    })
    expect(names(['b.txt', 'docs/', ''])).toEqual(['.codedeployignore', 'd.txt'])
  })

  test('does not enter excluded directories (nothing inside them is even looked at)', () => {
    writeTree(root, { 'app.js': '' })
    mkdirSync(join(root, 'cache'))
    symlinkSync('/etc/passwd', join(root, 'cache/escape'))
    expect(names(['cache/'])).toEqual(['app.js'])
  })

  test('normalises modes to 0644 or 0755', () => {
    writeTree(root, { 'a:600': '', 'b:700': '', 'c:744': '', 'd:664': '', 'e:701': '' })
    expect(listFiles(root, []).map(f => [f.name, f.mode.toString(8)])).toEqual([
      ['a', '644'],
      ['b', '755'],
      ['c', '755'],
      ['d', '644'],
      ['e', '755']
    ])
  })

  test('leaves empty directories out', () => {
    writeTree(root, { 'a/file': '' })
    mkdirSync(join(root, 'empty/nested'), { recursive: true })
    expect(names()).toEqual(['a/file'])
  })

  test('packs a symlink to a file inside the root as that file, under the link name', () => {
    writeTree(root, { 'real/run.sh:755': '#!/bin/sh\n' })
    symlinkSync('real/run.sh', join(root, 'run.sh'))
    const [link] = listFiles(root, []).filter(f => f.name === 'run.sh')
    expect(link).toEqual({ name: 'run.sh', path: join(root, 'run.sh'), size: 10, mode: 0o755 })
  })

  test('packs a symlink to a directory inside the root as a copy of its files', () => {
    writeTree(root, { 'releases/v1/app.js': 'x' })
    symlinkSync('releases/v1', join(root, 'current'))
    expect(names()).toEqual(['current/app.js', 'releases/v1/app.js'])
  })

  test('refuses a symlink to a file outside the root, naming the link and its target', () => {
    writeTree(dir, { 'secret.txt': 'token' })
    mkdirSync(join(root, 'conf'))
    symlinkSync('../../secret.txt', join(root, 'conf/creds'))
    expect(() => names()).toThrow(BundleError)
    expect(() => names()).toThrow(
      `symlink conf/creds points to ${join(dir, 'secret.txt')}, outside the revision directory`
    )
  })

  test('refuses a symlink to a directory outside the root', () => {
    symlinkSync('/etc', join(root, 'etc'))
    expect(() => names()).toThrow(/^symlink etc points to \/etc, outside the revision directory/)
  })

  test('refuses a dangling symlink, and accepts it when excluded', () => {
    symlinkSync('missing.txt', join(root, 'broken'))
    expect(() => names()).toThrow('symlink broken points to missing.txt, which does not exist')
    expect(names(['broken'])).toEqual([])
  })

  test('refuses a directory symlink that loops back to a parent', () => {
    writeTree(root, { 'a/file': '' })
    symlinkSync('..', join(root, 'a/up'))
    expect(() => names()).toThrow(
      'symlink loop: a/up leads back to ., one of its own parent directories'
    )
  })

  test('ignores an escaping symlink that is excluded', () => {
    writeTree(root, { 'app.js': '' })
    symlinkSync('/etc/hostname', join(root, 'host'))
    expect(names(['host'])).toEqual(['app.js'])
  })

  test('refuses FIFOs unless excluded', () => {
    writeTree(root, { 'app.js': '' })
    execFileSync('mkfifo', [join(root, 'pipe')])
    expect(() => names()).toThrow('pipe is not a regular file, directory or symlink')
    expect(names(['pipe'])).toEqual(['app.js'])
  })

  test('accepts a root reached through a symlink', () => {
    writeTree(root, { 'app.js': '' })
    symlinkSync(root, join(dir, 'link'))
    expect(listFiles(join(dir, 'link'), []).map(f => f.name)).toEqual(['app.js'])
  })

  test('fails clearly when the root is missing or not a directory', () => {
    writeTree(dir, { file: '' })
    expect(() => listFiles(join(dir, 'nope'), [])).toThrow(
      /^cannot read the revision directory .*nope: ENOENT$/
    )
    expect(() => listFiles(join(dir, 'file'), [])).toThrow('is not a directory')
  })
})

describe('FileTree names as CodeDeploy agents read them', () => {
  /** Creates empty files under the root whose names writeTree would misread (it splits on `:`). */
  const touch = (...paths: string[]) => {
    for (const path of paths) {
      mkdirSync(dirname(join(root, path)), { recursive: true })
      writeFileSync(join(root, path), '')
    }
  }
  const refusal = (exclude: string[] = [], os: 'linux' | 'windows' = 'linux') => {
    const tree = new FileTree(root, exclude)
    try {
      tree.check(os)
    } catch (error) {
      expect(error).toBeInstanceOf(BundleError)
      return (error as Error).message
    }
    return undefined
  }
  const forWindows = '(os: windows in the AppSpec)'

  test('refuses a backslash, which Windows agents read as a folder separator', () => {
    touch('scripts/dup.sh', 'scripts\\dup.sh', 'app.js')
    expect(refusal()).toBe(
      'cannot bundle scripts\\dup.sh: its name holds a backslash, which a CodeDeploy agent on ' +
        'Windows reads as a folder separator; rename it or exclude it'
    )
    expect(() => names()).toThrow('cannot bundle scripts\\dup.sh')
    expect(names(['scripts\\\\dup.sh'])).toEqual(['app.js', 'scripts/dup.sh'])
    touch('up/..\\..\\..\\etc\\evil.txt')
    expect(refusal(['scripts\\\\dup.sh'])).toMatch(/^cannot bundle up\/\.\.\\\.\.\\/)
  })

  test('refuses a drive prefix at the start of any name along the path', () => {
    touch('C:evil.txt')
    expect(refusal()).toBe(
      'cannot bundle C:evil.txt: its name starts with a drive letter (C:), which a CodeDeploy ' +
        'agent on Windows reads as another drive; rename it or exclude it'
    )
    touch('lib/z:x/a.txt')
    expect(refusal(['C:evil.txt'])).toMatch(/^cannot bundle lib\/z:x: its name starts with a drive/)
    touch('ok/ab:c')
    expect(refusal(['C:evil.txt', 'z:x/'])).toBeUndefined()
  })

  test('refuses control characters (C0, DEL, C1), showing the name escaped on one line', () => {
    const escaped = (name: string) =>
      JSON.stringify(name).replace(/[\u007f-\u009f]/g, c => `\\u00${c.charCodeAt(0).toString(16)}`)
    for (const bad of ['a\nb.txt', 'x\r::error::y', 'del\u007f', 'nel\u0085', 'esc\u001b[31m']) {
      touch(`d/${bad}`)
      const message = refusal() ?? ''
      expect(message).toBe(
        `cannot bundle ${escaped(`d/${bad}`)}: its name holds a control character; ` +
          `rename it or exclude it`
      )
      expect(message).not.toMatch(/\p{Cc}/u)
      rmSync(join(root, 'd'), { recursive: true })
    }
  })

  test('shows a hostile name escaped in every other refusal too', () => {
    symlinkSync('/etc/hostname', join(root, 'x\n::error::pwned'))
    expect(() => names()).toThrow(
      'symlink "x\\n::error::pwned" points to /etc/hostname, outside the revision directory'
    )
  })

  test('takes names that differ only in case, and Windows-only names, for a Linux AppSpec', () => {
    touch('A.txt', 'a.txt', 'lib/x', 'Lib/y', 'CON.txt', 'a?', 'bc:d')
    expect(refusal()).toBeUndefined()
    expect(names()).toEqual(['A.txt', 'CON.txt', 'Lib/y', 'a.txt', 'a?', 'bc:d', 'lib/x'])
  })

  test('refuses names that differ only in case for a Windows AppSpec, files and directories', () => {
    touch('docs/A.txt', 'docs/b.txt', 'docs/a.txt')
    expect(refusal([], 'windows')).toBe(
      `cannot bundle both docs/A.txt and docs/a.txt ${forWindows}: their names differ only in ` +
        `case, so one would overwrite the other; rename one or exclude it`
    )
    expect(refusal(['docs/a.txt'], 'windows')).toBeUndefined()
    touch('Lib/x', 'lib/y')
    expect(refusal(['docs/a.txt'], 'windows')).toMatch(/^cannot bundle both Lib and lib /)
    touch('straße', 'STRASSE', 'σ', 'Σ')
    expect(refusal(['docs/a.txt', 'lib/'], 'windows')).toMatch(/^cannot bundle both Σ and σ /)
  })

  test('refuses names Windows cannot hold for a Windows AppSpec', () => {
    const character = 'holds a character Windows does not allow in file names (< > : " | ? *)'
    const trailing = 'ends with a dot or a space, which Windows drops'
    const device = 'is a device name Windows reserves (CON, PRN, AUX, NUL, COM1-9, LPT1-9)'
    const windows = [
      ['a<b', character],
      ['q>', character],
      ['ab:c', character],
      ['"q"', character],
      ['p|q', character],
      ['why?', character],
      ['s*', character],
      ['name.', trailing],
      ['name ', trailing],
      ['prn.', trailing],
      ['CON', device],
      ['con.txt', device],
      ['Lpt9.log', device],
      ['nul.tar.gz', device],
      ['aux', device],
      ['COM1', device]
    ]
    for (const [bad, problem] of windows) {
      touch(`d/${bad}`)
      expect(refusal([], 'windows')).toBe(
        `cannot bundle d/${bad} ${forWindows}: its name ${problem}; rename it or exclude it`
      )
      expect(refusal()).toBeUndefined()
      rmSync(join(root, 'd'), { recursive: true })
    }
    touch('CONSOLE.txt', 'COM10', 'LPT0', 'a.b', 'nul-device')
    expect(refusal([], 'windows')).toBeUndefined()
  })

  test('refuses a name that is not valid UTF-8, naming its directory and its bytes', () => {
    const bytes = (...parts: (string | number[])[]) =>
      Buffer.concat(parts.map(p => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))))
    touch('docs/readme.md', 'ok-\uFFFD.txt')
    writeFileSync(bytes(join(root, 'docs'), '/bad-', [0xff], '.txt'), 'x')
    expect(() => names()).toThrow(
      new BundleError(
        'a name in docs is not valid UTF-8 ("bad-\\xff.txt"): bundles and CodeDeploy agents ' +
          'read names as UTF-8; rename it'
      )
    )
    expect(names(['bad-*'])).toEqual(['docs/readme.md', 'ok-\uFFFD.txt'])
    mkdirSync(bytes(root, '/caf', [0xe9]))
    writeFileSync(bytes(root, '/caf', [0xe9], '/menu.txt'), '')
    expect(() => names(['bad-*'])).toThrow(
      'a name in . is not valid UTF-8 ("caf\\xe9"): bundles and CodeDeploy agents'
    )
    expect(names(['bad-*', 'caf*/'])).toEqual(['docs/readme.md', 'ok-\uFFFD.txt'])
    writeFileSync(bytes(root, '/q"\\', [0xfe, 0x0a]), '')
    expect(() => names(['bad-*', 'caf*/'])).toThrow(
      'a name in . is not valid UTF-8 ("q\\"\\\\\\xfe\\x0a")'
    )
  })

  test('files() refuses what check() refuses, for the same os', () => {
    touch('ok.txt', 'x\\y')
    const tree = new FileTree(root, [])
    expect(() => tree.check('linux')).toThrow('cannot bundle x\\y')
    expect(() => [...tree.files()]).toThrow('cannot bundle x\\y')
    rmSync(join(root, 'x\\y'))
    touch('OK.txt')
    expect(() => tree.check('linux')).not.toThrow()
    expect([...tree.names()]).toEqual(['OK.txt', 'ok.txt'])
    expect(() => tree.check('windows')).toThrow('cannot bundle both OK.txt and ok.txt')
    expect(() => [...tree.files('windows')]).toThrow('cannot bundle both OK.txt and ok.txt')
  })
})

describe('FileTree walk order, names and lookups', () => {
  test('orders names across directories by their full UTF-8 bytes, not directory by directory', () => {
    // '-' (0x2d) and '.' (0x2e) sort before '/' (0x2f), '0' after it.
    writeTree(root, { 'a/b': '', 'a-c': '', 'a.d': '', a0: '', 'x/y/z': '', 'x/y.txt': '' })
    symlinkSync('x', join(root, 'l'))
    symlinkSync('x', join(root, 'l-'))
    const listed = names()
    const bytes = [...listed].sort((p, q) => Buffer.compare(Buffer.from(p), Buffer.from(q)))
    expect(listed).toEqual(bytes)
    expect(listed).toEqual([
      'a-c',
      'a.d',
      'a/b',
      'a0',
      'l-/y.txt',
      'l-/y/z',
      'l/y.txt',
      'l/y/z',
      'x/y.txt',
      'x/y/z'
    ])
  })

  test('names() walks the same files as files(), without reading each one', () => {
    writeTree(root, { 'b/c:755': 'x', a: '', '.codedeployignore': 'skip/', 'skip/d': '' })
    const tree = new FileTree(root, [])
    expect([...tree.names()]).toEqual([...tree.files()].map(f => f.name))
  })

  test('has() finds files and the directories holding them, and nothing left out', () => {
    writeTree(root, {
      'app/index.js': '',
      'scripts/start.sh': '',
      'logs/a.log': '',
      'only.log': ''
    })
    mkdirSync(join(root, 'empty'))
    writeTree(root, { '.git/HEAD': '' })
    const tree = new FileTree(root, ['*.log'])
    for (const path of ['', 'app', 'app/index.js', 'scripts', 'scripts/start.sh']) {
      expect([path, tree.has(path)]).toEqual([path, true])
    }
    for (const path of [
      'empty',
      'logs',
      'logs/a.log',
      'only.log',
      '.git',
      '.git/HEAD',
      'ap',
      'nope'
    ]) {
      expect([path, tree.has(path)]).toEqual([path, false])
    }
  })

  test('has() reads only the directories on the way to the path', () => {
    writeTree(root, { 'scripts/start.sh': '' })
    execFileSync('mkfifo', [join(root, 'pipe')])
    const tree = new FileTree(root, [])
    expect(tree.has('scripts/start.sh')).toBe(true)
    expect(() => [...tree.names()]).toThrow('pipe is not a regular file')
  })

  test('exclude patterns hold across thousands of paths', () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 5000; i++) files[`d${i % 7}/f${i}.${i % 2 ? 'log' : 'js'}`] = ''
    writeTree(root, files)
    const listed = names(['*.log'])
    expect(listed).toHaveLength(2500)
    expect(listed.every(name => name.endsWith('.js'))).toBe(true)
  })
})

describe('helpers', () => {
  test('isInside accepts the root and paths below it, nothing else', () => {
    expect(isInside('/r', '/r')).toBe(true)
    expect(isInside('/r', '/r/..foo')).toBe(true)
    expect(isInside('/r', '/r/a/b')).toBe(true)
    expect(isInside('/r', '/rx')).toBe(false)
    expect(isInside('/r', '/')).toBe(false)
  })

  test('compareUtf8 agrees with comparing the UTF-8 bytes', () => {
    const alphabet = [
      'a',
      'Z',
      '/',
      'é',
      '\u00ff',
      '\u0800',
      '\uffef',
      '\ue000',
      '😀',
      '𝄞',
      '\ud7ff'
    ]
    const words = Array.from({ length: 400 }, (_, i) =>
      Array.from(
        { length: 1 + (i % 4) },
        (_, j) => alphabet[(i * 7 + j * 3) % alphabet.length]
      ).join('')
    )
    const bytes = [...words].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    expect([...words].sort(compareUtf8)).toEqual(bytes)
  })
})
