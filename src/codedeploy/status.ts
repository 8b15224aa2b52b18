import type { DeploymentOverview, DeploymentStatus } from '@aws-sdk/client-codedeploy'

export function describeOverview(o: DeploymentOverview | undefined): string {
  if (!o) return ''
  const parts = [
    `${o.Succeeded ?? 0} succeeded`,
    `${o.InProgress ?? 0} in progress`,
    `${o.Pending ?? 0} pending`,
    `${o.Failed ?? 0} failed`,
    `${o.Skipped ?? 0} skipped`
  ]
  if (o.Ready) parts.push(`${o.Ready} ready`)
  return parts.join(', ')
}

/**
 * The counts with each one's share of the fleet, for progress lines:
 * "150 succeeded (50%), 100 in progress (33%), 50 pending (17%), 0 failed, 0 skipped".
 */
export function describeProgress(o: DeploymentOverview | undefined): string {
  if (!o) return ''
  const counts: [number | undefined, string][] = [
    [o.Succeeded, 'succeeded'],
    [o.InProgress, 'in progress'],
    [o.Pending, 'pending'],
    [o.Failed, 'failed'],
    [o.Skipped, 'skipped']
  ]
  if (o.Ready) counts.push([o.Ready, 'ready'])
  const total = counts.reduce((n, [c]) => n + (c ?? 0), 0)
  return counts
    .map(([c = 0, what]) =>
      c && total ? `${c} ${what} (${Math.round((100 * c) / total)}%)` : `${c} ${what}`
    )
    .join(', ')
}

export function consoleHost(region: string): string {
  if (region.startsWith('cn-')) return `${region}.console.amazonaws.cn`
  if (region.startsWith('us-gov-')) return `${region}.console.amazonaws-us-gov.com`
  return `${region}.console.aws.amazon.com`
}

export function deploymentUrl(region: string, deploymentId: string): string {
  return `https://${consoleHost(region)}/codesuite/codedeploy/deployments/${encodeURIComponent(deploymentId)}?region=${region}`
}

export const TERMINAL_STATUSES = new Set(['Succeeded', 'Failed', 'Stopped'])

/** Statuses of a deployment that has not ended. */
export const ACTIVE_STATUSES: DeploymentStatus[] = [
  'Created',
  'Queued',
  'InProgress',
  'Baking',
  'Ready'
]
