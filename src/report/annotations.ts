import * as core from '@actions/core'
import type { TargetFailure } from '../common/outcome.js'
import { boundedTail, type FailureGroup } from './groups.js'

/** GitHub shows at most 10 error annotations of a step and drops the rest. */
export const MAX_ERROR_ANNOTATIONS = 10

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** What went wrong, in one line: the script, the error code and the message. */
export function failureMessage(
  f: Pick<TargetFailure, 'scriptName' | 'errorCode' | 'message'>
): string {
  const what = [f.scriptName && `Script ${f.scriptName} failed`, f.errorCode && `(${f.errorCode})`]
    .filter(Boolean)
    .join(' ')
  const head = what && f.message ? `${what}: ${f.message}` : what || f.message
  return head || 'The lifecycle event failed'
}

export function groupTitle(deploymentId: string, g: FailureGroup): string {
  const event = g.lifecycleEvent ? ` during ${g.lifecycleEvent}` : ''
  const on = g.count === 1 ? `on ${g.examples[0]}` : `on ${plural(g.count, 'instance')}`
  return `Deployment ${deploymentId} failed ${on}${event}`
}

export function groupMessage(g: FailureGroup): string {
  const more = g.count > g.examples.length ? ` and ${g.count - g.examples.length} more` : ''
  const where = g.count === 1 ? '' : `\nInstances: ${g.examples.join(', ')}${more}`
  const tail = g.logTail.trim() ? `\nLog tail (${g.examples[0]}):\n${boundedTail(g.logTail)}` : ''
  return `${failureMessage(g)}${where}${tail}`
}

/**
 * One error annotation per cause, at most MAX_ERROR_ANNOTATIONS in all: past that, the last one
 * says how many causes and instances are left out and where to find them.
 */
export function annotateGroups(deploymentId: string, groups: readonly FailureGroup[]): void {
  const fits = groups.length <= MAX_ERROR_ANNOTATIONS
  const shown = fits ? groups : groups.slice(0, MAX_ERROR_ANNOTATIONS - 1)
  for (const g of shown) core.error(groupMessage(g), { title: groupTitle(deploymentId, g) })
  if (fits) return
  const rest = groups.slice(shown.length)
  const instances = rest.reduce((n, g) => n + g.count, 0)
  core.error(
    `${plural(rest.length, 'more cause')} of failure on ${plural(instances, 'instance')} not shown here: see the job summary and the diagnostics-file output.`,
    { title: `Deployment ${deploymentId}: ${plural(rest.length, 'more cause')} of failure` }
  )
}
