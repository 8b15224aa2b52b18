import * as core from '@actions/core'
import { describeOverview, deploymentUrl } from '../codedeploy/status.js'
import { formatBytes, formatElapsed } from '../common/format.js'
import type { Outcome } from '../common/outcome.js'
import { html, htmlBlock } from '../common/untrusted.js'
import { failureMessage } from './annotations.js'

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
