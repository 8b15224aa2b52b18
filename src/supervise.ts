import * as core from '@actions/core'
import type { CodeDeployClient, DeploymentInfo } from '@aws-sdk/client-codedeploy'
import { onCancel } from './common/cancel.js'
import { CancelledError, DeploymentFailedError, WaitTimeoutError } from './common/errors.js'
import type { ActionInputs } from './inputs/inputs.js'
import { annotateGroups } from './report/annotations.js'
import { groupFailures } from './report/groups.js'
import { writeDiagnostics } from './report/diagnostics.js'
import { deploymentUrl } from './codedeploy/status.js'
import { setErrorOutputs, setOutputs } from './report/outputs.js'
import { writeSummary } from './report/summary.js'
import { type Outcome } from './common/outcome.js'
import { STATE_SETTLED, STATE_STOP_ON_TIMEOUT } from './common/state.js'
import { stopDeployment } from './codedeploy/stop.js'
import { failuresOf } from './codedeploy/failures.js'
import type { DownloadContext } from './advice/explain/download.js'
import { regionPartition } from './common/arn.js'
import { parseRevisionLocation } from './inputs/aws-names.js'
import { revisionKeys } from './s3/keys.js'
import { collectTargets } from './codedeploy/targets.js'
import { waitForDeployment, type WaitResult } from './codedeploy/wait.js'
import type { Log } from './common/log.js'

type SuperviseInputs = Pick<
  ActionInputs,
  | 'region'
  | 'waitTimeoutSeconds'
  | 'pollIntervalSeconds'
  | 'stopOnCancel'
  | 'stopOnTimeout'
  | 'rollbackOnStop'
> &
  Partial<Pick<ActionInputs, 'waitUntil'>> &
  /** Where the revision is, for the advice on a failed download. */
  Partial<Pick<ActionInputs, 's3BucketOwner' | 's3KeyPrefix'>>

export interface SuperviseDeps {
  log: Log
  /** Runs when the job is cancelled, before the process exits. */
  onCancelled?: () => Promise<void>
}

/** The deployment being seen through, and everything each step of it works with. */
interface Supervised {
  cd: CodeDeployClient
  deploymentId: string
  inputs: SuperviseInputs
  outcome: Outcome
  log: Log
  url: string
}

/**
 * Sees a deployment through: waits for it, stops it if the job is cancelled (stop-on-cancel) or
 * the wait times out (stop-on-timeout), reads every target once it ended (the diagnostics file),
 * and on failure annotates each cause of failure. Throws when
 * the deployment did not succeed. Marks the deployment settled, so the post step leaves it alone.
 */
export async function superviseDeployment(
  cd: CodeDeployClient,
  deploymentId: string,
  inputs: SuperviseInputs,
  outcome: Outcome,
  { log, onCancelled = async () => {} }: SuperviseDeps
): Promise<void> {
  const s: Supervised = {
    cd,
    deploymentId,
    inputs,
    outcome,
    log,
    url: deploymentUrl(inputs.region, deploymentId)
  }
  const stopWatching = onCancel(signal => whenCancelled(s, signal, onCancelled))
  let result
  try {
    result = await waitForDeployment(cd, deploymentId, {
      timeoutMs: inputs.waitTimeoutSeconds * 1000,
      pollIntervalMs: inputs.pollIntervalSeconds * 1000,
      until: inputs.waitUntil,
      log
    })
  } catch (err) {
    // The wait gave up on reading the deployment, which may well be fine: leave it running,
    // unless it was to be stopped at a timeout; then the post step stops it, a while later.
    core.saveState(inputs.stopOnTimeout ? STATE_STOP_ON_TIMEOUT : STATE_SETTLED, 'true')
    throw err
  } finally {
    stopWatching()
  }
  outcome.info = result.info
  outcome.status = result.info.status
  if (result.timedOut) throw await whenTimedOut(s, result.info.status ?? 'running')

  core.saveState(STATE_SETTLED, 'true')
  if (result.info.status === 'Ready') {
    setOutputs(outcome)
    log.info(
      `Deployment ${deploymentId} is Ready: its replacement runs, and traffic waits to be ` +
        `rerouted. Test it, then run this action with continue-deployment: ${deploymentId} to ` +
        `reroute traffic, or stop-deployment: ${deploymentId} to stop it: ${s.url}`
    )
    return
  }
  await readTargets(s, result.info.status === 'Succeeded')
  setOutputs(outcome)
  if (result.info.status !== 'Succeeded') throw whenFailed(s, result)
  log.info(`Deployment ${deploymentId} succeeded.`)
}

