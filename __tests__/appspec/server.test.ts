import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { AppSpecError } from '../../src/common/errors.js'
import { bundlePath, findAppSpec, validateAppSpec } from '../../src/appspec/server.js'
import { MAX_APPSPEC_BYTES, readAppSpecFile } from '../../src/appspec/file.js'
import { tempDir, writeTree } from '../bundle/helpers.js'

/** The bundle's files and the directories that hold them; `''` is the root. */
const paths = new Set(['', 'appspec.yml', 'scripts', 'scripts/start.sh', 'scripts/stop.sh'])
paths.add('app').add('app/index.js')
const has = (path: string) => paths.has(path)
const validate = (text: string) => validateAppSpec(text, 'appspec.yml', has)

/** The error `validate` raises, checked to be a one-line AppSpecError. */
function errorOf(text: string): string {
  try {
    validate(text)
  } catch (error) {
    expect(error).toBeInstanceOf(AppSpecError)
    const message = (error as Error).message
    expect(message).not.toContain('\n')
    return message
  }
  throw new Error('expected the AppSpec to be rejected')
}

const HEAD = 'version: 0.0\nos: linux\n'

describe('validateAppSpec', () => {
  test('returns the OS and the hook scripts as bundle paths', () => {
    const summary = validate(
      HEAD +
        'files:\n  - source: /\n    destination: /opt/app\n  - source: app/\n    destination: /srv\n' +
        'file_exists_behavior: OVERWRITE\n' +
        'hooks:\n  ApplicationStop:\n    - location: ./scripts/stop.sh\n      timeout: 3600\n' +
        '      runas: root\n  ApplicationStart:\n    - location: /scripts/start.sh\n' +
        '    - location: scripts/stop.sh\n      timeout: "30"\n'
    )
    expect(summary).toEqual({
      file: 'appspec.yml',
      os: 'linux',
      hooks: [
        { event: 'ApplicationStop', locations: ['scripts/stop.sh'] },
        { event: 'ApplicationStart', locations: ['scripts/start.sh', 'scripts/stop.sh'] }
      ],
      warnings: []
    })
  })

  test('accepts the minimal AppSpec and empty sections, without a warning', () => {
    expect(validate(HEAD)).toEqual({ file: 'appspec.yml', os: 'linux', hooks: [], warnings: [] })
    expect(validate(`${HEAD}files:\nhooks:\npermissions:\n`)).toMatchObject({
      hooks: [],
      warnings: []
    })
  })

  test('refuses a byte-order mark, which makes the agent lose every key after version', () => {
    expect(errorOf(`\uFEFF${HEAD}`)).toBe(
      'appspec.yml line 1: the file starts with a UTF-8 byte-order mark: the agent then reads ' +
        'only version and refuses the file (os missing); save it as UTF-8 without a byte-order mark'
    )
  })

  test('reads Windows paths with backslashes', () => {
    const text =
      'version: 0.0\nos: windows\nfiles:\n  - source: \\app\\index.js\n    destination: c:\\inetpub\n' +
      'hooks:\n  AfterInstall:\n    - location: .\\scripts\\start.sh\n'
    expect(validateAppSpec(text, 'appspec.yml', has).hooks).toEqual([
      { event: 'AfterInstall', locations: ['scripts/start.sh'] }
    ])
  })

  test('invalid YAML: names the line of the syntax error', () => {
    expect(errorOf('version: 0.0\nos: linux\nhooks:\n  - a\n  b: [\n')).toMatch(
      /^appspec\.yml line \d: invalid YAML: /
    )
  })

  test('a key given twice: the agent keeps the last, with a warning naming both lines', () => {
    const summary = validate('version: 0.0\nos: windows\nos: linux\n')
    expect(summary.os).toBe('linux')
    expect(summary.warnings).toEqual([
      'appspec.yml line 3: os is given again (first on line 2): the agent keeps this last value and ignores the first'
    ])
  })

  test('not a mapping', () => {
    expect(errorOf('')).toBe(
      'appspec.yml line 1: expected a mapping with version: 0.0, os, and optionally files and hooks'
    )
    expect(errorOf('- version: 0.0\n')).toMatch(/^appspec\.yml line 1: expected a mapping/)
  })

  test('unknown top-level key, such as a wrongly capitalised one: the agent ignores it', () => {
    expect(validate(`${HEAD}Hooks:\n  BeforeInstall: []\nnotes: x\n`).warnings).toEqual([
      'appspec.yml line 3: unknown key Hooks at the top level: the agent ignores it; did you mean hooks?',
      'appspec.yml line 5: unknown key notes at the top level: the agent ignores it; expected one of version, os, files, permissions, hooks, file_exists_behavior'
    ])
  })

  test('version missing, wrong, or a string', () => {
    expect(errorOf('os: linux\n')).toBe(
      'appspec.yml line 1: version is missing; expected 0.0, a number (the only version)'
    )
    expect(errorOf('version: 1.0\nos: linux\n')).toBe(
      'appspec.yml line 1: version is 1.0; expected 0.0, a number (the only version)'
    )
    expect(errorOf("os: linux\nversion: '0.0'\n")).toBe(
      'appspec.yml line 2: version is "0.0"; expected 0.0, a number (the only version)'
    )
  })

  test('os missing or not lower-case linux/windows', () => {
    expect(errorOf('version: 0.0\n')).toBe(
      'appspec.yml line 1: os is missing; expected linux or windows (lower case)'
    )
    expect(errorOf('version: 0.0\nos: Linux\n')).toBe(
      'appspec.yml line 2: os is "Linux"; expected linux or windows (lower case)'
    )
  })

  test('file_exists_behavior not one of the three values', () => {
    expect(errorOf(`${HEAD}file_exists_behavior: overwrite\n`)).toBe(
      'appspec.yml line 3: file_exists_behavior must be one of DISALLOW, OVERWRITE, RETAIN'
    )
  })

  test('files not a list', () => {
    expect(errorOf(`${HEAD}files:\n  source: /\n`)).toBe(
      'appspec.yml line 4: files must be a list of entries with source and destination'
    )
  })

  test('files entry not a mapping', () => {
    expect(errorOf(`${HEAD}files:\n  - /app\n`)).toBe(
      'appspec.yml line 4: each files entry must have source and destination'
    )
  })

  test('files entry without source or destination', () => {
    expect(errorOf(`${HEAD}files:\n  - destination: /opt\n`)).toBe(
      'appspec.yml line 4: files entry without source; expected source: <path>'
    )
    expect(errorOf(`${HEAD}files:\n  - source: /\n`)).toBe(
      'appspec.yml line 4: files entry without destination; expected destination: <directory>'
    )
  })

  test('files source not in the bundle', () => {
    expect(
      errorOf(
        `${HEAD}files:\n  - source: /\n    destination: /a\n  - source: build/\n    destination: /b\n`
      )
    ).toBe(
      'appspec.yml line 6: files source build/ is not in the bundle; expected a file or directory relative to the root of the bundle (/ for all of it)'
    )
  })

  test('hooks not a mapping', () => {
    expect(errorOf(`${HEAD}hooks:\n  - BeforeInstall\n`)).toBe(
      'appspec.yml line 4: hooks must map lifecycle events to lists of scripts'
    )
  })

  test('hooks on events the agent runs itself: they never run, with a warning', () => {
    for (const event of ['DownloadBundle', 'Install']) {
      const summary = validate(`${HEAD}hooks:\n  ${event}:\n    - location: scripts/missing.sh\n`)
      expect(summary.hooks).toEqual([])
      expect(summary.warnings).toEqual([
        `appspec.yml line 4: ${event} is run by the agent itself: scripts under it never run; expected one of ApplicationStop, BeforeInstall, AfterInstall, ApplicationStart, ValidateService, BeforeBlockTraffic, AfterBlockTraffic, BeforeAllowTraffic, AfterAllowTraffic`
      ])
    }
  })

  test('unknown lifecycle event: never runs, with a warning that guesses the event meant', () => {
    const summary = validate(`${HEAD}hooks:\n  AfterInstal:\n    - location: scripts/start.sh\n`)
    expect(summary.hooks).toEqual([])
    expect(summary.warnings).toEqual([
      'appspec.yml line 4: unknown lifecycle event AfterInstal: the agent never runs scripts under it; did you mean AfterInstall?'
    ])
  })

  test('event without scripts: the agent skips it; one script as text: refused', () => {
    expect(validate(`${HEAD}hooks:\n  AfterInstall:\n`).warnings).toEqual([
      'appspec.yml line 4: AfterInstall has no scripts: the agent skips it'
    ])
    expect(errorOf(`${HEAD}hooks:\n  AfterInstall: scripts/start.sh\n`)).toBe(
      'appspec.yml line 4: AfterInstall must be a list of scripts (- location: <path>)'
    )
  })

  test('script not a mapping, or without location', () => {
    expect(errorOf(`${HEAD}hooks:\n  AfterInstall:\n    - scripts/start.sh\n`)).toBe(
      'appspec.yml line 5: each AfterInstall script must be a mapping with location'
    )
    expect(errorOf(`${HEAD}hooks:\n  AfterInstall:\n    - timeout: 30\n`)).toBe(
      'appspec.yml line 5: AfterInstall script without location'
    )
  })

  test('script location not in the bundle (or the bundle root itself)', () => {
    expect(errorOf(`${HEAD}hooks:\n  AfterInstall:\n    - location: scripts/install.sh\n`)).toBe(
      'appspec.yml line 5: AfterInstall script scripts/install.sh is not in the bundle; expected a path relative to the root of the bundle'
    )
    expect(errorOf(`${HEAD}hooks:\n  AfterInstall:\n    - location: /\n`)).toMatch(
      /^appspec\.yml line 5: AfterInstall script \/ is not in the bundle/
    )
  })

  test('reads a files source and values as written, but strips a script location, as the agent does', () => {
    const spaced = (path: string) => path === 'app/run.sh ' || has(path)
    const files = `${HEAD}files:\n  - source: "app/run.sh "\n    destination: /opt\n`
    expect(validateAppSpec(files, 'appspec.yml', spaced).warnings).toEqual([])
    expect(errorOf(files)).toBe(
      'appspec.yml line 4: files source app/run.sh  is not in the bundle; expected a file or directory relative to the root of the bundle (/ for all of it)'
    )
    const hook = `${HEAD}hooks:\n  AfterInstall:\n    - location: " scripts/start.sh "\n`
    expect(validate(hook).hooks).toEqual([
      { event: 'AfterInstall', locations: ['scripts/start.sh'] }
    ])
    expect(errorOf(`${HEAD}file_exists_behavior: "OVERWRITE "\n`)).toBe(
      'appspec.yml line 3: file_exists_behavior must be one of DISALLOW, OVERWRITE, RETAIN'
    )
  })

  test('timeout the agent reads as 0 or less: refused; over 3600: a warning', () => {
    const hook = (timeout: string) =>
      `${HEAD}hooks:\n  AfterInstall:\n    - location: scripts/start.sh\n      timeout: ${timeout}\n`
    const expected = 'expected a whole number of seconds from 1 to 3600'
    for (const timeout of ['0', '-5']) {
      expect(errorOf(hook(timeout))).toBe(
        `appspec.yml line 6: AfterInstall timeout ${timeout}: the agent refuses 0 or less; ${expected}`
      )
    }
    for (const timeout of ['soon', '""']) {
      expect(errorOf(hook(timeout))).toMatch(
        /^appspec\.yml line 6: AfterInstall timeout .* is 0 seconds to the agent, which reads text up to its first non-digit: the agent refuses 0 or less/
      )
    }
    expect(validate(hook('3601')).warnings).toEqual([
      "appspec.yml line 6: AfterInstall timeout 3601 is over 3600 seconds, the most AWS's AppSpec reference allows for a script; the agent accepts it and waits that long"
    ])
  })

  test('names the file it was given (appspec.yaml)', () => {
    expect(() => validateAppSpec('os: linux\n', 'appspec.yaml', has)).toThrow(
      /^appspec\.yaml line 1: /
    )
  })
})

