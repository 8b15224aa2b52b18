import * as core from '@actions/core'
import type { TargetFailure } from '../common/outcome.js'

export function failureTitle(deploymentId: string, f: TargetFailure): string {
  const event = f.lifecycleEvent ? ` during ${f.lifecycleEvent}` : ''
  return `Deployment ${deploymentId} failed on ${f.targetId}${event}`
}

export function failureMessage(f: TargetFailure): string {
  const what = [f.scriptName && `Script ${f.scriptName} failed`, f.errorCode && `(${f.errorCode})`]
    .filter(Boolean)
    .join(' ')
  const head = what && f.message ? `${what}: ${f.message}` : what || f.message
  const tail = f.logTail.trim() ? `\nLog tail:\n${f.logTail.trimEnd()}` : ''
  return `${head || 'The lifecycle event failed'}${tail}`
}

export function annotateFailures(deploymentId: string, failures: TargetFailure[]): void {
  for (const f of failures) {
    core.error(failureMessage(f), { title: failureTitle(deploymentId, f) })
  }
}
