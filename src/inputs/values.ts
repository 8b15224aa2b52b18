import * as core from '@actions/core'
import { InputError } from '../common/errors.js'
import { holdsHidden, shown } from '../common/untrusted.js'
import { DEFAULTS, type InputName } from './defaults.js'

/** An input's value in a message: in quotes when plain, else as `shown` escapes it. */
export function quoted(value: string): string {
  return holdsHidden(value) ? shown(value) : `'${value}'`
}

export function bad(input: string, value: string, expected: string): InputError {
  return new InputError(`Input '${input}' is ${quoted(value)}: expected ${expected}.`)
}

/** The input's value, or its default from action.yml (the runner passes defaults; tests may not). */
export function input(name: InputName): string {
  return core.getInput(name) || (DEFAULTS as Partial<Record<InputName, string>>)[name] || ''
}

export function optional(name: InputName): string | undefined {
  return input(name) || undefined
}

export function required(name: InputName, what: string): string {
  const value = input(name)
  if (!value) throw new InputError(`Input '${name}' is required: set it to ${what}.`)
  return value
}

/** `why` explains the bound to the reader when it is not obvious. */
export function parseWholeNumber(
  name: string,
  value: string,
  min: number,
  max: number,
  why?: string
): number {
  const expected = `a whole number from ${min} to ${max}${why ? ` (${why})` : ''}`
  if (!/^\d+$/.test(value)) throw bad(name, value, expected)
  const n = Number(value)
  if (n < min || n > max) throw bad(name, value, expected)
  return n
}

export function parseBoolean(name: string, value: string): boolean {
  // The same spellings as the YAML 1.2 core schema, which is what core.getBooleanInput accepts.
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw bad(name, value, 'true or false')
}

export function parseEnum<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const match = allowed.find(a => a.toLowerCase() === value.toLowerCase())
  if (!match) throw bad(name, value, `one of ${allowed.join(', ')}`)
  return match
}

/** A boolean input, or its default. */
export function flag(name: InputName): boolean {
  return parseBoolean(name, input(name))
}