describe('findAppSpec', () => {
  test('prefers appspec.yml over appspec.yaml, as the agent does', () => {
    expect(findAppSpec(['appspec.yaml', 'appspec.yml', 'x'], 'build')).toBe('appspec.yml')
    expect(findAppSpec(['appspec.yaml', 'x'], 'build')).toBe('appspec.yaml')
  })

  test('missing: says it must be at the root of revision-path', () => {
    expect(() => findAppSpec(['index.js'], 'build')).toThrow(AppSpecError)
    expect(() => findAppSpec(['index.js'], 'build')).toThrow(
      'no appspec.yml or appspec.yaml at the root of revision-path (build): CodeDeploy reads the AppSpec file from the root of the bundle'
    )
  })

  test('nested: names the file found and the revision-path to use instead', () => {
    expect(() => findAppSpec(['app/deploy/appspec.yml', 'app/appspec.yaml', 'x'], '.')).toThrow(
      'no appspec.yml or appspec.yaml at the root of revision-path (.), but app/appspec.yaml exists: CodeDeploy reads the AppSpec file from the root of the bundle; set revision-path to the directory that holds it (app)'
    )
  })

  test('wrong case or extension at the root: says which names the agent reads', () => {
    for (const name of ['AppSpec.yml', 'appspec.YAML', 'appspec.json']) {
      expect(() => findAppSpec([name], '.')).toThrow(
        `no appspec.yml or appspec.yaml at the root of revision-path (.), but ${name} is there: the agent only reads a file named exactly appspec.yml or appspec.yaml (lower case, YAML); rename it`
      )
    }
  })
})

