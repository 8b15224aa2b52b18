import * as core from '@actions/core'
import { codeDeployClient, s3Client, stsFactory } from './clients.js'
import { resolveCredentials, type ResolvedCredentials } from './credentials.js'
import { createDeployment, registerRevision, s3RevisionLocation } from './deploy.js'
import { ActionError, DeploymentFailedError, WaitTimeoutError } from './errors.js'
import { readInputs, runContext, type ActionInputs } from './inputs.js'
import { annotateFailures, deploymentUrl, setOutputs, writeSummary, type Outcome } from './report.js'
import { bundleRevision, discard, uploadRevision, type UploadedRevision } from './revision.js'
import { revisionLocation } from './s3.js'
import { collectFailures, waitForDeployment } from './wait.js'

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
    fail(err)
  } finally {
    if (outcome) {
      outcome.durationMs = Date.now() - started
      await writeSummary(outcome).catch(e => core.warning(`Could not write the job summary: ${e}`))
    }
  }
}

/** Bundles first (no AWS call until the revision is known to be valid), then signs in and uploads. */
async function prepare(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv
): Promise<{ credentials: ResolvedCredentials; revision: UploadedRevision }> {
  const bundle = await bundleRevision(inputs, env)
  try {
    core.info(
      `Bundled ${inputs.revisionPath}: ${bundle.fileCount} files, ${bundle.size} bytes, SHA-256 ${bundle.sha256}.`
    )
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
    const revision = await uploadRevision(s3, inputs, bundle, uploader, line => core.info(line))
    return { credentials, revision }
  } finally {
    await discard(bundle)
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
  const location = s3RevisionLocation(revision)
  await registerRevision(cd, inputs, location, target)
  const deploymentId = await createDeployment(cd, inputs, location, target)
  outcome.deploymentId = deploymentId
  outcome.status = 'Created'
  setOutputs(outcome)
  core.info(`Created deployment ${deploymentId}: ${deploymentUrl(inputs.region, deploymentId)}`)
  if (!inputs.wait) return

  const result = await waitForDeployment(cd, deploymentId, {
    timeoutMs: inputs.waitTimeoutSeconds * 1000,
    pollIntervalMs: inputs.pollIntervalSeconds * 1000,
    log: line => core.info(line)
  })
  outcome.info = result.info
  outcome.status = result.info.status
  setOutputs(outcome)
  if (result.timedOut) {
    throw new WaitTimeoutError(
      `Deployment ${deploymentId} is still ${result.info.status} after ${inputs.waitTimeoutSeconds} s (wait-timeout-seconds); it keeps running in CodeDeploy: ${deploymentUrl(inputs.region, deploymentId)}`
    )
  }
  if (result.info.status !== 'Succeeded') {
    outcome.failures = await collectFailures(cd, deploymentId).catch(err => {
      core.warning(`Could not list the failed targets of ${deploymentId}: ${err}`)
      return []
    })
    annotateFailures(deploymentId, outcome.failures)
    const info = result.info.errorInformation
    const reason = info?.message ? `: ${info.code ? `${info.code}: ` : ''}${info.message}` : ''
    throw new DeploymentFailedError(
      `Deployment ${deploymentId} ended with status ${result.info.status}${reason} (${deploymentUrl(inputs.region, deploymentId)})`
    )
  }
  core.info(`Deployment ${deploymentId} succeeded.`)
}

function fail(err: unknown): void {
  if (err instanceof ActionError) {
    core.setFailed(err.message)
  } else {
    core.setFailed(`Unexpected error: ${err instanceof Error ? err.message : String(err)}`)
  }
  if (err instanceof Error && err.stack) core.debug(err.stack)
}
