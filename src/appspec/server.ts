import { posix } from 'node:path'
import { AppSpecError } from '../common/errors.js'
import { shown } from '../common/untrusted.js'
import { checkHooks, type AppSpecHook } from './hooks.js'
import { checkPermissions } from './permissions.js'
import { loadAgentYaml } from './psych.js'
import type { Report } from './report.js'
import { given, kindOf, lookup, type RubyMap, type RubyValue } from './ruby.js'
import { describe, itemsOf, warnUnknownKeys, type BundleCheck } from './sections.js'

export type { AppSpecHook } from './hooks.js'

/** The names the CodeDeploy agent looks for at the bundle root, in its order of preference. */
export const APPSPEC_NAMES = ['appspec.yml', 'appspec.yaml'] as const

const TOP_LEVEL_KEYS = ['version', 'os', 'files', 'permissions', 'hooks', 'file_exists_behavior']
const FILE_EXISTS_BEHAVIORS = ['DISALLOW', 'OVERWRITE', 'RETAIN']

export interface AppSpecSummary {
  /** The AppSpec file's name at the bundle root. */
  file: string
  os: 'linux' | 'windows'
  hooks: AppSpecHook[]
  /**
   * What the agent accepts but is most likely a mistake, one line each naming the file and line:
   * for warning annotations and the dry run's checks.
   */
  warnings: string[]
}

/**
 * Picks the AppSpec file among the bundle's file names (`appspec.yml` wins over `appspec.yaml`,
 * as in the agent). When there is none at the root, the error points at the likely mistake: a
 * nested directory, or a name with the wrong case or extension.
 */
export function findAppSpec(names: readonly string[], revisionPath: string): string {
  const present = new Set(names)
  const found = APPSPEC_NAMES.find(name => present.has(name))
  if (found) return found

  const base = `no appspec.yml or appspec.yaml at the root of revision-path (${revisionPath})`
  const nearMiss = names.find(name => !name.includes('/') && /^appspec\.(ya?ml|json)$/i.test(name))
  if (nearMiss) {
    throw new AppSpecError(
      `${base}, but ${nearMiss} is there: the agent only reads a file named exactly ` +
        `appspec.yml or appspec.yaml (lower case, YAML); rename it`
    )
  }
  const nested = names
    .filter(name => /(^|\/)appspec\.ya?ml$/i.test(name))
    .sort((a, b) => a.split('/').length - b.split('/').length)[0]
  if (nested) {
    const dir = posix.dirname(nested)
    throw new AppSpecError(
      `${base}, but ${nested} exists: CodeDeploy reads the AppSpec file from the root of the ` +
        `bundle; set revision-path to the directory that holds it (${posix.join(revisionPath, dir)})`
    )
  }
  throw new AppSpecError(
    `${base}: CodeDeploy reads the AppSpec file from the root of the bundle; add one there, or ` +
      `check that the job checked out the repository and that revision-path names the right directory`
  )
}

/**
 * Checks an EC2/On-Premises AppSpec the way the CodeDeploy agent will read it (aws-codedeploy-agent,
 * lib/instance_agent/plugins/codedeploy/application_specification/, and the Install step that
 * applies it), so what the agent would refuse fails the step before anything is uploaded, and what
 * it accepts passes, with a warning where it is most likely a mistake. `has` says whether a path
 * (file or directory, relative to the bundle root, `/`-separated, `''` for the root) is in the
 * bundle. Every refusal is one line naming the file and line.
 */
export function validateAppSpec(
  text: string,
  fileName: string,
  has: (bundlePath: string) => boolean
): AppSpecSummary {
  const { root, report } = loadAgentYaml(text, fileName)
  if (root.kind !== 'map') {
    return report.fail(
      root,
      'expected a mapping with version: 0.0, os, and optionally files and hooks'
    )
  }
  warnUnknownKeys(root, TOP_LEVEL_KEYS, ' at the top level', report)
  // In the agent's order (ApplicationSpecification#initialize), so the first refusal is its own.
  checkVersion(lookup(root, 'version'), root, report)
  const os = checkOs(lookup(root, 'os'), root, report)
  const bundle: BundleCheck = { toBundlePath: value => bundlePath(value, os), has, report }
  const hooks = checkHooks(root, bundle)
  checkFiles(root, os, bundle)
  checkPermissions(root, os, report)
  const behavior = given(lookup(root, 'file_exists_behavior'))
  if (behavior && !(behavior.kind === 'str' && FILE_EXISTS_BEHAVIORS.includes(behavior.value))) {
    report.fail(behavior, `file_exists_behavior must be one of ${FILE_EXISTS_BEHAVIORS.join(', ')}`)
  }
  return { file: fileName, os, hooks, warnings: report.warnings }
}

