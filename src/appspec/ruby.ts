import type { Node } from 'yaml'
import { shown } from '../common/untrusted.js'

/**
 * An AppSpec value as the CodeDeploy agent holds it after Ruby's YAML loader (Psych) has read it:
 * the agent's checks are Ruby method calls on these values (`to_s`, `to_i`, `each`, `[]`), so ours
 * ask the same questions of the same values. `node` is where it was written, for the line number;
 * `written` is its text as written, for messages.
 */
export type RubyValue = Located &
  (RubyScalar | { kind: 'seq'; items: RubyValue[] } | { kind: 'map'; entries: RubyEntry[] })

/** A scalar as Psych reads it: nil, a boolean, an Integer, a Float, a String or a Symbol. */
export type RubyScalar =
  | { kind: 'nil' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'str'; value: string }
  | { kind: 'sym'; value: string }

interface Located {
  node: Node | undefined
  written: string
}

export interface RubyEntry {
  key: RubyValue
  value: RubyValue
}

export type RubyMap = Extract<RubyValue, { kind: 'map' }>

/**
 * What makes a Hash key equal to another, as Ruby's `eql?` does for the kinds YAML gives;
 * undefined for a list or a mapping, which never meet an equal key in an AppSpec.
 */
export function keyId(value: RubyValue): string | undefined {
  if (value.kind === 'seq' || value.kind === 'map') return undefined
  return value.kind === 'nil' ? 'nil' : `${value.kind}:${String(value.value)}`
}

/** `hash['key']`: the value under a text key, undefined when there is none. */
export function lookup(map: RubyMap, key: string): RubyValue | undefined {
  return map.entries.find(e => e.key.kind === 'str' && e.key.value === key)?.value
}

/** The value itself when given, else undefined: Ruby reads a missing key and `nil` alike. */
export function given(value: RubyValue | undefined): RubyValue | undefined {
  return value === undefined || value.kind === 'nil' ? undefined : value
}

/** Ruby's truthiness: everything but `nil` and `false`. */
export function truthy(value: RubyValue | undefined): value is RubyValue {
  return given(value) !== undefined && !(value?.kind === 'bool' && !value.value)
}

/** `value.to_s` for a scalar; undefined for a list or a mapping. */
export function toS(value: RubyValue): string | undefined {
  switch (value.kind) {
    case 'nil':
      return ''
    case 'bool':
    case 'int':
      return String(value.value)
    case 'float':
      return floatText(value.value)
    case 'str':
    case 'sym':
      return value.value
    default:
      return undefined
  }
}

/** `value.to_i`; undefined where Ruby raises (true, symbols, lists, mappings, NaN, infinities). */
export function toI(value: RubyValue): bigint | undefined {
  switch (value.kind) {
    case 'nil':
      return 0n
    case 'int':
      return value.value
    case 'float':
      return Number.isFinite(value.value) ? BigInt(Math.trunc(value.value)) : undefined
    case 'str':
      return stringToI(value.value)
    default:
      return undefined
  }
}

/**
 * Ruby's `String#to_i`: white space, a sign, then the longest run of digits (single underscores
 * may join them); whatever follows is dropped, and no digits at all give 0.
 */
export function stringToI(text: string): bigint {
  const match = /^[ \t\n\v\f\r]*([-+]?)(\d+(?:_\d+)*)/.exec(text)
  if (!match) return 0n
  const digits = BigInt(match[2].replace(/_/g, ''))
  return match[1] === '-' ? -digits : digits
}

/**
 * Ruby's `Float#to_s`: the shortest digits that read back as the number, as a fixed-point number
 * with at least one decimal ("3.0") while the decimal point falls within 16 digits of the first,
 * else in exponent form ("1.0e+16", "1.0e-05").
 */
function floatText(value: number): string {
  if (Number.isNaN(value)) return 'NaN'
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity'
  const sign = value < 0 || Object.is(value, -0) ? '-' : ''
  const [mantissa, exponent] = Math.abs(value).toExponential().split('e')
  const digits = mantissa.replace('.', '')
  const point = Number(exponent) + 1
  if (value === 0 || (point > -4 && point <= 16)) {
    if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`
    const whole = digits.slice(0, point).padEnd(point, '0')
    return `${sign}${whole}.${digits.slice(point) || '0'}`
  }
  const power = point - 1
  const decimals = digits.slice(1) || '0'
  const magnitude = String(Math.abs(power)).padStart(2, '0')
  return `${sign}${digits[0]}.${decimals}e${power < 0 ? '-' : '+'}${magnitude}`
}

/** How a message names what a value is, when its kind is the problem. */
export function kindOf(value: RubyValue): string {
  const written = shown(value.written)
  const kinds: Record<RubyValue['kind'], string> = {
    nil: 'empty',
    bool: `the boolean ${written}`,
    int: `the number ${written}`,
    float: `the number ${written}`,
    str: 'text',
    sym: `the symbol ${written}`,
    seq: 'a list',
    map: 'a mapping'
  }
  return kinds[value.kind]
}