describe('bundlePath', () => {
  test('strips ./, leading and trailing slashes, and resolves ..', () => {
    expect(bundlePath('./a/b/', 'linux')).toBe('a/b')
    expect(bundlePath('/a/../b', 'linux')).toBe('b')
    expect(bundlePath('/', 'linux')).toBe('')
    expect(bundlePath('a\\b', 'linux')).toBe('a\\b')
    expect(bundlePath('.\\a\\b', 'windows')).toBe('a/b')
  })
})

describe('readAppSpecFile', () => {
  let dir: string
  let root: string
  let cleanup: () => void
  beforeEach(() => {
    ;({ dir, cleanup } = tempDir())
    root = join(dir, 'app')
    writeTree(root, { 'deploy/appspec.yml': HEAD, '.git/config': 'token = ghp_secret' })
  })
  afterEach(() => cleanup())

  /** The one-line AppSpecError that reading `file` raises. */
  function refusal(file: string, within?: string): string {
    try {
      readAppSpecFile(file, 'appspec.yml', within)
    } catch (error) {
      expect(error).toBeInstanceOf(AppSpecError)
      const message = (error as Error).message
      expect(message).not.toContain('\n')
      return message
    }
    throw new Error('expected the AppSpec file to be refused')
  }

  test('reads a file, or a symlink to a file inside the revision, as the file it points to', () => {
    expect(readAppSpecFile(join(root, 'deploy/appspec.yml'), 'appspec.yml', root)).toBe(HEAD)
    symlinkSync('deploy/appspec.yml', join(root, 'appspec.yml'))
    expect(readAppSpecFile(join(root, 'appspec.yml'), 'appspec.yml', root)).toBe(HEAD)
  })

  test("refuses a symlink out of the revision, with nothing of the target's content", () => {
    writeTree(dir, { 'elsewhere.yml': 'Resources: ghp_secret' })
    symlinkSync('../elsewhere.yml', join(root, 'appspec.yml'))
    const message = refusal(join(root, 'appspec.yml'), root)
    expect(message).toBe(
      `appspec.yml resolves to ${join(dir, 'elsewhere.yml')}, outside revision-path (${root}): ` +
        `the AppSpec is read from the revision alone; replace the link with a copy of the file`
    )
    expect(message).not.toContain('ghp_secret')
  })

  test('refuses a file in .git, however it is reached, even with no revision to stay in', () => {
    symlinkSync('.git/config', join(root, 'appspec.yml'))
    const expected =
      `appspec.yml resolves to ${join(root, '.git/config')}, inside a .git directory, which is ` +
      `never read or bundled; use an AppSpec file outside .git`
    expect(refusal(join(root, 'appspec.yml'), root)).toBe(expected)
    expect(refusal(join(root, 'appspec.yml'))).toBe(expected)
    expect(refusal(join(root, '.git/config'))).toBe(expected)
  })

  test('refuses what is not a regular file (a FIFO would block the step)', () => {
    expect(refusal('/dev/null')).toBe(
      'appspec.yml is not a regular file (a directory, FIFO, socket or device); use a file'
    )
    expect(refusal(join(root, 'deploy'), root)).toMatch(/^appspec\.yml is not a regular file/)
    expect(refusal(join(root, 'missing.yml'), root)).toBe('cannot read appspec.yml: ENOENT')
  })

  test('refuses a file larger than the cap before reading it, naming its size and the cap', () => {
    const file = join(root, 'appspec.yml')
    writeFileSync(file, '')
    truncateSync(file, 50 * 1024 * 1024)
    expect(refusal(file, root)).toBe(
      `appspec.yml is 52,428,800 bytes; AppSpec files are read up to ${MAX_APPSPEC_BYTES.toLocaleString('en-US')} ` +
        `bytes (1 MiB), far more than one needs: check that appspec.yml is the AppSpec file`
    )
    truncateSync(file, MAX_APPSPEC_BYTES)
    expect(readAppSpecFile(file, 'appspec.yml', root)).toHaveLength(MAX_APPSPEC_BYTES)
  })
})