/** The agent compares version with the number 0.0: 0 and 0.0 pass, the text "0.0" does not. */
function checkVersion(version: RubyValue | undefined, root: RubyMap, report: Report): void {
  const zero =
    (version?.kind === 'int' && version.value === 0n) ||
    (version?.kind === 'float' && version.value === 0)
  if (!zero) {
    report.fail(
      version ?? root,
      `version is ${describe(version)}; expected 0.0, a number (the only version)`
    )
  }
}

function checkOs(os: RubyValue | undefined, root: RubyMap, report: Report): 'linux' | 'windows' {
  if (os?.kind === 'str' && (os.value === 'linux' || os.value === 'windows')) return os.value
  return report.fail(os ?? root, `os is ${describe(os)}; expected linux or windows (lower case)`)
}

/**
 * Turns an AppSpec path into a bundle path: the agent joins it to the bundle root, so a leading
 * `/` or `./` changes nothing; Windows AppSpecs may use backslashes.
 */
export function bundlePath(value: string, os: 'linux' | 'windows'): string {
  const slashed = os === 'windows' ? value.replace(/\\/g, '/') : value
  const normal = posix.normalize(`/${slashed}`)
  return normal.replace(/^\/+|\/+$/g, '')
}

/**
 * The agent's reading of `files` (application_specification.rb, parse_files; file_info.rb;
 * installer.rb, which copies them): a list of entries with a source in the bundle and a
 * destination on the instance, both text, as the agent joins them to paths.
 */
function checkFiles(root: RubyMap, os: 'linux' | 'windows', bundle: BundleCheck): void {
  const { report, has, toBundlePath } = bundle
  const entries = itemsOf(
    lookup(root, 'files'),
    report,
    'files must be a list of entries with source and destination'
  )
  for (const entry of entries) {
    if (entry.kind !== 'map')
      return report.fail(entry, 'each files entry must have source and destination')
    warnUnknownKeys(entry, ['source', 'destination'], ' in a files entry', report)
    const source = given(lookup(entry, 'source'))
    if (!source) return report.fail(entry, 'files entry without source; expected source: <path>')
    const destination = given(lookup(entry, 'destination'))
    if (!destination) {
      return report.fail(
        entry,
        'files entry without destination; expected destination: <directory>'
      )
    }
    const from = pathText(source, 'source', report)
    checkDestination(pathText(destination, 'destination', report), destination, os, report)
    if (!has(toBundlePath(from))) {
      report.fail(
        source,
        `files source ${shown(from)} is not in the bundle; expected a file or directory ` +
          `relative to the root of the bundle (/ for all of it)`
      )
    }
  }
}

/** The agent joins source and destination into paths (File.join), which takes text alone. */
function pathText(value: RubyValue, key: string, report: Report): string {
  if (value.kind === 'str') return value.value
  return report.fail(
    value,
    `${key} is ${kindOf(value)}; the agent needs a path as text and fails at Install on it: quote it`
  )
}

function checkDestination(
  text: string,
  at: RubyValue,
  os: 'linux' | 'windows',
  report: Report
): void {
  if (text === '') {
    report.warn(
      at,
      'destination is empty: the agent copies a file source to / and fails at Install on a ' +
        'directory source; give the directory on the instance'
    )
  } else if (os === 'linux' && !text.startsWith('/')) {
    report.warn(
      at,
      `destination ${shown(text)} is not an absolute path: the agent resolves it against its own ` +
        'working directory; give the full path on the instance'
    )
  }
}
