import { posix } from 'node:path'
import { shown } from '../common/untrusted.js'
import { checkAcls, checkContext, checkMode } from './permission-values.js'
import type { Report } from './report.js'
import { given, kindOf, lookup, toS, truthy, type RubyMap, type RubyValue } from './ruby.js'
import { describe, itemsOf, warnUnknownKeys } from './sections.js'

const PERMISSION_KEYS = [
  'object',
  'pattern',
  'except',
  'type',
  'owner',
  'group',
  'mode',
  'acls',
  'context'
]
const TYPES = ['file', 'directory']

/** An entry already read, to tell when two of them set permissions on the same object. */
interface Target extends Applies {
  object: string
  line: number
}

/** What an entry applies to within its object. */
interface Applies {
  types: string[]
  /** `**` when left out, as the agent reads it. */
  pattern: string
  except: boolean
}

/**
 * The agent's reading of `permissions` (application_specification.rb, parse_permissions;
 * linux_permission_info.rb; install_instruction.rb, which applies them at Install): a list of
 * entries, each naming an object on the instance, on Linux only.
 */
export function checkPermissions(root: RubyMap, os: 'linux' | 'windows', report: Report): void {
  const entries = itemsOf(
    lookup(root, 'permissions'),
    report,
    'permissions must be a list of entries, each with object'
  )
  const targets = new Map<string, Target[]>()
  for (const entry of entries) {
    if (entry.kind !== 'map') {
      return report.fail(entry, 'each permissions entry must be a mapping with object')
    }
    const object = checkObject(entry, report)
    if (os === 'windows') {
      report.fail(
        entry,
        'permissions apply to Linux instances only: the agent refuses any permissions entry in ' +
          'a Windows AppSpec (os: windows); remove the permissions section'
      )
    }
    warnUnknownKeys(entry, PERMISSION_KEYS, ' in a permissions entry', report)
    const applies = checkEntry(entry, report)
    if (object !== undefined) {
      warnIfTwice({ ...applies, object, line: report.line(entry) }, targets, entry, report)
    }
  }
}

/** The object's path as the agent takes it (`to_s.strip`); undefined when it names nothing. */
function checkObject(entry: RubyMap, report: Report): string | undefined {
  const object = given(lookup(entry, 'object'))
  if (!object) {
    return report.fail(
      entry,
      'permissions entry without object; expected object: <path on the instance>'
    )
  }
  const text = toS(object)
  if (text === undefined) {
    report.warn(
      object,
      `permissions object is ${kindOf(object)}: the agent takes its text as a path, which names ` +
        'nothing, so this entry changes nothing; expected one path'
    )
    return undefined
  }
  const path = text.replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, '')
  if (path === '') {
    report.fail(
      object,
      'permissions object is empty; expected the path of a file or directory on the instance'
    )
  }
  return path
}

/** The rest of an entry, in the agent's order; returns what it applies to. */
function checkEntry(entry: RubyMap, report: Report): Applies {
  const pattern = given(lookup(entry, 'pattern'))
  if (pattern && pattern.kind !== 'str') {
    report.fail(
      pattern,
      `pattern is ${kindOf(pattern)}; the agent matches names against text and fails on it: ` +
        'quote a pattern such as "*.sh"'
    )
  }
  const except = checkExcept(lookup(entry, 'except'), report)
  const types = checkTypes(lookup(entry, 'type'), report)
  for (const key of ['owner', 'group'] as const) checkName(lookup(entry, key), key, report)
  const mode = given(lookup(entry, 'mode'))
  if (mode) checkMode(mode, report)
  const acls = given(lookup(entry, 'acls'))
  if (acls && checkAcls(acls, report) && types.includes('file')) {
    report.warn(
      acls,
      'acls has a default (d:) entry and type includes file: the agent refuses a default entry ' +
        'on a file, so the deployment fails at Install once this entry matches a file it copies; ' +
        'add type: [directory]'
    )
  }
  const context = given(lookup(entry, 'context'))
  if (context) checkContext(context, report)
  return { types, pattern: pattern?.kind === 'str' ? pattern.value : '**', except }
}

/** Whether `except` names any pattern. */
function checkExcept(except: RubyValue | undefined, report: Report): boolean {
  const shape = 'the agent expects a list of patterns, such as except: ["*.tmp"]'
  const items = itemsOf(except, report, `except is ${except ? kindOf(except) : ''}; ${shape}`)
  for (const item of items) {
    if (item.kind !== 'str') report.fail(item, `except entry is ${kindOf(item)}; ${shape}`)
  }
  return items.length > 0
}

/** `type`: both file and directory when left out, else a list of them. */
function checkTypes(type: RubyValue | undefined, report: Report): string[] {
  if (!truthy(type)) return TYPES
  const shape = 'the agent expects a list: type: [file], [directory] or both'
  const items = itemsOf(type, report, `type is ${kindOf(type)}; ${shape}`)
  if (items.length === 0) report.warn(type, 'type is empty: this entry applies to nothing')
  return items.map(item => {
    if (item.kind !== 'str' || !TYPES.includes(item.value)) {
      report.fail(item, `type ${describe(item)} is not one the agent sets permissions on; ${shape}`)
    }
    return item.value
  })
}

/** The agent looks owner and group up by name at Install (Etc.getpwnam, Etc.getgrnam). */
function checkName(value: RubyValue | undefined, key: 'owner' | 'group', report: Report): void {
  const name = given(value)
  if (!name) return
  const what = key === 'owner' ? 'user' : 'group'
  if (name.kind !== 'str') {
    report.fail(
      name,
      `${key} is ${kindOf(name)}; the agent looks the ${what} up by name at Install and fails ` +
        `on anything else: give the ${what}'s name, not its ID`
    )
  }
  if (name.value === '') {
    report.fail(
      name,
      `${key} is empty; the agent fails at Install looking up a ${what} with no name`
    )
  }
}

/**
 * The agent refuses to set permissions twice on one file or directory; two entries for the same
 * object, type and pattern, without except, both match whatever the deployment copies under it.
 */
function warnIfTwice(
  target: Target,
  targets: Map<string, Target[]>,
  at: RubyValue,
  report: Report
): void {
  const object = normalObject(target.object)
  const same = targets.get(object) ?? []
  const earlier = same.find(
    t =>
      t.pattern === target.pattern &&
      !t.except &&
      !target.except &&
      t.types.some(type => target.types.includes(type))
  )
  same.push(target)
  targets.set(object, same)
  if (!earlier) return
  report.warn(
    at,
    `object ${shown(target.object)} already has permissions on line ${earlier.line}: the agent ` +
      'refuses to set permissions twice on the same file or directory, so the deployment fails ' +
      'at Install once both match a file or directory it copies there; merge the two entries'
  )
}

/** The path as File.expand_path leaves it, for comparison: no `.`, `..` or trailing `/`. */
function normalObject(path: string): string {
  return posix.normalize(path).replace(/(.)\/+$/, '$1')
}
