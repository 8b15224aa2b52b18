import * as core from '@actions/core'
import { callStats } from './common/call-stats.js'
import type { Progress } from './sign-in.js'
import { ActionError, PreflightError } from './common/errors.js'
import { finishOnGitHub } from './github/record.js'
import { readInputs } from './inputs/inputs.js'
import { useProxyInput } from './inputs/proxy.js'
import { runContext } from './inputs/context.js'
import { setErrorOutputs } from './report/outputs.js'
import { writeSummary } from './report/summary.js'
import { discard, planRevision, prepareLocalRevision } from './revision/plan.js'
import { stepLog } from './common/log.js'

/**
 * Runs the whole flow: inputs, revision, credentials, upload, deployment, wait, report. Local
 * work (validation, bundling) comes first, so a bad input or AppSpec fails before any AWS call,
 * and before the AWS SDK, the largest part of start-up (docs/performance.md), is even loaded.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const started = Date.now()
  const ctx = runContext(env)
  const progress: Progress = {}
  try {
    const inputs = readInputs(ctx)
    useProxyInput(inputs.httpProxy, env)
    if (inputs.dryRun) {
      // Loaded on demand: most runs never need it, and every run pays for parsing what it loads.
      const { runPreflight } = await import('./preflight/preflight.js')
      if (!(await runPreflight(inputs, env))) {
        throw new PreflightError('Dry run: some checks failed; see the checklist above.')
      }
      return
    }
    if (inputs.gate) {
      const { decideGate } = await import('./gate.js')
      await decideGate(inputs.gate, inputs, env, progress, stepLog)
      return
    }
    const plan = await planRevision(inputs)
    const local = await prepareLocalRevision(plan, inputs, env)
    if (local.kind === 'bundle') {
      const { bundle } = local
      const what = local.owned
        ? `Bundled ${inputs.revisionPath}`
        : `Read bundle-file ${bundle.path}`
      stepLog.info(
        `${what}: ${bundle.fileCount} files, ${bundle.size} bytes, SHA-256 ${bundle.sha256}.`
      )
      // What the agent accepts but most likely not as meant, as annotations naming the line.
      for (const warning of bundle.appSpec.warnings) stepLog.warning(warning)
    }
    if (local.kind === 'github') {
      for (const warning of local.appSpec.warnings) stepLog.warning(warning)
    }
    const { deliver } = await import('./deliver.js').catch(async err => {
      await discard(local)
      throw err
    })
    await deliver(inputs, ctx, env, plan, local, progress, stepLog)
  } catch (err) {
    setErrorOutputs(progress.outcome, err)
    fail(err)
  } finally {
    const { outcome } = progress
    await finishOnGitHub(progress.github, outcome)
    if (callStats.calls > 0) {
      stepLog.info(
        `AWS calls: ${callStats.calls} (${callStats.retries} retried after throttling or transient faults).`
      )
    }
    if (outcome) {
      outcome.durationMs = Date.now() - started
      await writeSummary(outcome).catch(e =>
        stepLog.warning(`Could not write the job summary: ${e}`)
      )
    }
  }
}

function fail(err: unknown): void {
  if (err instanceof ActionError) {
    core.setFailed(err.message)
  } else {
    core.setFailed(`Unexpected error: ${err instanceof Error ? err.message : String(err)}`)
  }
  if (err instanceof Error && err.stack) core.debug(err.stack)
}