/** Stops the deployment under stop-on-cancel, then reports the cancelled run. */
async function whenCancelled(
  { cd, deploymentId, inputs, outcome, log, url }: Supervised,
  signal: NodeJS.Signals,
  onCancelled: () => Promise<void>
): Promise<void> {
  try {
    if (inputs.stopOnCancel) {
      const reason = `the job was cancelled (${signal})`
      await stopDeployment(cd, deploymentId, inputs.rollbackOnStop, reason, log)
      outcome.status = 'Stopped'
    } else {
      log.warning(
        `The job was cancelled; deployment ${deploymentId} keeps running (stop-on-cancel is false): ${url}`
      )
    }
    // Only now: if the stop failed, the post step tries again.
    core.saveState(STATE_SETTLED, 'true')
  } finally {
    const cancelled = new CancelledError(
      `The job was cancelled while deployment ${deploymentId} was in progress.`
    )
    setOutputs(outcome)
    setErrorOutputs(outcome, cancelled)
    core.setFailed(cancelled.message)
    await onCancelled()
    await writeSummary(outcome)
  }
}

/** Stops the deployment under stop-on-timeout; the error that says where it was left. */
async function whenTimedOut(
  { cd, deploymentId, inputs, outcome, log, url }: Supervised,
  status: string
): Promise<WaitTimeoutError> {
  let state = `is still ${status}`
  if (inputs.stopOnTimeout) {
    const reason = 'wait-timeout-seconds passed'
    await stopDeployment(cd, deploymentId, inputs.rollbackOnStop, reason, log)
    const rollback = inputs.rollbackOnStop ? ' with rollback' : ''
    state = `was ${status} and has been stopped${rollback} (stop-on-timeout)`
  }
  core.saveState(STATE_SETTLED, 'true')
  setOutputs(outcome)
  const keeps = inputs.stopOnTimeout ? '' : '; it keeps running in CodeDeploy'
  return new WaitTimeoutError(
    `Deployment ${deploymentId} ${state} after ${inputs.waitTimeoutSeconds} s (wait-timeout-seconds)${keeps}: ${url}`
  )
}

/**
 * Reads every target with its lifecycle events, and writes them to the diagnostics file. A
 * deployment whose targets cannot be read is still reported, by its status alone; after a
 * success that is no reason for a warning on every run.
 */
async function readTargets(s: Supervised, succeeded: boolean): Promise<void> {
  const { cd, deploymentId, outcome, log } = s
  try {
    const { targets, leftOut } = await collectTargets(cd, deploymentId, {
      application: outcome.application,
      deploymentGroup: outcome.deploymentGroup,
      accountId: outcome.targetAccountId,
      region: outcome.region
    })
    outcome.targets = targets
    outcome.targetsLeftOut = leftOut
    outcome.failures = failuresOf(targets, downloadContext(outcome, s.inputs))
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    if (succeeded) log.info(message)
    else log.warning(message)
  }
  try {
    outcome.diagnosticsFile = await writeDiagnostics(outcome)
  } catch (err) {
    log.warning(
      `Could not write the diagnostics file: ${err instanceof Error ? err.message : String(err)}`
    )
  }
}

/** Annotates each cause of failure; the error that says how the deployment ended. */
function whenFailed(
  { deploymentId, outcome, log, url }: Supervised,
  result: WaitResult
): DeploymentFailedError {
  const groups = groupFailures(outcome.failures)
  if (groups.length) {
    const instances = outcome.failures.length
    log.info(
      `${instances} failed target${instances === 1 ? '' : 's'}, ${groups.length} cause${groups.length === 1 ? '' : 's'}; every target's events and diagnostics: ${outcome.diagnosticsFile ?? 'not written'}`
    )
  }
  annotateGroups(deploymentId, groups)
  return new DeploymentFailedError(
    `Deployment ${deploymentId} ended with status ${result.info.status ?? 'running'}${reasonOf(result.info)} (${url})`
  )
}

function reasonOf(info: DeploymentInfo): string {
  const error = info.errorInformation
  return error?.message ? `: ${error.code ? `${error.code}: ` : ''}${error.message}` : ''
}

/** The revision's bucket and keys, from the location it was registered at; none for other kinds. */
function downloadContext(outcome: Outcome, inputs: SuperviseInputs): DownloadContext | undefined {
  if (!outcome.revisionLocation?.startsWith('s3://')) return undefined
  let revision
  try {
    revision = parseRevisionLocation(outcome.revisionLocation)
  } catch {
    return undefined
  }
  // A bundle this action uploaded: the fix must cover every bundle of the application, not one.
  const uploaded = revisionKeys(inputs.s3KeyPrefix ?? '', outcome.application)
  const keys = revision.key.startsWith(uploaded.slice(0, -1)) ? uploaded : revision.key
  return {
    partition: regionPartition(outcome.region),
    bucket: revision.bucket,
    keys,
    targetAccount: outcome.targetAccountId,
    bucketAccount: inputs.s3BucketOwner
  }
}
