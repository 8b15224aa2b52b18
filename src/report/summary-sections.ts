import { formatElapsed } from '../common/format.js'
import type { TargetReport } from '../common/outcome.js'
import { html } from '../common/untrusted.js'
import { failureOf } from '../codedeploy/failures.js'
import { targetSpan } from './fleet.js'
import { boundedTail, type FailureGroup } from './groups.js'
import { failureMessage } from './annotations.js'

/** Rows of the failure-group table; the rest are counted in one line. */
export const MAX_GROUP_ROWS = 20
/** Log tails shown, one per group, largest groups first. */
export const MAX_LOG_TAILS = 5
/** Rows of the per-instance table, failed targets first. */
export const MAX_INSTANCE_ROWS = 50

const MESSAGE_CHARS = 300

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

function more(n: number, what: string): string {
  return n > 0
    ? `<p>${n.toLocaleString('en-US')} more ${what}: see the diagnostics-file output.</p>`
    : ''
}

const cell = (markup: string | number) => `<td>${markup}</td>`

/** One row per cause: count, event, code, script, message and a few example instances. */
export function failureGroupsTable(groups: readonly FailureGroup[]): string {
  if (!groups.length) return ''
  const head =
    '<tr><th>Instances</th><th>Lifecycle event</th><th>Error code</th><th>Script</th><th>Message</th><th>Examples</th></tr>'
  const rows = groups.slice(0, MAX_GROUP_ROWS).map(g => {
    const examples = g.examples.map(id => `<code>${html(id)}</code>`).join('<br>')
    return `<tr>${[
      g.count.toLocaleString('en-US'),
      html(g.lifecycleEvent),
      html(g.errorCode),
      g.scriptName ? `<code>${html(g.scriptName)}</code>` : '',
      html(clip(g.message, MESSAGE_CHARS)),
      examples
    ]
      .map(cell)
      .join('')}</tr>`
  })
  const rest = groups.slice(MAX_GROUP_ROWS)
  const restCount = rest.reduce((n, g) => n + g.count, 0)
  const note = rest.length
    ? more(rest.length, `causes of failure on ${restCount.toLocaleString('en-US')} instances`)
    : ''
  return `<h3>Failures by cause</h3>\n<table>${head}${rows.join('')}</table>${note}`
}

/** One representative log tail per cause, collapsed. */
export function groupLogTails(groups: readonly FailureGroup[]): string {
  const shown = groups.filter(g => g.logTail.trim()).slice(0, MAX_LOG_TAILS)
  return shown
    .map(g => {
      const what = `${g.lifecycleEvent || 'Failed'} on ${g.examples[0]}${g.count > 1 ? ` (1 of ${g.count})` : ''}: log tail`
      // Lines joined by <br>, not line breaks: a blank line would end the <details> HTML block
      // and let the rest of the log be read as Markdown.
      return `<details><summary>${html(what)}</summary><pre>${html(boundedTail(g.logTail))}</pre></details>`
    })
    .join('\n')
}

function instanceRow(t: TargetReport): string {
  const failure = failureOf(t)
  const span = targetSpan(t)
  return `<tr>${[
    `<code>${html(t.targetId)}</code>`,
    html(t.status),
    html(failure?.lifecycleEvent ?? ''),
    html(failure ? clip(failureMessage(failure), 160) : ''),
    span ? formatElapsed(span.end - span.start) : ''
  ]
    .map(cell)
    .join('')}</tr>`
}

/** Every target's status, failed ones first, collapsed and capped. */
export function instancesDetails(targets: readonly TargetReport[], leftOut: number): string {
  if (!targets.length) return ''
  const ordered = [
    ...targets.filter(t => t.status === 'Failed'),
    ...targets.filter(t => t.status !== 'Failed')
  ]
  const head =
    '<tr><th>Instance</th><th>Status</th><th>Failed event</th><th>Why</th><th>Duration</th></tr>'
  const rows = ordered.slice(0, MAX_INSTANCE_ROWS).map(instanceRow)
  const total = targets.length + leftOut
  return `<details><summary>Instances (${total.toLocaleString('en-US')})</summary>\n<table>${head}${rows.join('')}</table>${more(total - rows.length, 'instances')}</details>`
}
