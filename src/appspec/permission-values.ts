import { shown } from '../common/untrusted.js'
import type { Report } from './report.js'
import { given, kindOf, lookup, toS, type RubyValue } from './ruby.js'
import { warnUnknownKeys } from './sections.js'

/*
 * The values of a permissions entry, read as the agent reads them (application_specification/
 * mode_info.rb, ace_info.rb, acl_info.rb, context_info.rb, range_info.rb): each file there raises
 * on a value it cannot use, and so does each check here.
 */

const CONTEXT_KEYS = ['name', 'type', 'range']

/**
 * `mode.to_s`, padded with zeros to three characters, must be at most four octal digits. YAML
 * reads an unquoted `0644` as the octal number 420, so the agent sets mode 420, or refuses it
 * when the digits it gets are not octal (`0755` is 493).
 */
export function checkMode(mode: RubyValue, report: Report): void {
  const text = toS(mode)?.padStart(3, '0')
  if (text === undefined) {
    return report.fail(
      mode,
      `mode is ${kindOf(mode)}; the agent expects one to four octal digits, such as "0644" or 755`
    )
  }
  const asNumber = mode.kind === 'int' && !/^[-+]?(0|[1-9]\d*)$/.test(mode.written)
  const read = asNumber ? `${yamlNumber(mode.written, text)}, and ` : ''
  const quote = asNumber ? `; quote it: mode: "${shown(mode.written)}"` : ''
  const bad = [...text].find(c => c < '0' || c > '7')
  if (text.length > 4 || bad !== undefined) {
    const why =
      text.length > 4
        ? `is ${text.length} characters long`
        : `holds ${shown(bad ?? '')}, not an octal digit`
    report.fail(
      mode,
      `${read}mode ${shown(text)} ${why}; the agent expects one to four octal digits, such as "0644" or 755${quote}`
    )
  }
  if (asNumber) report.warn(mode, `${read}the agent sets mode ${text}${quote}`)
  else if (mode.kind === 'str' && mode.value === '') {
    report.warn(mode, 'mode is empty: the agent reads it as 000 and takes every permission away')
  }
}

/** How YAML turned a number written in another base (0755, 0x1ed) into a decimal one. */
function yamlNumber(written: string, decimal: string): string {
  const octal = /^[-+]?0[0-7_,]+$/.test(written) ? ' (a leading 0 makes it octal)' : ''
  return `YAML reads ${shown(written)} as the number ${decimal.replace(/^0+(?=.)/, '')}${octal}`
}

/**
 * `acls` is a list of entries `[d[efault]:][u[ser]|g[roup]|m[ask]|o[ther]]:[name]:perms`, perms
 * being one octal digit or r, w, x and -. Returns whether an entry is a default one (`d:`).
 */
export function checkAcls(acls: RubyValue, report: Report): boolean {
  if (acls.kind === 'map' && acls.entries.length === 0) return false
  if (acls.kind !== 'seq') {
    return report.fail(
      acls,
      `acls is ${kindOf(acls)}; the agent expects a list of entries, such as - u:bob:rw`
    )
  }
  let hasDefault = false
  for (const entry of acls.items) {
    if (entry.kind !== 'str') {
      report.fail(entry, `acls entry is ${kindOf(entry)}; the agent expects text, such as u:bob:rw`)
    }
    hasDefault = checkAce(entry.value, entry, report) || hasDefault
  }
  return hasDefault
}

/** One acls entry, as ace_info.rb reads it; returns whether it is a default entry. */
function checkAce(ace: string, at: RubyValue, report: Report): boolean {
  const invalid = (why: string): never =>
    report.fail(
      at,
      `acls entry ${shown(ace)} ${why}; the agent expects [d:][u|g|m|o]:[name]:perms, such as u:bob:rw or d:g:dev:5`
    )
  const parts = ace.split(':').reverse()
  if (parts.length < 2 || parts.length > 4) invalid(`has ${parts.length} parts`)
  let isDefault = false
  if (parts.length === 4) {
    if (!isDefaultWord(parts[3])) invalid(`starts with ${shown(parts[3])}, not d or default`)
    isDefault = true
  }
  let type: string | undefined
  if (parts.length >= 3) {
    if (isDefaultWord(parts[2])) {
      if (isDefault) invalid('says default twice')
      isDefault = true
    } else {
      type = ACE_TYPES.get(parts[2])
      if (!type) invalid(`has the type ${shown(parts[2])}`)
    }
  }
  let name = parts[1]
  const special = ACE_TYPES.get(parts[1])
  if (special === 'mask' || special === 'other') {
    if (type === undefined) [type, name] = [special, '']
    else name = special
  } else type ??= 'user'
  if ((type === 'mask' || type === 'other') && name !== '') invalid(`gives a name to ${type}`)
  if (!isDefault && type !== 'mask' && name === '') {
    invalid('has no name: the base entries come from mode (use mode to set them)')
  }
  const perms = parts[0]
  if (!/^[0-7]$/.test(perms)) {
    const bad = [...perms].find(c => !'rwx-'.includes(c))
    if (bad !== undefined) invalid(`has the permission character ${shown(bad)}`)
  }
  return isDefault
}

