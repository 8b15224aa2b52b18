import { posix } from 'node:path'
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml'
import { AppSpecError } from '../common/errors.js'
import { isAbsent, keyOf, parseAppSpec, scalarText, show, type Fail } from './yaml.js'

/** The names the CodeDeploy agent looks for at the bundle root, in its order of preference. */
export const APPSPEC_NAMES = ['appspec.yml', 'appspec.yaml'] as const

/** Lifecycle events an EC2/On-Premises AppSpec may attach scripts to. */
const LIFECYCLE_EVENTS = [
  'ApplicationStop',
  'BeforeInstall',
  'AfterInstall',
  'ApplicationStart',
  'ValidateService',
  'BeforeBlockTraffic',
  'AfterBlockTraffic',
  'BeforeAllowTraffic',
  'AfterAllowTraffic'
] as const

/** Events the agent runs itself; scripts cannot be attached to them. */
const RESERVED_EVENTS = [
  'Start',
  'DownloadBundle',
  'Install',
  'BlockTraffic',
  'AllowTraffic',
  'End'
]

const TOP_LEVEL_KEYS = ['version', 'os', 'files', 'permissions', 'hooks', 'file_exists_behavior']
const FILE_EXISTS_BEHAVIORS = ['DISALLOW', 'OVERWRITE', 'RETAIN']
const MAX_TIMEOUT_SECONDS = 3600

export interface AppSpecHook {
  event: string
  /** Script paths inside the bundle, `/`-separated, in the order the agent runs them. */
  locations: string[]
}

export interface AppSpecSummary {
  /** The AppSpec file's name at the bundle root. */
  file: string
  os: 'linux' | 'windows'
  hooks: AppSpecHook[]
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
 * Checks an EC2/On-Premises AppSpec the way the agent will read it, so a mistake fails the step
 * before anything is uploaded. `has` says whether a path (file or directory, relative to the bundle
 * root, `/`-separated, `''` for the root) is in the bundle. Every error is one line naming the file
 * and line.
 */
export function validateAppSpec(
  text: string,
  fileName: string,
  has: (bundlePath: string) => boolean
): AppSpecSummary {
  const { contents: root, fail } = parseAppSpec(text, fileName, 'YAML')
  if (!isMap(root)) {
    return fail(root, `expected a mapping with version: 0.0, os, and optionally files and hooks`)
  }
  for (const pair of root.items) {
    const key = keyOf(pair)
    if (!TOP_LEVEL_KEYS.includes(key)) {
      fail(pair.key as Node, `unknown key ${key}; expected one of ${TOP_LEVEL_KEYS.join(', ')}`)
    }
  }

  const version = root.get('version', true)
  const value: unknown = isScalar(version) ? version.value : undefined
  if (value !== 0) {
    fail(version ?? root, `version is ${show(value)}; expected 0.0, a number (the only version)`)
  }
  const osNode = root.get('os', true)
  const os: unknown = isScalar(osNode) ? osNode.value : undefined
  if (os !== 'linux' && os !== 'windows') {
    return fail(osNode ?? root, `os is ${show(os)}; expected linux or windows (lower case)`)
  }
  const behavior = root.get('file_exists_behavior', true)
  if (
    behavior !== undefined &&
    !FILE_EXISTS_BEHAVIORS.includes(scalarText(behavior, { trim: false }) ?? '')
  ) {
    fail(behavior, `file_exists_behavior must be one of ${FILE_EXISTS_BEHAVIORS.join(', ')}`)
  }

  const bundle: BundleCheck = { toBundlePath: value => bundlePath(value, os), has, fail }
  checkFiles(root, bundle)
  const hooks = checkHooks(root, bundle)
  return { file: fileName, os, hooks }
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

/** What the checks of files and hooks look paths up with, and how they fail. */
interface BundleCheck {
  toBundlePath: (value: string) => string
  has: (bundlePath: string) => boolean
  fail: Fail
}

function checkFiles(root: YAMLMap, { toBundlePath, has, fail }: BundleCheck): void {
  const files = root.get('files', true)
  if (isAbsent(files)) return
  if (!isSeq(files)) {
    return fail(files, `files must be a list of entries with source and destination`)
  }
  for (const item of files.items as Node[]) {
    if (!isMap(item)) return fail(item, `each files entry must have source and destination`)
    const sourceNode = item.get('source', true)
    const source = scalarText(sourceNode, { trim: false })
    if (source === undefined)
      return fail(item, `files entry without source; expected source: <path>`)
    if (scalarText(item.get('destination', true), { trim: false }) === undefined) {
      fail(item, `files entry without destination; expected destination: <directory>`)
    }
    if (!has(toBundlePath(source))) {
      fail(
        sourceNode,
        `files source ${source} is not in the bundle; expected a file or directory ` +
          `relative to the root of revision-path (/ for all of it)`
      )
    }
  }
}

function checkHooks(root: YAMLMap, bundle: BundleCheck): AppSpecHook[] {
  const { fail } = bundle
  const hooks = root.get('hooks', true)
  if (isAbsent(hooks)) return []
  if (!isMap(hooks)) return fail(hooks, `hooks must map lifecycle events to lists of scripts`)

  return hooks.items.map(pair => {
    const event = keyOf(pair)
    const keyNode = pair.key as Node
    if (RESERVED_EVENTS.includes(event)) {
      fail(
        keyNode,
        `${event} is run by the agent itself and cannot have hooks; ${expectedEvents()}`
      )
    }
    if (!(LIFECYCLE_EVENTS as readonly string[]).includes(event)) {
      fail(keyNode, `unknown lifecycle event ${event}; ${expectedEvents()}`)
    }
    const scripts = pair.value as Node | null
    if (!isSeq(scripts)) {
      return fail(scripts ?? keyNode, `${event} must be a list of scripts (- location: <path>)`)
    }
    const locations = (scripts.items as Node[]).map(script => checkScript(script, event, bundle))
    return { event, locations }
  })
}

function checkScript(
  script: Node,
  event: string,
  { toBundlePath, has, fail }: BundleCheck
): string {
  if (!isMap(script)) return fail(script, `each ${event} script must be a mapping with location`)
  const locationNode = script.get('location', true)
  const location = scalarText(locationNode, { trim: false })
  if (location === undefined) return fail(script, `${event} script without location`)
  const path = toBundlePath(location)
  if (path === '' || !has(path)) {
    fail(
      locationNode,
      `${event} script ${location} is not in the bundle; expected a path relative to ` +
        `the root of revision-path`
    )
  }
  const timeout = script.get('timeout', true)
  if (timeout !== undefined) {
    const seconds = isScalar(timeout) ? numberOf(timeout.value) : NaN
    if (!(seconds > 0 && seconds <= MAX_TIMEOUT_SECONDS)) {
      fail(timeout, `${event} timeout must be a number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}`)
    }
  }
  return path
}

function expectedEvents(): string {
  return `expected one of ${LIFECYCLE_EVENTS.join(', ')}`
}

function numberOf(value: unknown): number {
  if (typeof value === 'number') return value
  return typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN
}
