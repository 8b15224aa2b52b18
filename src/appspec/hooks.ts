import { shown } from '../common/untrusted.js'
import type { Report } from './report.js'
import { given, kindOf, lookup, toI, toS, truthy, type RubyMap, type RubyValue } from './ruby.js'
import { closest, itemsOf, warnUnknownKeys, type BundleCheck } from './sections.js'

/** Lifecycle events an EC2/On-Premises AppSpec may attach scripts to. */
export const LIFECYCLE_EVENTS = [
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

/** Events the agent runs itself; scripts under them never run. */
const RESERVED_EVENTS = [
  'Start',
  'DownloadBundle',
  'Install',
  'BlockTraffic',
  'AllowTraffic',
  'End'
]

const SCRIPT_KEYS = ['location', 'timeout', 'runas', 'sudo']
/** AWS's AppSpec reference: a script's timeout is at most an hour. The agent sets no limit. */
const DOCUMENTED_MAX_TIMEOUT = 3600
const TIMEOUT_EXPECTED = `expected a whole number of seconds from 1 to ${DOCUMENTED_MAX_TIMEOUT}`

export interface AppSpecHook {
  event: string
  /** Script paths inside the bundle, `/`-separated, in the order the agent runs them. */
  locations: string[]
}

/**
 * The agent's reading of `hooks` (application_specification.rb, parse_hooks; script_info.rb):
 * a mapping of event names to lists of scripts, each with a location and an optional timeout.
 * It runs only the lifecycle events it knows, so a script under another name never runs; it
 * skips an event with no scripts. Returns the lifecycle events that run scripts.
 */
export function checkHooks(root: RubyMap, bundle: BundleCheck): AppSpecHook[] {
  const { report } = bundle
  const hooks = lookup(root, 'hooks')
  if (!truthy(hooks)) return []
  if (hooks.kind !== 'map')
    return report.fail(hooks, 'hooks must map lifecycle events to lists of scripts')

  const result: AppSpecHook[] = []
  for (const { key, value } of hooks.entries) {
    const event = key.kind === 'str' ? key.value : key.written
    const runs = warnIfNeverRuns(key, report)
    const scripts = scriptsOf(value, key, event, report)
    const locations = scripts.map(script => checkScript(script, event, runs, bundle))
    if (runs && locations.length > 0) result.push({ event, locations })
  }
  return result
}

/** Whether the agent runs the event; a warning when it never does (most likely a typo). */
function warnIfNeverRuns(key: RubyValue, report: Report): boolean {
  const event = key.kind === 'str' ? key.value : undefined
  if (event !== undefined && (LIFECYCLE_EVENTS as readonly string[]).includes(event)) return true
  const name = shown(key.written)
  if (event !== undefined && RESERVED_EVENTS.includes(event)) {
    report.warn(
      key,
      `${name} is run by the agent itself: scripts under it never run; ${expected()}`
    )
    return false
  }
  const guess = event === undefined ? undefined : closest(event, LIFECYCLE_EVENTS)
  report.warn(
    key,
    `unknown lifecycle event ${name}: the agent never runs scripts under it; ` +
      (guess ? `did you mean ${guess}?` : expected())
  )
  return false
}

/** An event's scripts; none, with a warning, when it has none (the agent skips it). */
function scriptsOf(value: RubyValue, key: RubyValue, event: string, report: Report): RubyValue[] {
  const name = shown(event)
  const scripts = itemsOf(value, report, `${name} must be a list of scripts (- location: <path>)`)
  if (scripts.length === 0) report.warn(key, `${name} has no scripts: the agent skips it`)
  return scripts
}

/** Checks a script the way the agent reads it; returns its path in the bundle. */
function checkScript(script: RubyValue, event: string, runs: boolean, bundle: BundleCheck): string {
  const { report, toBundlePath, has } = bundle
  const name = shown(event)
  if (script.kind !== 'map')
    return report.fail(script, `each ${name} script must be a mapping with location`)
  warnUnknownKeys(script, SCRIPT_KEYS, ` in a script of ${name}`, report)
  const location = given(lookup(script, 'location'))
  if (!location) return report.fail(script, `${name} script without location`)
  const written = toS(location)
  if (written === undefined) {
    return report.fail(location, `${name} script location is ${kindOf(location)}; expected a path`)
  }
  // The agent strips the white space around a location before it looks for the script.
  const text = written.replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, '')
  if (text === '') return report.fail(location, `${name} script location is empty; expected a path`)
  checkTimeout(lookup(script, 'timeout'), name, report)
  const path = toBundlePath(text)
  if (runs && (path === '' || !has(path))) {
    report.fail(
      location,
      `${name} script ${shown(text)} is not in the bundle; expected a path relative to ` +
        `the root of the bundle`
    )
  }
  return path
}

/**
 * The agent takes `timeout.to_i` (3600 when there is none) and refuses what is not above 0: a
 * fraction loses its decimals and text is read up to its first non-digit.
 */
function checkTimeout(timeout: RubyValue | undefined, name: string, report: Report): void {
  if (!truthy(timeout)) return
  const seconds = toI(timeout)
  const written = shown(timeout.written)
  if (seconds === undefined) {
    report.fail(
      timeout,
      `${name} timeout is ${kindOf(timeout)}, which the agent cannot read as a number (to_i); ${TIMEOUT_EXPECTED}`
    )
  }
  const reading = timeoutReading(timeout, seconds)
  if (seconds <= 0n) {
    report.fail(
      timeout,
      `${name} timeout ${written}${reading}: the agent refuses 0 or less; ${TIMEOUT_EXPECTED}`
    )
  }
  if (reading) report.warn(timeout, `${name} timeout ${written}${reading}`)
  if (seconds > BigInt(DOCUMENTED_MAX_TIMEOUT)) {
    report.warn(
      timeout,
      `${name} timeout ${seconds} is over ${DOCUMENTED_MAX_TIMEOUT} seconds, the most AWS's ` +
        `AppSpec reference allows for a script; the agent accepts it and waits that long`
    )
  }
}

/** How the agent's reading differs from what is written, or '' when it reads what is written. */
function timeoutReading(timeout: RubyValue, seconds: bigint): string {
  if (timeout.kind === 'float' && !Number.isInteger(timeout.value)) {
    return ` is ${seconds} ${unit(seconds)} to the agent, which drops the fraction`
  }
  if (timeout.kind === 'str' && !/^\d+$/.test(timeout.value)) {
    return ` is ${seconds} ${unit(seconds)} to the agent, which reads text up to its first non-digit`
  }
  if (timeout.kind === 'int' && !/^[-+]?(0|[1-9]\d*)$/.test(timeout.written)) {
    return ` is the number ${seconds} to YAML (a leading 0 is octal, 0x hexadecimal), so the agent waits ${seconds} seconds; quote it`
  }
  return ''
}

function unit(seconds: bigint): string {
  return seconds === 1n ? 'second' : 'seconds'
}

function expected(): string {
  return `expected one of ${LIFECYCLE_EVENTS.join(', ')}`
}
