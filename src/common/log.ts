import * as core from '@actions/core'
import { neutralizeCommands } from './untrusted.js'

/** Writes a log line that can hold untrusted text: the runner reads none of it as a command. */
export function logInfo(text: string): void {
  core.info(neutralizeCommands(text))
}
