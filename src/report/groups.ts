import type { TargetFailure } from '../common/outcome.js'

/** Targets that failed for one cause. */
export interface FailureGroup {
  count: number
  lifecycleEvent: string
  errorCode: string
  scriptName: string
  /** The message and log tail of the group's first target. */
  message: string
  logTail: string
  /** The first few target IDs, in the order CodeDeploy listed them. */
  examples: string[]
}

const EXAMPLES = 5

/**
 * What stays of a message once the parts that differ from one instance to the next are gone:
 * instance and other resource IDs, IPv4 and IPv6 addresses, numbers (ports, PIDs, durations).
 * Exit codes are numbers too, so two targets whose script exited 1 and 3 share a group; the
 * group shows its first target's message, and the diagnostics file has each one.
 */
export function causeOf(message: string): string {
  return message
    .replace(/\b(?:i|mi|ip|eni)-[0-9a-f]{8,17}\b/gi, '<id>')
    .replace(/\b(?:\d{1,3}\.){3}\d{1,3}\b/g, '<ip>')
    .replace(/\b[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}\b/gi, '<ip>')
    .replace(/\d+/g, '#')
}

/**
 * Failed targets grouped by cause: the same lifecycle event, error code, script and message
 * (see `causeOf`). Largest group first; equal groups in the order their first target came.
 */
export function groupFailures(failures: readonly TargetFailure[]): FailureGroup[] {
  const groups = new Map<string, FailureGroup>()
  for (const f of failures) {
    const key = JSON.stringify([f.lifecycleEvent, f.errorCode, f.scriptName, causeOf(f.message)])
    const group = groups.get(key)
    if (group) {
      group.count++
      if (group.examples.length < EXAMPLES) group.examples.push(f.targetId)
    } else {
      groups.set(key, {
        count: 1,
        lifecycleEvent: f.lifecycleEvent,
        errorCode: f.errorCode,
        scriptName: f.scriptName,
        message: f.message,
        logTail: f.logTail,
        examples: [f.targetId]
      })
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count)
}

/** The last lines of a log tail, at most `maxChars` of them; a cut says so. */
export function boundedTail(logTail: string, maxLines = 20, maxChars = 2000): string {
  const lines = logTail.trimEnd().split(/\r\n|\r|\n/)
  let kept = lines.slice(-maxLines).join('\n')
  if (kept.length > maxChars) kept = kept.slice(-maxChars)
  return kept.length < logTail.trimEnd().length ? `[…]\n${kept}` : kept
}
