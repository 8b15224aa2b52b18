import type { TargetReport } from '../common/outcome.js'

/** How one lifecycle event went across the fleet. */
export interface EventStats {
  name: string
  passed: number
  failed: number
  skipped: number
  /** Targets where the event was pending, in progress or unknown when the deployment ended. */
  other: number
  /** Durations in milliseconds, over the targets where the event started and ended. */
  min?: number
  median?: number
  max?: number
}

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2)
}

/** Each lifecycle event in the order the targets ran them, with its counts and durations. */
export function eventStats(targets: readonly TargetReport[]): EventStats[] {
  const stats = new Map<string, EventStats & { durations: number[] }>()
  for (const t of targets) {
    for (const e of t.events) {
      let s = stats.get(e.name)
      if (!s) {
        s = { name: e.name, passed: 0, failed: 0, skipped: 0, other: 0, durations: [] }
        stats.set(e.name, s)
      }
      if (e.status === 'Succeeded') s.passed++
      else if (e.status === 'Failed') s.failed++
      else if (e.status === 'Skipped') s.skipped++
      else s.other++
      if (e.start !== undefined && e.end !== undefined) s.durations.push(e.end - e.start)
    }
  }
  return [...stats.values()].map(({ durations, ...s }) => {
    if (!durations.length) return s
    durations.sort((a, b) => a - b)
    return { ...s, min: durations[0], median: median(durations), max: durations.at(-1) }
  })
}

/** A target's duration: from its first event's start to its last event's end. */
export function targetSpan(t: TargetReport): { start: number; end: number } | undefined {
  const starts = t.events.flatMap(e => e.start ?? [])
  const ends = t.events.flatMap(e => e.end ?? [])
  if (!starts.length || !ends.length) return undefined
  return { start: Math.min(...starts), end: Math.max(...ends) }
}
