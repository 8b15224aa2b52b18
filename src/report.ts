import * as core from '@actions/core'
import type { DeploymentInfo, DeploymentOverview } from '@aws-sdk/client-codedeploy'
import { html, htmlBlock } from './untrusted.js'
import type { TargetFailure } from './wait.js'

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

export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000))
  const m = Math.floor(s / 60)
  return `${m}:${String(s % 60).padStart(2, '0')}`
}

export function consoleHost(region: string): string {
  if (region.startsWith('cn-')) return `${region}.console.amazonaws.cn`
  if (region.startsWith('us-gov-')) return `${region}.console.amazonaws-us-gov.com`
  return `${region}.console.aws.amazon.com`
}

export function deploymentUrl(region: string, deploymentId: string): string {
  return `https://${consoleHost(region)}/codesuite/codedeploy/deployments/${encodeURIComponent(deploymentId)}?region=${region}`
}

export interface Outcome {
  application: string
  deploymentGroup: string
  region: string
  targetAccountId: string
  revisionLocation?: string
  revisionEtag?: string
  revisionSha256?: string
  bundleSize?: number
  uploaded?: boolean
  deploymentId?: string
  status?: string
  info?: DeploymentInfo
  failures: TargetFailure[]
  durationMs?: number
}

/** Outputs are set as soon as they are known, so a later failure still leaves them for gating. */
export function setOutputs(o: Outcome): void {
  const counts = o.info?.deploymentOverview
  const outputs: [string, string | undefined][] = [
    ['target-account-id', o.targetAccountId],
    ['revision-location', o.revisionLocation],
    ['revision-etag', o.revisionEtag],
    ['revision-sha256', o.revisionSha256],
    ['deployment-id', o.deploymentId],
    ['deployment-url', o.deploymentId && deploymentUrl(o.region, o.deploymentId)],
    ['deployment-status', o.status],
    ['instances-succeeded', counts && String(counts.Succeeded ?? 0)],
    ['instances-failed', counts && String(counts.Failed ?? 0)]
  ]
  for (const [name, value] of outputs) {
    if (value !== undefined && value !== '') core.setOutput(name, value)
  }
}

/**
 * error-code and error-message let a later job branch on why a deploy failed: CodeDeploy's own
 * code when the deployment failed, else the kind of error the action met.
 */
export function setErrorOutputs(o: Outcome | undefined, err: unknown): void {
  const info = o?.info?.errorInformation
  const code = info?.code ?? (err instanceof Error ? err.name : 'Error')
  const message = info?.message ?? (err instanceof Error ? err.message : String(err))
  core.setOutput('error-code', code)
  core.setOutput('error-message', message)
}

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

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  const units = ['KiB', 'MiB', 'GiB']
  let v = n / 1024
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return `${v.toFixed(1)} ${units[i]}`
}

const STATUS_ICON: Record<string, string> = {
  Succeeded: '✅',
  Failed: '❌',
  Stopped: '⏹️'
}

/** A summary table cell: text (escaped when written) or markup built from escaped parts. */
type Cell = string | { markup: string }

const code = (text: string) => ({ markup: `<code>${html(text)}</code>` })

export async function writeSummary(o: Outcome): Promise<void> {
  const status = o.status ?? 'Not started'
  const rows: [string, Cell][] = [
    ['Application', o.application],
    ['Deployment group', o.deploymentGroup],
    ['Target account', o.targetAccountId],
    ['Region', o.region]
  ]
  if (o.revisionLocation) {
    const note = o.uploaded === false ? ' (already in S3, not uploaded again)' : ''
    rows.push(['Revision', { markup: `${code(o.revisionLocation).markup}${note}` }])
  }
  if (o.revisionSha256) rows.push(['SHA-256', code(o.revisionSha256)])
  if (o.bundleSize !== undefined) rows.push(['Bundle size', formatBytes(o.bundleSize)])
  if (o.deploymentId) {
    const url = deploymentUrl(o.region, o.deploymentId)
    rows.push(['Deployment', { markup: `<a href="${html(url)}">${html(o.deploymentId)}</a>` }])
  }
  rows.push(['Status', `${STATUS_ICON[status] ?? '⏳'} ${status}`])
  if (o.durationMs !== undefined) rows.push(['Duration', formatElapsed(o.durationMs)])
  const counts = describeOverview(o.info?.deploymentOverview)
  if (counts) rows.push(['Targets', counts])
  if (o.info?.errorInformation?.message) {
    const { code: errorCode, message = '' } = o.info.errorInformation
    rows.push(['Error', errorCode ? `${errorCode}: ${message}` : message])
  }

  const summary = core.summary
    .addHeading(html(`CodeDeploy: ${o.application} / ${o.deploymentGroup}`), 2)
    .addTable([
      [
        { data: 'Field', header: true },
        { data: 'Value', header: true }
      ],
      ...rows.map(([k, v]) => [html(k), typeof v === 'string' ? html(v) : v.markup])
    ])
  for (const f of o.failures) {
    summary.addHeading(html(`${f.targetId}: ${f.lifecycleEvent || 'failed'}`), 3)
    summary.addRaw(`<p>${html(failureMessage(f).split('\n')[0])}</p>`, true)
    if (f.logTail.trim()) summary.addCodeBlock(htmlBlock(f.logTail.trimEnd()))
  }
  await summary.write()
}
