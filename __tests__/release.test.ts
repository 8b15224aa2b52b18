/**
 * The release (scripts/release.ts): its rules one by one, then the whole command against a
 * throwaway git repository made for each test, whose `npm run bundle` copies src/ to dist/ and
 * whose `npm run all` fails or writes a file when src/ asks it to. Nothing here touches this
 * repository's own git state.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import {
  branchRefusal,
  changelogEntry,
  changelogRefusal,
  cleanTreeRefusal,
  compareVersions,
  distRefusal,
  majorTag,
  nextSteps,
  parseVersion,
  releaseCommands,
  releaseTag,
  shellLine,
  tagRefusal,
  versionRefusal,
  withLockVersion,
  withPackageVersion,
  type Version
} from '../scripts/release-checks.js'
import { main, release, type ReleaseOptions } from '../scripts/release.js'

const v = (text: string): Version => {
  const parsed = parseVersion(text)
  if (!parsed) throw new Error(`not a version: ${text}`)
  return parsed
}

const CHANGELOG = `# Changelog

## [Unreleased]

## [1.1.0] - 2026-12-05

### Added

- A thing.

## [1.0.0]

- The first version.

[1.1.0]: https://example.com/compare/v1.0.0...v1.1.0
`

describe('the release rules', () => {
  it('reads X.Y.Z, with or without a v, and nothing else', () => {
    expect(parseVersion('1.2.3')).toEqual({ major: 1, minor: 2, patch: 3 })
    expect(parseVersion('v10.0.12')).toEqual({ major: 10, minor: 0, patch: 12 })
    for (const bad of ['1.2', '1.2.3.4', '01.2.3', '1.2.3-rc.1', '1.2.3+build', 'one', '']) {
      expect(parseVersion(bad)).toBeUndefined()
    }
    expect(compareVersions(v('1.10.0'), v('1.9.9'))).toBeGreaterThan(0)
  })

  it('refuses a version that does not come after package.json’s', () => {
    expect(versionRefusal('1.1.0', '1.0.0')).toBeUndefined()
    expect(versionRefusal('2.0.0', '1.9.9')).toBeUndefined()
    expect(versionRefusal('1.0.0', '1.0.0')).toMatch(/does not come after .* 1\.0\.0/)
    expect(versionRefusal('0.9.9', '1.0.0')).toMatch(/does not come after/)
    expect(versionRefusal('1.1', '1.0.0')).toMatch(/not a version/)
    expect(versionRefusal('1.1.0-rc.1', '1.0.0')).toMatch(/no pre-release/)
    expect(versionRefusal(undefined, '1.0.0')).toMatch(/npm run release -- X\.Y\.Z/)
    expect(versionRefusal('1.1.0', 'next')).toMatch(/package\.json's version 'next'/)
  })

  it('names the tags: vX.Y.Z for the release, vX for its major version', () => {
    expect(releaseTag(v('1.2.3'))).toBe('v1.2.3')
    expect(majorTag(v('1.2.3'))).toBe('v1')
    expect(tagRefusal(v('1.2.3'), '')).toBeUndefined()
    expect(tagRefusal(v('1.2.3'), 'abcdef0123456789\n')).toMatch(/v1\.2\.3 already exists/)
  })

  it('refuses another branch, a detached HEAD and a tree that is not clean', () => {
    expect(branchRefusal('main\n')).toBeUndefined()
    expect(branchRefusal('feature')).toMatch(/from main, and this is the branch 'feature'/)
    expect(branchRefusal('')).toMatch(/detached HEAD/)
    expect(cleanTreeRefusal('')).toBeUndefined()
    expect(cleanTreeRefusal(' M src/a.ts\n?? notes.txt\n')).toBe(
      'The working tree is not clean: commit or remove these first.\n   M src/a.ts\n  ?? notes.txt'
    )
    const many = Array.from({ length: 12 }, (_, i) => `?? f${i}`).join('\n')
    expect(cleanTreeRefusal(many)).toMatch(/and 2 more$/)
    expect(distRefusal('')).toBeUndefined()
    expect(distRefusal(' M dist/main/index.js')).toMatch(/^dist\/ is not the bundle/)
  })

  it('finds the CHANGELOG entry of a version, and refuses a missing or empty one', () => {
    expect(changelogEntry(CHANGELOG, v('1.1.0'))).toBe('### Added\n\n- A thing.')
    expect(changelogEntry(CHANGELOG, v('1.0.0'))).toBe('- The first version.')
    expect(changelogEntry(CHANGELOG, v('1.0.1'))).toBeUndefined()
    expect(changelogEntry('## 2.0.0\n\n- Plain heading.\n', v('2.0.0'))).toBe('- Plain heading.')
    expect(changelogEntry('## [1.1.01]\n- x\n', v('1.1.0'))).toBeUndefined()
    expect(changelogEntry('## [1x1y0]\n- x\n', v('1.1.0'))).toBeUndefined()
    expect(changelogRefusal(CHANGELOG, v('1.1.0'))).toBeUndefined()
    expect(changelogRefusal(CHANGELOG, v('1.2.0'))).toMatch(/no entry for 1\.2\.0/)
    expect(changelogRefusal('## [1.2.0]\n\n## [1.1.0]\n- x\n', v('1.2.0'))).toMatch(/is empty/)
    expect(changelogRefusal(undefined, v('1.2.0'))).toMatch(/no CHANGELOG\.md/)
  })

  it('sets the version in package.json and both places of package-lock.json', () => {
    const pkg = '{\n  "name": "x",\n  "version": "1.0.0",\n  "private": true\n}\n'
    expect(withPackageVersion(pkg, v('1.1.0'))).toBe(pkg.replace('1.0.0', '1.1.0'))
    const lock = JSON.stringify({
      name: 'x',
      version: '1.0.0',
      lockfileVersion: 3,
      packages: { '': { name: 'x', version: '1.0.0' }, 'node_modules/y': { version: '1.0.0' } }
    })
    const updated = JSON.parse(withLockVersion(lock, v('1.1.0')))
    expect(updated.version).toBe('1.1.0')
    expect(updated.packages[''].version).toBe('1.1.0')
    expect(updated.packages['node_modules/y'].version).toBe('1.0.0')
  })

  it('commits, tags the release annotated and moves the major tag, and pushes nothing', () => {
    expect(releaseCommands(v('1.2.3'), ['package.json', 'package-lock.json'])).toEqual([
      [
        'git',
        'commit',
        '--quiet',
        '-m',
        'Release 1.2.3',
        '--',
        'package.json',
        'package-lock.json'
      ],
      ['git', 'tag', '--annotate', '-m', 'v1.2.3', 'v1.2.3'],
      ['git', 'tag', '--force', 'v1']
    ])
    expect(shellLine(['git', 'commit', '-m', 'Release 1.2.3', '--', 'package.json'])).toBe(
      "git commit -m 'Release 1.2.3' -- package.json"
    )
    expect(shellLine(['echo', "it's"])).toBe(`echo 'it'\\''s'`)
    expect(nextSteps(v('1.2.3'), 'notes.md')).toEqual([
      'git push origin main refs/tags/v1.2.3',
      'git push --force origin refs/tags/v1',
      'gh release create v1.2.3 --verify-tag --title v1.2.3 --notes-file notes.md'
    ])
  })
})

const made: string[] = []

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** git and npm as the release runs them, kept from the user's git settings and jest's flags. */
function environment(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_CONFIG_GLOBAL: path.join(home, 'gitconfig'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Maintainer',
    GIT_AUTHOR_EMAIL: 'maintainer@example.com',
    GIT_COMMITTER_NAME: 'Maintainer',
    GIT_COMMITTER_EMAIL: 'maintainer@example.com',
    npm_config_update_notifier: 'false'
  }
  delete env.NODE_OPTIONS
  return env
}

