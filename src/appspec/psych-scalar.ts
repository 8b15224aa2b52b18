import { stringToI, type RubyScalar } from './ruby.js'

/**
 * What Ruby's YAML loader (Psych 4 and 5, as on agents running Ruby 3.1 and later) makes of an
 * unquoted scalar: its ScalarScanner follows YAML 1.1, so `0755` is the octal number 493, `yes` is
 * true, `1:30` is a number of base 60, and `2024-01-01` a Date. The agent loads AppSpecs with
 * `YAML.load`, which allows no Date or Time: such a value fails the whole file.
 */
export type Reading =
  | RubyScalar
  /** Psych fails the whole file on it; `reason` says why, in a message. */
  | { kind: 'refused'; reason: string }

/** Text Psych keeps as text at once: it starts like a word, not like a number or a date. */
const WORDLIKE = /^[^\d.:-]?[\p{L}_ \t\n\v\f\r!@#$%^&*(){}<>|/\\~;=]+/u
const TIME =
  /^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$/
const DATE = /^\d{4}-(?:1[012]|0\d|\d)-(?:[12]\d|3[01]|0\d|\d)$/
const SEXAGESIMAL_INT = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}$/
const SEXAGESIMAL_FLOAT = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}\.[0-9_]*$/
const FLOAT = /^[-+]?([0-9][0-9_,]*)?\.[0-9]*([eE][-+][0-9]+)?$/
const INTEGER =
  /^(?:[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-F_,]+)$/

/** Psych's reading of an unquoted scalar's text. */
export function readPlain(text: string): Reading {
  if (text === '') return { kind: 'nil' }
  if (WORDLIKE.test(text) || text.includes('\n')) return wordlike(text)
  if (TIME.test(text)) return disallowed('a time', 'Time')
  if (DATE.test(text)) return disallowed('a date', 'Date')
  if (/^\+?\.inf$/i.test(text)) return { kind: 'float', value: Infinity }
  if (/^-\.inf$/i.test(text)) return { kind: 'float', value: -Infinity }
  if (/^\.nan$/i.test(text)) return { kind: 'float', value: NaN }
  if (/^:./.test(text)) return { kind: 'sym', value: symbolName(text) }
  if (SEXAGESIMAL_INT.test(text)) return { kind: 'int', value: sexagesimalInt(text) }
  if (SEXAGESIMAL_FLOAT.test(text)) return { kind: 'float', value: sexagesimalFloat(text) }
  if (FLOAT.test(text)) {
    if (/^[-+]?\.$/.test(text)) return { kind: 'str', value: text }
    return { kind: 'float', value: Number(text.replace(/[,_]|\.([Ee]|$)/g, '$1')) }
  }
  if (INTEGER.test(text)) return integer(text)
  return { kind: 'str', value: text }
}

/** Only short words can be null or a boolean; `y` and `n` stay text, unlike in other YAML 1.1. */
function wordlike(text: string): Reading {
  if (text.length > 5 || /^[^ytonf~]/i.test(text)) return { kind: 'str', value: text }
  if (text === '~' || /^null$/i.test(text)) return { kind: 'nil' }
  if (/^(yes|true|on)$/i.test(text)) return { kind: 'bool', value: true }
  if (/^(no|false|off)$/i.test(text)) return { kind: 'bool', value: false }
  return { kind: 'str', value: text }
}

function symbolName(text: string): string {
  const quoted = /^:(["'])(.*)\1/.exec(text)
  return quoted ? quoted[2].replace(/^:/, '') : text.slice(1)
}

/**
 * Psych's base 60: each part times 60 to the power of its distance from the third part, so
 * `1:30` is 1 × 3600 + 30 × 60 (hours and minutes), not 90.
 */
function sexagesimalInt(text: string): bigint {
  return text
    .split(':')
    .reduce((sum, part, index) => sum + stringToI(part) * 60n ** BigInt(Math.abs(index - 2)), 0n)
}

function sexagesimalFloat(text: string): number {
  return text
    .split(':')
    .reduce(
      (sum, part, index) => sum + parseFloat(part.replace(/_/g, '')) * 60 ** Math.abs(index - 2),
      0
    )
}

/** Ruby's `Integer()` of the text without its commas and underscores: 0b, 0x, and 0 for octal. */
function integer(text: string): Reading {
  const bare = text.replace(/[,_]/g, '')
  const negative = bare.startsWith('-')
  const digits = bare.replace(/^[-+]/, '')
  const literal = /^0[0-7]+$/.test(digits) ? `0o${digits.slice(1)}` : digits
  try {
    const value = BigInt(literal)
    return { kind: 'int', value: negative ? -value : value }
  } catch {
    // `0x` or `0b` with nothing after the commas and underscores: Ruby's Integer() fails too.
    return { kind: 'refused', reason: `Ruby's Integer() cannot read it (invalid value)` }
  }
}

function disallowed(what: string, className: string): Reading {
  return {
    kind: 'refused',
    reason: `YAML reads it as ${what}, a class the agent's YAML loader does not allow (Tried to load unspecified class: ${className})`
  }
}
