import * as core from '@actions/core'
import { errorText, isAccessDenied } from '../common/aws-errors.js'
import {
  explain,
  formatExplanation,
  type CodeDeployContext,
  type S3Context
} from '../advice/explain.js'
import type { ActionInputs } from '../inputs/inputs.js'
import {
  POLICIES,
  fill,
  policyDocument,
  type PolicyKind,
  type PolicyVars,
  type Requirement,
  type Setup
} from '../advice/permissions.js'
import { html, htmlBlock } from '../common/untrusted.js'

/** `warning`: what will work, but most likely not as meant (an AppSpec the agent reads otherwise). */
export type CheckStatus = 'passed' | 'failed' | 'skipped' | 'warning'

export interface Check {
  title: string
  status: CheckStatus
  /** What was seen: the identity, the resource, the answer AWS gave. */
  evidence: string
}

export class Checklist {
  readonly checks: Check[] = []
  add(title: string, status: CheckStatus, evidence: string): CheckStatus {
    this.checks.push({ title, status, evidence })
    return status
  }

  /**
   * A check of a permission the deployment does without (a dry-run or recommended statement):
   * a denial leaves it skipped, with the statement that grants it; any other error fails it.
   */
  optional(title: string, err: unknown, evidence: string): CheckStatus {
    return this.add(title, isAccessDenied(err) ? 'skipped' : 'failed', evidence)
  }
}

// ---- Evidence from AWS answers. Each AWS call is read-only. ----

export type Attempt<T> = { ok: T } | { err: unknown }

export async function attempt<T>(call: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: await call() }
  } catch (err) {
    return { err }
  }
}

export function explained(err: unknown, ctx: S3Context | CodeDeployContext): string {
  return `${errorText(err)}. ${formatExplanation(explain(err, ctx))}`
}

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

// ---- Formatting: pure, so it tests without AWS. ----

const ICONS: Record<CheckStatus, string> = {
  passed: '✅',
  failed: '❌',
  skipped: '⏭️',
  warning: '⚠️'
}

export function countChecks(checks: readonly Check[]): Record<CheckStatus, number> {
  const counts = { passed: 0, failed: 0, skipped: 0, warning: 0 }
  for (const c of checks) counts[c.status]++
  return counts
}

export function formatCheck(check: Check): string {
  return `${ICONS[check.status]} ${check.status.padEnd(7)} ${check.title}: ${check.evidence}`
}

export function formatChecklist(checks: readonly Check[]): string[] {
  const n = countChecks(checks)
  const verdict = n.failed
    ? `${n.failed} check${n.failed === 1 ? '' : 's'} failed`
    : 'every check that could run passed'
  return [
    'Dry run: nothing is uploaded and no deployment is created.',
    ...checks.map(formatCheck),
    `Dry run: ${n.passed} passed, ${n.failed} failed, ${n.skipped} skipped${warnings(n)}: ${verdict}.`
  ]
}

/** ", 2 warnings" when there are any: a run without warnings reads as it always did. */
function warnings(n: Record<CheckStatus, number>): string {
  return n.warning ? `, ${n.warning} warning${n.warning === 1 ? '' : 's'}` : ''
}

export function summaryRows(checks: readonly Check[]): string[][] {
  return checks.map(c => [`${ICONS[c.status]} ${c.status}`, html(c.title), html(c.evidence)])
}

/** "Sid: actions on resources", short enough for a checklist line. */
export function describeRequirement(req: Requirement, vars: Partial<PolicyVars>): string {
  const on = req.resources.length ? ` on ${req.resources.map(r => fill(r, vars)).join(', ')}` : ''
  return `statement ${req.sid} (${req.actions.join(', ')}${on})`
}

export async function writePreflightSummary(
  inputs: ActionInputs,
  checks: readonly Check[],
  setup: Setup,
  vars: Partial<PolicyVars>
): Promise<void> {
  const n = countChecks(checks)
  const summary = core.summary
    .addHeading(
      `CodeDeploy dry run: ${html(inputs.application)} / ${html(inputs.deploymentGroup)}`,
      2
    )
    .addRaw(
      `<p>${n.passed} passed, ${n.failed} failed, ${n.skipped} skipped${warnings(n)}. Nothing was uploaded and no deployment was created.</p>`,
      true
    )
    .addTable([
      [
        { data: 'Result', header: true },
        { data: 'Check', header: true },
        { data: 'Evidence', header: true }
      ],
      ...summaryRows(checks)
    ])
  summary.addHeading('Policies this configuration needs', 3)
  for (const kind of Object.keys(POLICIES) as PolicyKind[]) {
    const doc = policyDocument(kind, setup, vars)
    if (!doc.Statement.length) continue
    summary.addDetails(
      html(POLICIES[kind].title),
      `\n\n<pre lang="json"><code>${htmlBlock(JSON.stringify(doc, null, 2))}</code></pre>\n\n`
    )
  }
  await summary.write()
}