interface Fixture {
  dir: string
  env: NodeJS.ProcessEnv
  notesDir: string
  git(...args: string[]): string
  write(file: string, text: string): void
  read(file: string): string
  /** Runs the release there; the log comes back with the result. */
  release(
    version: string,
    more?: Partial<ReleaseOptions>
  ): ReturnType<typeof release> & {
    log: string[]
  }
}

/**
 * A repository like this one in miniature, on main with one clean commit: version 1.0.0, a
 * CHANGELOG with an entry for 1.1.0, dist/ the fresh bundle of src/.
 */
function fixture(): Fixture {
  const home = mkdtempSync(path.join(tmpdir(), 'release-test-'))
  made.push(home)
  const dir = path.join(home, 'repo')
  const notesDir = path.join(home, 'notes')
  mkdirSync(path.join(dir, 'src'), { recursive: true })
  mkdirSync(path.join(dir, 'dist'))
  writeFileSync(path.join(home, 'gitconfig'), '')
  const env = environment(home)
  const git = (...args: string[]) => {
    const result = spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
    return result.stdout.trim()
  }
  const write = (file: string, text: string) => writeFileSync(path.join(dir, file), text)
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8')
  write(
    'package.json',
    `${JSON.stringify(
      {
        name: 'fixture',
        version: '1.0.0',
        private: true,
        scripts: { bundle: 'node build.mjs', all: 'node check.mjs && node build.mjs' }
      },
      null,
      2
    )}\n`
  )
  write(
    'package-lock.json',
    `${JSON.stringify(
      {
        name: 'fixture',
        version: '1.0.0',
        lockfileVersion: 3,
        requires: true,
        packages: { '': { name: 'fixture', version: '1.0.0' } }
      },
      null,
      2
    )}\n`
  )
  write(
    'build.mjs',
    "import { cpSync, rmSync } from 'node:fs'\n" +
      "rmSync('dist', { recursive: true, force: true })\n" +
      "cpSync('src', 'dist', { recursive: true })\n"
  )
  write(
    'check.mjs',
    "import { readFileSync, writeFileSync } from 'node:fs'\n" +
      "const source = readFileSync('src/index.js', 'utf8')\n" +
      "if (source.includes('WRITE')) writeFileSync('coverage.txt', 'x')\n" +
      "if (source.includes('FAIL')) { console.error('a test failed'); process.exit(1) }\n"
  )
  write('src/index.js', 'export const answer = 42\n')
  write('dist/index.js', 'export const answer = 42\n')
  write('CHANGELOG.md', CHANGELOG)
  git('init', '--quiet', '--initial-branch=main')
  git('add', '.')
  git('commit', '--quiet', '-m', 'Initial commit')
  return {
    dir,
    env,
    notesDir,
    git,
    write,
    read,
    release(version, more = {}) {
      const log: string[] = []
      const result = release({
        cwd: dir,
        version,
        env,
        notesDir,
        log: line => log.push(line),
        ...more
      })
      return { ...result, log }
    }
  }
}

