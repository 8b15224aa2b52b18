import type { DeploymentOverview } from '@aws-sdk/client-codedeploy'
import type { Outcome } from '../common/outcome.js'
import type { FailureGroup } from './groups.js'

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`
}

function fleetSize(o: DeploymentOverview | undefined, fallback: number): number {
  if (!o) return fallback
  const counted =
    (o.Succeeded ?? 0) + (o.Failed ?? 0) + (o.Skipped ?? 0) + (o.InProgress ?? 0) + (o.Pending ?? 0)
  return counted + (o.Ready ?? 0) || fallback
}

/** The script and how it ended, from CodeDeploy's message: "scripts/validate.sh exited 3". */
export function causeOfGroup(g: FailureGroup): string {
  const exit = /exit code (\d+)/i.exec(g.message)
  if (g.scriptName && exit) return `${g.scriptName} exited ${exit[1]}`
  if (g.scriptName) return `${g.scriptName}: ${g.errorCode || 'failed'}`
  const message = g.message.length > 120 ? `${g.message.slice(0, 119)}…` : g.message
  return [g.errorCode, message].filter(Boolean).join(': ')
}

function groupPhrase(g: FailureGroup): string {
  const cause = causeOfGroup(g)
  return `${g.lifecycleEvent || 'a lifecycle event'}${cause ? ` (${cause})` : ''}`
}

/**
 * The outcome and its cause in one sentence of plain text, for the first line of the summary:
 * "Failed: 150 of 300 instances failed ValidateService (scripts/validate.sh exited 3)".
 */
export function headline(o: Outcome, groups: readonly FailureGroup[]): string {
  const status = o.status ?? 'Not started'
  const overview = o.info?.deploymentOverview
  const total = fleetSize(overview, o.targets?.length ?? 0)
  const of = total ? ` of ${plural(total, 'instance')}` : ''
  if (status === 'Succeeded') {
    const succeeded = overview?.Succeeded ?? total
    return total ? `Succeeded: ${succeeded.toLocaleString('en-US')}${of} deployed.` : 'Succeeded.'
  }
  const failed = overview?.Failed ?? groups.reduce((n, g) => n + g.count, 0)
  const [first, ...rest] = groups
  if (first) {
    const also = rest.length
      ? `; ${rest.reduce((n, g) => n + g.count, 0).toLocaleString('en-US')} more failed for ${plural(rest.length, 'other cause')}`
      : ''
    return `${status}: ${first.count.toLocaleString('en-US')}${of} failed ${groupPhrase(first)}${also}.`
  }
  const error = o.info?.errorInformation
  const why = error?.message ? `: ${[error.code, error.message].filter(Boolean).join(': ')}` : ''
  const counts = failed ? ` (${plural(failed, 'instance')} failed${of})` : ''
  return `${status}${counts}${why}`.replace(/([^.])$/, '$1.')
}
