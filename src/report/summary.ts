import * as core from '@actions/core'
import { describeOverview, deploymentUrl } from '../codedeploy/status.js'
import { formatBytes, formatElapsed } from '../common/format.js'
import type { Outcome } from '../common/outcome.js'
import { html } from '../common/untrusted.js'
import { groupFailures, type FailureGroup } from './groups.js'
import { headline } from './headline.js'
import { eventStats } from './fleet.js'
import { timeline } from './timeline.js'
import { failureGroupsTable, groupLogTails, instancesDetails } from './summary-sections.js'

/**
 * GitHub refuses a step summary over 1 MiB; far below that a summary is no longer read. Every
 * section after the first line is added only while the whole stays under this many bytes.
 */
export const SUMMARY_BUDGET = 60 * 1024

const STATUS_ICON: Record<string, string> = {
  Succeeded: '✅',
  Failed: '❌',
  Stopped: '⏹️'
}

type Row = [string, string]

const code = (text: string) => `<code>${html(text)}</code>`

function fieldRows(o: Outcome): Row[] {
  const rows: Row[] = [['Application', `${html(o.application)} / ${html(o.deploymentGroup)}`]]
  rows.push(['Account, region', `${html(o.targetAccountId)}, ${html(o.region)}`])
  if (o.revisionLocation) {
    const note = o.uploaded === false ? ' (already in S3, not uploaded again)' : ''
    rows.push(['Revision', `${code(o.revisionLocation)}${note}`])
  }
  if (o.revisionSha256) rows.push(['SHA-256', code(o.revisionSha256)])
  if (o.bundleSize !== undefined) rows.push(['Bundle size', formatBytes(o.bundleSize)])
  if (o.deploymentId) {
    const url = deploymentUrl(o.region, o.deploymentId)
    rows.push(['Deployment', `<a href="${html(url)}">${html(o.deploymentId)}</a>`])
  }
  const status = o.status ?? 'Not started'
  rows.push(['Status', `${STATUS_ICON[status] ?? '⏳'} ${html(status)}`])
  if (o.durationMs !== undefined) rows.push(['Duration', formatElapsed(o.durationMs)])
  const counts = describeOverview(o.info?.deploymentOverview)
  if (counts) rows.push(['Targets', html(counts)])
  if (o.info?.errorInformation?.message) {
    const { code: errorCode, message = '' } = o.info.errorInformation
    rows.push(['Error', html(errorCode ? `${errorCode}: ${message}` : message)])
  }
  return rows
}

function fieldTable(o: Outcome): string {
  const rows = fieldRows(o).map(([k, v]) => `<tr><td>${k}</td><td>${v}</td></tr>`)
  return `<table>${rows.join('')}</table>`
}

function duration(ms: number | undefined): string {
  return ms === undefined ? '' : formatElapsed(ms)
}

/** Each lifecycle event across the fleet: how many passed, failed, skipped, and how long it took. */
function eventTable(o: Outcome): string {
  const stats = eventStats(o.targets ?? [])
  if (!stats.length) return ''
  const head =
    '<tr><th>Lifecycle event</th><th>Passed</th><th>Failed</th><th>Skipped</th><th>Min</th><th>Median</th><th>Max</th></tr>'
  const rows = stats.map(s => {
    const n = (count: number) => count.toLocaleString('en-US')
    const failed = s.failed ? `<strong>${n(s.failed)}</strong>` : '0'
    const cells = [
      html(s.name),
      n(s.passed),
      failed,
      n(s.skipped),
      duration(s.min),
      duration(s.median),
      duration(s.max)
    ]
    return `<tr>${cells.map(c => `<td>${c}</td>`).join('')}</tr>`
  })
  return `<h3>Lifecycle events</h3>\n<table>${head}${rows.join('')}</table>`
}

function timelineSection(o: Outcome): string {
  const chart = timeline(o.targets ?? [])
  return chart && `<h3>Timeline</h3>\n\n${chart}\n`
}

/** The summary's sections, most important first; `writeSummary` keeps those that fit. */
export function summarySections(o: Outcome, groups: FailureGroup[]): string[] {
  const where = `${o.application} / ${o.deploymentGroup}`
  const intro = `<p>CodeDeploy ${html(where)}${o.deploymentId ? `, deployment ${html(o.deploymentId)}` : ''}.</p>`
  return [
    `<h2>${html(headline(o, groups))}</h2>\n${intro}`,
    failureGroupsTable(groups),
    eventTable(o),
    timelineSection(o),
    groupLogTails(groups),
    instancesDetails(o.targets ?? [], o.targetsLeftOut ?? 0),
    `<h3>Deployment</h3>\n${fieldTable(o)}`
  ].filter(Boolean)
}

/** The sections that fit in SUMMARY_BUDGET bytes; a note names any left out. */
export function buildSummary(o: Outcome): string {
  const groups = groupFailures(o.failures)
  const [first, ...rest] = summarySections(o, groups)
  const note = (n: number) =>
    `<p>${n} more section${n === 1 ? '' : 's'} left out to keep this summary short: see the diagnostics-file output.</p>`
  const kept = [first]
  let size = Buffer.byteLength(first) + Buffer.byteLength(note(rest.length))
  let left = 0
  for (const section of rest) {
    const bytes = Buffer.byteLength(section) + 1
    if (size + bytes > SUMMARY_BUDGET) left++
    else {
      kept.push(section)
      size += bytes
    }
  }
  if (left) kept.push(note(left))
  return `${kept.join('\n')}\n`
}

export async function writeSummary(o: Outcome): Promise<void> {
  await core.summary.addRaw(buildSummary(o)).write()
}
