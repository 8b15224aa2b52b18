import * as core from '@actions/core'

/**
 * When a job is cancelled the runner sends SIGINT, then SIGTERM a few seconds later, then kills
 * the process. The handler gets one chance to act; later signals are ignored while it runs, and
 * the process exits when it is done.
 */
export function onCancel(handler: (signal: NodeJS.Signals) => Promise<void>): () => void {
  let handling = false
  const listener = (signal: NodeJS.Signals) => {
    if (handling) return
    handling = true
    handler(signal)
      .catch(err => core.error(err instanceof Error ? err.message : String(err)))
      .finally(() => process.exit(1))
  }
  process.on('SIGINT', listener)
  process.on('SIGTERM', listener)
  return () => {
    process.off('SIGINT', listener)
    process.off('SIGTERM', listener)
  }
}
