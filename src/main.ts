import * as core from '@actions/core'
import { callStats, codeDeployClient, s3Client, stsFactory } from './clients.js'
import { resolveCredentials, type ResolvedCredentials } from './credentials.js'
import { createDeployment, registerRevision, s3RevisionLocation } from './deploy.js'
import { findActiveDeployments, settleActiveDeployments } from './active.js'
import { errorName } from './aws-errors.js'
import { onCancel } from './cancel.js'
import { ActionError, DeploymentError, DeploymentFailedError, WaitTimeoutError } from './errors.js'
import { STATE_DEPLOYMENT_ID, STATE_SETTLED } from './state.js'
import { stopDeployment } from './stop.js'
import { readInputs, runContext, type ActionInputs } from './inputs.js'
import {
  annotateFailures,
  deploymentUrl,
  setErrorOutputs,
  setOutputs,
  writeSummary,
  type Outcome
} from './report.js'
import {
  bundleRevision,
  discard,
  existingRevision,
  uploadRevision,
  type UploadedRevision
} from './revision.js'
import { revisionLocation } from './s3.js'
import { collectFailures, waitForDeployment } from './wait.js'

const MAX_CREATE_ATTEMPTS = 3

/** Runs the whole flow: inputs, bundle, credentials, upload, deployment, wait, report. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const started = Date.now()
  let outcome: Outcome | undefined
  try {
    const inputs = readInputs(runContext(env))
    const { credentials, revision } = await prepare(inputs, env)
    outcome = {
      application: inputs.application,
      deploymentGroup: inputs.deploymentGroup,
      region: inputs.region,
      targetAccountId: credentials.targetAccountId,
      revisionLocation: revisionLocation(revision.bucket, revision.key, revision.versionId),
      revisionEtag: revision.etag,
      revisionSha256: revision.sha256,
      bundleSize: revision.size,
      uploaded: revision.uploaded,
      failures: []
    }
    setOutputs(outcome)
    await deploy(inputs, credentials, revision, outcome)
  } catch (err) {
    setErrorOutputs(outcome, err)
    fail(err)
  } finally {
    if (callStats.calls > 0) {
      core.info(
        `AWS calls: ${callStats.calls} (${callStats.retries} retried after throttling or transient faults, ${callStats.failed} failed).`
      )
    }
    if (outcome) {
      outcome.durationMs = Date.now() - started
      await writeSummary(outcome).catch(e => core.warning(`Could not write the job summary: ${e}`))
    }
  }
}

/**
 * Bundles first (no AWS call until the revision is known to be valid), then signs in and uploads.
 * With revision-location, nothing is bundled: the existing object is looked up and pinned.
 */
async function prepare(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv
): Promise<{ credentials: ResolvedCredentials; revision: UploadedRevision }> {
  const bundle = inputs.revisionLocation ? undefined : await bundleRevision(inputs, env)
  try {
    if (bundle) {
      core.info(
        `Bundled ${inputs.revisionPath}: ${bundle.fileCount} files, ${bundle.size} bytes, SHA-256 ${bundle.sha256}.`
      )
    }
    const credentials = await resolveCredentials(inputs, {
      sts: stsFactory(inputs.region),
      getIdToken: audience => core.getIDToken(audience),
      env
    })
    core.info(`Deploying as ${credentials.targetArn} in account ${credentials.targetAccountId}.`)

    const withSource = inputs.uploadCredentials === 'source'
    const uploader = withSource
      ? { identity: inputs.oidcRoleArn ?? 'the source credentials' }
      : { identity: credentials.targetArn, account: credentials.targetAccountId }
    const s3 = s3Client(inputs.region, withSource ? credentials.source : credentials.target)
    if (!bundle) {
      const revision = await existingRevision(s3, inputs, uploader)
      const version = revision.versionId ? `, version ${revision.versionId}` : ''
      core.info(
        `Deploying s3://${revision.bucket}/${revision.key} as it is (ETag ${revision.etag}${version}).`
      )
      return { credentials, revision }
    }
    const revision = await uploadRevision(s3, inputs, bundle, uploader, line => core.info(line))
    return { credentials, revision }
  } finally {
    if (bundle) await discard(bundle)
  }
}