/** Refused, and left as it was: the same commit, no tag. */
function expectRefused(
  f: Fixture,
  version: string,
  pattern: RegExp,
  head = f.git('rev-parse', 'HEAD')
) {
  const result = f.release(version)
  expect(result.released).toBe(false)
  expect(result.refusals.join('\n')).toMatch(pattern)
  expect(f.git('rev-parse', 'HEAD')).toBe(head)
  expect(f.git('tag', '--list')).toBe('')
  expect(JSON.parse(f.read('package.json')).version).toBe('1.0.0')
  return result
}

describe('npm run release, in a throwaway repository', () => {
  it('commits the version, tags vX.Y.Z annotated, points vX at it, and writes the notes', () => {
    const f = fixture()
    const result = f.release('1.1.0')
    expect(result.refusals).toEqual([])
    expect(result.released).toBe(true)
    expect(f.git('log', '-1', '--format=%s')).toBe('Release 1.1.0')
    expect(f.git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual([
      'package-lock.json',
      'package.json'
    ])
    expect(JSON.parse(f.read('package.json')).version).toBe('1.1.0')
    const lock = JSON.parse(f.read('package-lock.json'))
    expect([lock.version, lock.packages[''].version]).toEqual(['1.1.0', '1.1.0'])
    const head = f.git('rev-parse', 'HEAD')
    expect(f.git('cat-file', '-t', 'v1.1.0')).toBe('tag')
    expect(f.git('rev-parse', 'v1.1.0^{commit}')).toBe(head)
    expect(f.git('cat-file', '-t', 'v1')).toBe('commit')
    expect(f.git('rev-parse', 'v1')).toBe(head)
    expect(f.git('describe', 'HEAD')).toBe('v1.1.0')
    expect(f.git('status', '--porcelain')).toBe('')
    expect(readFileSync(path.join(f.notesDir, 'v1.1.0.md'), 'utf8')).toBe(
      '### Added\n\n- A thing.\n'
    )
    expect(result.log).toEqual(
      expect.arrayContaining([
        'npm run bundle',
        'npm run all',
        `v1 created at ${head.slice(0, 7)}.`,
        '  git push origin main refs/tags/v1.1.0',
        '  git push --force origin refs/tags/v1'
      ])
    )
  })

  it('moves vX to the next compatible release, and leaves the earlier release’s tag', () => {
    const f = fixture()
    expect(f.release('1.1.0').released).toBe(true)
    const first = f.git('rev-parse', 'HEAD')
    f.write(
      'CHANGELOG.md',
      CHANGELOG.replace('## [1.1.0]', '## [1.1.1] - 2026-12-06\n\n- A fix.\n\n## [1.1.0]')
    )
    f.git('commit', '--quiet', '-am', 'Changelog for 1.1.1')
    const result = f.release('1.1.1')
    expect(result.released).toBe(true)
    const second = f.git('rev-parse', 'HEAD')
    expect(f.git('rev-parse', 'v1')).toBe(second)
    expect(f.git('rev-parse', 'v1.1.0^{commit}')).toBe(first)
    expect(result.log).toContain(`v1 moved from ${first.slice(0, 7)} to ${second.slice(0, 7)}.`)
  })

  it('checks everything and changes nothing with --dry-run', () => {
    const f = fixture()
    const head = f.git('rev-parse', 'HEAD')
    const result = f.release('1.1.0', { dryRun: true })
    expect(result).toMatchObject({ released: false, refusals: [] })
    expect(result.log).toEqual([
      'npm run bundle',
      'npm run all',
      'Every check passed. Without --dry-run, the release would set package.json and package-lock.json to 1.1.0, then:',
      "  git commit --quiet -m 'Release 1.1.0' -- package.json package-lock.json",
      '  git tag --annotate -m v1.1.0 v1.1.0',
      '  git tag --force v1'
    ])
    expect(f.git('rev-parse', 'HEAD')).toBe(head)
    expect(f.git('tag', '--list')).toBe('')
    expect(f.git('status', '--porcelain')).toBe('')
  })

  it('refuses a stale dist/, and leaves the fresh bundle to commit', () => {
    const f = fixture()
    f.write('src/index.js', 'export const answer = 43\n')
    f.git('commit', '--quiet', '-am', 'Change the source, forget the bundle')
    const result = expectRefused(f, '1.1.0', /dist\/ is not the bundle of the committed source/)
    expect(result.refusals.join('\n')).toContain('M dist/index.js')
    expect(result.log).not.toContain('npm run all')
    expect(f.read('dist/index.js')).toBe('export const answer = 43\n')
  })

  it('refuses a version without a CHANGELOG entry', () => {
    const f = fixture()
    const result = expectRefused(f, '1.2.0', /CHANGELOG\.md has no entry for 1\.2\.0/)
    expect(result.log).toEqual([])
  })

  it.each(['1.0.0', '0.9.0', 'v1.0.0'])('refuses %s, which does not come after 1.0.0', version => {
    expectRefused(fixture(), version, /does not come after package\.json's version 1\.0\.0/)
  })

  it('refuses a dirty tree: a changed file or one git does not know', () => {
    const f = fixture()
    f.write('CHANGELOG.md', `${CHANGELOG}\nmore\n`)
    f.write('notes.txt', 'x')
    const result = expectRefused(f, '1.1.0', /The working tree is not clean/)
    expect(result.refusals[0]).toContain(' M CHANGELOG.md')
    expect(result.refusals[0]).toContain('?? notes.txt')
  })

  it('refuses another branch than main', () => {
    const f = fixture()
    f.git('switch', '--quiet', '-c', 'feature')
    expectRefused(f, '1.1.0', /Releases are made from main, and this is the branch 'feature'/)
  })

  it('refuses a version whose tag exists', () => {
    const f = fixture()
    f.git('tag', 'v1.1.0')
    const result = f.release('1.1.0')
    expect(result.refusals.join('\n')).toMatch(/The tag v1\.1\.0 already exists/)
    expect(f.git('tag', '--list')).toBe('v1.1.0')
  })

  it('gives every refusal it can tell at once, before running npm', () => {
    const f = fixture()
    f.git('switch', '--quiet', '-c', 'feature')
    f.write('notes.txt', 'x')
    const result = expectRefused(f, '1.2.0', /no entry for 1\.2\.0/)
    expect(result.refusals).toHaveLength(3)
    expect(result.log).toEqual([])
  })

  it('refuses when npm run all fails', () => {
    const f = fixture()
    for (const file of ['src/index.js', 'dist/index.js']) f.write(file, '// FAIL\n')
    f.git('commit', '--quiet', '-am', 'A change that breaks a test')
    expectRefused(f, '1.1.0', /npm run all failed/)
  })

  it('refuses when npm run all leaves a file behind', () => {
    const f = fixture()
    for (const file of ['src/index.js', 'dist/index.js']) f.write(file, '// WRITE\n')
    f.git('commit', '--quiet', '-am', 'A test that writes a file')
    expectRefused(
      f,
      '1.1.0',
      /The working tree changed during npm run all[\s\S]*\?\? coverage\.txt/
    )
  })

  it('refuses outside the root of a repository', () => {
    const f = fixture()
    const result = release({
      cwd: path.join(f.dir, 'src'),
      version: '1.1.0',
      env: f.env,
      log: () => {}
    })
    expect(result.refusals).toEqual([expect.stringMatching(/is not the root of a git repository/)])
  })
})

describe('the command line', () => {
  it('refuses unknown arguments and more than one version before doing anything', () => {
    const errors: string[] = []
    const original = console.error
    console.error = (line: string) => errors.push(line)
    try {
      expect(main(['1.1.0', '--force'])).toBe(2)
      expect(main(['1.1.0', '1.2.0'])).toBe(2)
    } finally {
      console.error = original
    }
    expect(errors.join('\n')).toMatch(/Unknown arguments: --force[\s\S]*Unknown arguments: 1\.2\.0/)
  })
})
