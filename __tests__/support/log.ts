/**
 * A Log (src/common/log.ts) that keeps what it is given, for the tests to read. Not a test file
 * (jest collects `*.test.ts`).
 */
import type { Log } from '../../src/common/log.js'

export interface RecordingLog extends Log {
  /** What `info` was given, in order. */
  readonly lines: string[]
  readonly notices: string[]
  readonly warnings: string[]
}

export function recordingLog(): RecordingLog {
  const lines: string[] = []
  const notices: string[] = []
  const warnings: string[] = []
  return {
    lines,
    notices,
    warnings,
    info: line => lines.push(line),
    notice: message => notices.push(message),
    warning: message => warnings.push(message)
  }
}
