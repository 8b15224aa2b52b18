import { oneLine, shown } from '../common/untrusted.js'
import type { Report } from './report.js'
import { truthy, type RubyMap, type RubyValue } from './ruby.js'

/**
 * The items of a section the agent walks with `each` (files, permissions, a hook's scripts):
 * nothing when it is absent, empty, `nil` or `false` (the agent's `|| []`); a list's items; no item
 * for an empty mapping (its `each` yields nothing). Anything else fails the agent's `each`, and is
 * refused with `refusal`.
 */
export function itemsOf(
  value: RubyValue | undefined,
  report: Report,
  refusal: string
): RubyValue[] {
  if (!truthy(value)) return []
  if (value.kind === 'seq') return value.items
  if (value.kind === 'map' && value.entries.length === 0) return []
  return report.fail(value, refusal)
}

/**
 * Warns of every key of `map` outside `known`: the agent reads the keys it knows, case and all,
 * and silently ignores the rest, so a misspelt key loses its setting without a word. `hints` says
 * what to do about particular keys.
 */
export function warnUnknownKeys(
  map: RubyMap,
  known: readonly string[],
  where: string,
  report: Report,
  hints: Record<string, string> = {}
): void {
  for (const { key } of map.entries) {
    if (key.kind === 'str' && known.includes(key.value)) continue
    const text = key.kind === 'str' ? key.value : undefined
    const guess = text === undefined ? undefined : closest(text, known)
    const instead =
      (text !== undefined && Object.hasOwn(hints, text) ? hints[text] : undefined) ??
      (guess ? `did you mean ${guess}?` : `expected one of ${known.join(', ')}`)
    report.warn(key, `unknown key ${shown(key.written)}${where}: the agent ignores it; ${instead}`)
  }
}

/**
 * The name among `names` that `name` most likely misspells: the same but for case, or at most
 * two letters added, dropped or changed.
 */
export function closest(name: string, names: readonly string[]): string | undefined {
  const lower = name.toLowerCase()
  const sameButCase = names.find(n => n.toLowerCase() === lower)
  if (sameButCase) return sameButCase
  let best: { name: string; distance: number } | undefined
  for (const candidate of names) {
    const distance = editDistance(lower, candidate.toLowerCase())
    if (distance <= 2 && (!best || distance < best.distance)) best = { name: candidate, distance }
  }
  return best?.name
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const change = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, change))
    }
    previous = current
  }
  return previous[b.length]
}

/** A value as a message shows it: 'missing', text in quotes, anything else as written. */
export function describe(value: RubyValue | undefined): string {
  if (value === undefined || value.kind === 'nil') return 'missing'
  if (value.kind === 'str') return oneLine(JSON.stringify(value.value))
  if (value.kind === 'seq') return 'a list'
  if (value.kind === 'map') return 'a mapping'
  return shown(value.written)
}

/** What the checks of files and hooks look paths up with, and how they report. */
export interface BundleCheck {
  /** An AppSpec path as a bundle path (`/`-separated, `''` for the root). */
  toBundlePath: (value: string) => string
  /** Whether a file or directory is in the bundle. */
  has: (bundlePath: string) => boolean
  report: Report
}