const ACE_TYPES = new Map([
  ['u', 'user'],
  ['user', 'user'],
  ['g', 'group'],
  ['group', 'group'],
  ['m', 'mask'],
  ['mask', 'mask'],
  ['o', 'other'],
  ['other', 'other']
])

function isDefaultWord(part: string): boolean {
  return part === 'd' || part === 'default'
}

/**
 * An SELinux `context`: a mapping with `type`, and `range` in the form s0[-s3][:c0[.c7][,c9]].
 * `name` is the SELinux user. The agent writes the range of every context it applies into its
 * install instructions, and fails at Install when there is none.
 */
export function checkContext(context: RubyValue, report: Report): void {
  if (context.kind !== 'map') {
    report.fail(
      context,
      `context is ${kindOf(context)}; the agent expects a mapping with type and range`
    )
  }
  warnUnknownKeys(context, CONTEXT_KEYS, ' in context', report, {
    user: "the agent reads the SELinux user from name, not from user as AWS's AppSpec reference writes it: rename it to name"
  })
  if (!given(lookup(context, 'type')))
    report.fail(
      context,
      'context without type; the agent requires the SELinux type, such as type: httpd_sys_content_t'
    )
  const range = given(lookup(context, 'range'))
  if (!range) {
    report.fail(
      context,
      'context without range: the agent fails at Install when it applies a context without one; add range, such as range: s0'
    )
  }
  if (range.kind !== 'str') {
    report.fail(
      range,
      `context range is ${kindOf(range)}; the agent expects text such as s0 or s0-s3:c0.c7`
    )
  }
  const problem = rangeProblem(range.value)
  if (problem) {
    report.fail(
      range,
      `context range ${shown(range.value)} ${problem}; the agent expects s<level>[-s<level>][:c<n>[.c<n>],...], such as s0-s3:c0.c7,c9`
    )
  }
}

/** What range_info.rb refuses in a range, or undefined when it takes it. */
function rangeProblem(range: string): string | undefined {
  const parts = halves(range, ':')
  if (!parts) return `has an empty part around ":"`
  const levels = halves(parts[0], '-')
  if (!levels) return `has an empty part around "-"`
  const numbers = levels.map(level => numbered(level, 's'))
  if (numbers.some(n => n === undefined))
    return 'has a sensitivity that is not s followed by digits'
  if (numbers.length === 2 && (numbers[1] as number) < (numbers[0] as number)) {
    return 'has its high sensitivity below its low one'
  }
  return parts.length === 2 ? categoriesProblem(parts[1]) : undefined
}

function categoriesProblem(text: string): string | undefined {
  const categories: number[] = []
  // Ruby's split drops the empty strings at the end: "c1," is c1 alone.
  const items = text.split(',')
  while (items.length > 0 && items[items.length - 1] === '') items.pop()
  for (const item of items) {
    const ends = item.includes('.') ? halves(item, '.') : [item]
    if (!ends) return `has an empty part around "."`
    const [low, high] = ends.map(end => numbered(end, 'c'))
    if (low === undefined || (high === undefined && ends.length === 2)) {
      return 'has a category that is not c followed by digits up to c1023'
    }
    if (high !== undefined && high < low) return `has the category range ${shown(item)} going down`
    for (let c = low; c <= (high ?? low); c++) categories.push(c)
  }
  return new Set(categories).size === categories.length ? undefined : 'names a category twice'
}

/** The text split at the first `separator` (or whole when it has none); undefined for an empty part. */
function halves(text: string, separator: string): string[] | undefined {
  const at = text.indexOf(separator)
  const parts = at < 0 ? [text] : [text.slice(0, at), text.slice(at + 1)]
  return parts.every(part => part !== '') ? parts : undefined
}

/** The number after `letter` (s3, c7); undefined when it is not the letter then digits only. */
function numbered(text: string, letter: 's' | 'c'): number | undefined {
  if (text.length < 2 || !text.startsWith(letter)) return undefined
  // Ruby's sub replaces the first occurrence, which is the leading letter.
  const digits = text.slice(1)
  if (!/^[0-9]+$/.test(digits)) return undefined
  const value = Number(digits)
  return letter === 'c' && value > 1023 ? undefined : value
}
