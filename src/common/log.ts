import * as core from '@actions/core'
import { neutralizeCommands } from './untrusted.js'

/**
 * Where a module writes what it does. Passed in, like the clients and clocks, so a test reads
 * what was written instead of the step's output.
 */
export interface Log {
  /** A log line that can hold untrusted text. */
  info(line: string): void
  /** An annotation: shown on the run's summary page as well as in the log. */
  notice(message: string): void
  warning(message: string): void
}

/**
 * The step's own log. A line can hold untrusted text, so the runner must read none of it as a
 * command; @actions/core escapes the data of the annotations itself.
 */
export const stepLog: Log = {
  info: line => core.info(neutralizeCommands(line)),
  notice: message => core.notice(message),
  warning: message => core.warning(message)
}