async function deploy(
  inputs: ActionInputs,
  credentials: ResolvedCredentials,
  revision: UploadedRevision,
  outcome: Outcome
): Promise<void> {
  const cd = codeDeployClient(inputs.region, credentials.target)
  const target = {
    identity: credentials.targetArn,
    accountId: credentials.targetAccountId,
    region: inputs.region
  }
  const waitOptions = {
    timeoutMs: inputs.waitTimeoutSeconds * 1000,
    pollIntervalMs: inputs.pollIntervalSeconds * 1000
  }
  const log = (line: string) => core.info(line)
  const settleActive = async () => {
    const active = await findActiveDeployments(cd, inputs.application, inputs.deploymentGroup, w =>
      core.warning(w)
    )
    if (!active?.length) return false
    await settleActiveDeployments(cd, active, {
      application: inputs.application,
      deploymentGroup: inputs.deploymentGroup,
      region: inputs.region,
      policy: inputs.onActiveDeployment,
      rollbackOnStop: inputs.rollbackOnStop,
      wait: waitOptions,
      log,
      warn: w => core.warning(w)
    })
    return true
  }

  const location = s3RevisionLocation(revision)
  await registerRevision(cd, inputs, location, target)
  if (inputs.uploadOnly) {
    core.info(
      `Registered the revision with application '${inputs.application}'; no deployment created (upload-only).`
    )
    return
  }
  await settleActive()
  const deploymentId = await createDeploymentWhenFree(
    () => createDeployment(cd, inputs, location, target),
    settleActive
  )
  core.saveState(STATE_DEPLOYMENT_ID, deploymentId)
  outcome.deploymentId = deploymentId
  outcome.status = 'Created'
  setOutputs(outcome)
  const url = deploymentUrl(inputs.region, deploymentId)
  core.info(`Created deployment ${deploymentId}: ${url}`)
  if (!inputs.wait) {
    core.saveState(STATE_SETTLED, 'true')
    return
  }

  const stopWatching = onCancel(async signal => {
    core.saveState(STATE_SETTLED, 'true')
    if (inputs.stopOnCancel) {
      await stopDeployment(
        cd,
        deploymentId,
        inputs.rollbackOnStop,
        `the job was cancelled (${signal})`,
        log
      )
      outcome.status = 'Stopped'
    } else {
      core.warning(
        `The job was cancelled; deployment ${deploymentId} keeps running (stop-on-cancel is false): ${url}`
      )
    }
    setOutputs(outcome)
    core.setFailed(`The job was cancelled while deployment ${deploymentId} was in progress.`)
    await writeSummary(outcome)
  })
  let result
  try {
    result = await waitForDeployment(cd, deploymentId, { ...waitOptions, log })
  } finally {
    stopWatching()
  }
  outcome.info = result.info
  outcome.status = result.info.status
  if (result.timedOut) {
    let state = `is still ${result.info.status ?? 'running'}`
    if (inputs.stopOnTimeout) {
      await stopDeployment(
        cd,
        deploymentId,
        inputs.rollbackOnStop,
        'wait-timeout-seconds passed',
        log
      )
      state = `was ${result.info.status ?? 'running'} and has been stopped${inputs.rollbackOnStop ? ' with rollback' : ''} (stop-on-timeout)`
    }
    core.saveState(STATE_SETTLED, 'true')
    setOutputs(outcome)
    const keeps = inputs.stopOnTimeout ? '' : '; it keeps running in CodeDeploy'
    throw new WaitTimeoutError(
      `Deployment ${deploymentId} ${state} after ${inputs.waitTimeoutSeconds} s (wait-timeout-seconds)${keeps}: ${url}`
    )
  }
  core.saveState(STATE_SETTLED, 'true')
  setOutputs(outcome)
  if (result.info.status !== 'Succeeded') {
    outcome.failures = await collectFailures(cd, deploymentId).catch(err => {
      core.warning(`Could not list the failed targets of ${deploymentId}: ${err}`)
      return []
    })
    annotateFailures(deploymentId, outcome.failures)
    const info = result.info.errorInformation
    const reason = info?.message ? `: ${info.code ? `${info.code}: ` : ''}${info.message}` : ''
    throw new DeploymentFailedError(
      `Deployment ${deploymentId} ended with status ${result.info.status}${reason} (${url})`
    )
  }
  core.info(`Deployment ${deploymentId} succeeded.`)
}

/**
 * Another deployment can start between the check for active deployments and CreateDeployment;
 * CodeDeploy then answers DeploymentLimitExceededException, and the policy is applied again.
 */
async function createDeploymentWhenFree(
  create: () => Promise<string>,
  settleActive: () => Promise<boolean>
): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create()
    } catch (err) {
      const busy =
        err instanceof DeploymentError &&
        errorName(err.cause) === 'DeploymentLimitExceededException'
      if (!busy || attempt >= MAX_CREATE_ATTEMPTS || !(await settleActive())) throw err
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
