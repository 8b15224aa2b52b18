import type { TargetReport } from '../common/outcome.js'

/** Past this many targets a timeline is too tall to take in: the per-event table says it all. */
export const TIMELINE_MAX_TARGETS = 20

/**
 * Mermaid reads `:`, `;`, `#` and line breaks as syntax, and the block is not HTML-escaped by
 * GitHub: only letters, digits and `._-/` of a name get through.
 */
function label(text: string): string {
  return text.replace(/[^A-Za-z0-9._/-]/g, '_').slice(0, 64) || '_'
}

/**
 * A Mermaid gantt chart of each target's lifecycle events, one row per target (GitHub renders
 * Mermaid in job summaries), a failed event marked critical so it stands out in red. Empty when there are too
 * many targets or no event has both times.
 */
export function timeline(targets: readonly TargetReport[]): string {
  if (!targets.length || targets.length > TIMELINE_MAX_TARGETS) return ''
  // Compact: each instance's events share one row, as they never overlap.
  const lines = [
    '---',
    'displayMode: compact',
    '---',
    'gantt',
    '  dateFormat x',
    '  axisFormat %H:%M:%S'
  ]
  let tasks = 0
  for (const t of targets) {
    lines.push(`  section ${label(t.targetId)}`)
    for (const e of t.events) {
      if (e.start === undefined || e.end === undefined) continue
      const tag = e.status === 'Failed' ? 'crit, ' : e.status === 'Succeeded' ? 'done, ' : ''
      // A zero-length bar does not show; a millisecond does.
      lines.push(`  ${label(e.name)} :${tag}${e.start}, ${Math.max(e.end, e.start + 1)}`)
      tasks++
    }
  }
  return tasks ? `\`\`\`mermaid\n${lines.join('\n')}\n\`\`\`` : ''
}
