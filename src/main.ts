import * as core from '@actions/core'
import type {
  CodeDeployClient,
  ComputePlatform,
  RevisionLocation
} from '@aws-sdk/client-codedeploy'
import { createWhenGroupIsFree } from './active.js'
import { callStats, codeDeployClient, s3Client, stsFactory } from './clients.js'
import { resolveCredentials, type ResolvedCredentials } from './credentials.js'
import {
  createDeployment,
  groupComputePlatform,
  registerRevision,
  s3RevisionLocation,
  type DeployTarget
} from './deploy.js'
import { ActionError, PreflightError } from './errors.js'
import type { GitHubDeployment } from './github-deployment.js'
import { readInputs, runContext, type ActionInputs, type RunContext } from './inputs.js'
import { checkPlatformMatches } from './platform.js'
import { deploymentUrl, setErrorOutputs, setOutputs, writeSummary, type Outcome } from './report.js'
import {
  discard,
  existingRevision,
  planRevision,
  platformOf,
  prepareLocalRevision,
  uploadRevision,
  type LocalRevision
} from './revision.js'
import { revisionLocation } from './s3.js'
import { STATE_DEPLOYMENT_ID, STATE_SETTLED } from './state.js'
import { superviseDeployment } from './supervise.js'

/**
 * Runs the whole flow: inputs, revision, credentials, upload, deployment, wait, report. Local
 * work (validation, bundling) comes first, so a bad input or AppSpec fails before any AWS call.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const started = Date.now()
  const ctx = runContext(env)
  let outcome: Outcome | undefined
  let github: GitHubDeployment | undefined
  try {
    const inputs = readInputs(ctx)
    if (inputs.dryRun) {
      // Loaded on demand: most runs never need it, and every run pays for parsing what it loads.
      const { runPreflight } = await import('./preflight.js')
      if (!(await runPreflight(inputs, env))) {
        throw new PreflightError('Dry run: some checks failed; see the checklist above.')
      }
      return
    }
    const plan = await planRevision(inputs)
    const local = await prepareLocalRevision(plan, inputs, env)
    if (local.kind === 'bundle') {
      const { bundle } = local
      core.info(
        `Bundled ${inputs.revisionPath}: ${bundle.fileCount} files, ${bundle.size} bytes, SHA-256 ${bundle.sha256}.`
      )
    }

    let target: DeployTarget
    let cd: CodeDeployClient
    let location: RevisionLocation
    try {
      const credentials = await resolveCredentials(inputs, {
        sts: stsFactory(inputs.region),
        getIdToken: audience => core.getIDToken(audience),
        env
      })
      core.info(`Deploying as ${credentials.targetArn} in account ${credentials.targetAccountId}.`)
      outcome = {
        application: inputs.application,
        deploymentGroup: inputs.deploymentGroup,
        region: inputs.region,
        targetAccountId: credentials.targetAccountId,
        failures: []
      }
      setOutputs(outcome)
      cd = codeDeployClient(inputs.region, credentials.target)
      target = deployTarget(inputs, credentials)
      await checkGroup(cd, inputs, platformOf(plan), target)
      location = await storeRevision(inputs, local, credentials, outcome)
      setOutputs(outcome)
    } finally {
      if (local.kind === 'bundle') await discard(local.bundle)
    }

    await registerRevision(cd, inputs, location, target)
    if (inputs.uploadOnly) {
      core.info(
        `Registered the revision with application '${inputs.application}'; no deployment created (upload-only).`
      )
      return
    }
    const deploymentId = await createWhenGroupIsFree(
      cd,
      {
        application: inputs.application,
        deploymentGroup: inputs.deploymentGroup,
        region: inputs.region,
        policy: inputs.onActiveDeployment,
        rollbackOnStop: inputs.rollbackOnStop,
        wait: {
          timeoutMs: inputs.waitTimeoutSeconds * 1000,
          pollIntervalMs: inputs.pollIntervalSeconds * 1000
        },
        log: line => core.info(line),
        warn: line => core.warning(line)
      },
      () => createDeployment(cd, inputs, location, target)
    )
    core.saveState(STATE_DEPLOYMENT_ID, deploymentId)
    // After the group is free: a wait for another deployment must not leave an entry in progress.
    github = await recordOnGitHub(inputs, ctx, env)
    outcome.deploymentId = deploymentId
    outcome.status = 'Created'
    setOutputs(outcome)
    core.info(`Created deployment ${deploymentId}: ${deploymentUrl(inputs.region, deploymentId)}`)
    if (!inputs.wait) {
      core.saveState(STATE_SETTLED, 'true')
      return
    }
    const current = outcome
    await superviseDeployment(cd, deploymentId, inputs, current, () =>
      finishOnGitHub(github, current)
    )
  } catch (err) {
    setErrorOutputs(outcome, err)
    fail(err)
  } finally {
    await finishOnGitHub(github, outcome)
    if (callStats.calls > 0) {
      core.info(
        `AWS calls: ${callStats.calls} (${callStats.retries} retried after throttling or transient faults).`
      )
    }
    if (outcome) {
      outcome.durationMs = Date.now() - started
      await writeSummary(outcome).catch(e => core.warning(`Could not write the job summary: ${e}`))
    }
  }
}

function deployTarget(inputs: ActionInputs, credentials: ResolvedCredentials): DeployTarget {
  return {
    identity: credentials.targetArn,
    accountId: credentials.targetAccountId,
    region: inputs.region
  }
}

/** Fails before anything is uploaded when the group is missing or is for another platform. */
async function checkGroup(
  cd: CodeDeployClient,
  inputs: ActionInputs,
  platform: ComputePlatform | undefined,
  target: DeployTarget
): Promise<void> {
  const groupPlatform = await groupComputePlatform(cd, inputs, target, w => core.warning(w))
  if (platform) {
    checkPlatformMatches(platform, groupPlatform, inputs.application, inputs.deploymentGroup)
  }
}

/**
 * Uploads the bundle, or pins the existing revision-location object, and returns the location
 * to deploy. An ECS or Lambda AppSpec is the revision itself: nothing goes to S3.
 */
async function storeRevision(
  inputs: ActionInputs,
  local: LocalRevision,
  credentials: ResolvedCredentials,
  outcome: Outcome
): Promise<RevisionLocation> {
  if (local.kind === 'appspec-content') {
    outcome.revisionSha256 = local.content.sha256
    return local.content.revision
  }
  const withSource = inputs.uploadCredentials === 'source'
  const uploader = withSource
    ? { identity: inputs.oidcRoleArn ?? 'the source credentials' }
    : { identity: credentials.targetArn, account: credentials.targetAccountId }
  const s3 = s3Client(inputs.region, withSource ? credentials.source : credentials.target)
  const log = (line: string) => core.info(line)
  let revision
  if (local.kind === 'bundle') {
    revision = await uploadRevision(s3, local.bucket, inputs, local.bundle, uploader, log)
  } else {
    revision = await existingRevision(s3, local.location, inputs.s3BucketOwner, uploader)
    const version = revision.versionId ? `, version ${revision.versionId}` : ''
    log(
      `Deploying s3://${revision.bucket}/${revision.key} as it is (ETag ${revision.etag}${version}).`
    )
  }
  outcome.revisionLocation = revisionLocation(revision.bucket, revision.key, revision.versionId)
  outcome.revisionEtag = revision.etag
  outcome.revisionSha256 = revision.sha256
  outcome.bundleSize = revision.size
  outcome.uploaded = revision.uploaded
  return s3RevisionLocation(revision)
}

async function recordOnGitHub(
  inputs: ActionInputs,
  ctx: RunContext,
  env: NodeJS.ProcessEnv
): Promise<GitHubDeployment | undefined> {
  if (!inputs.githubEnvironment) return undefined
  const { startGitHubDeployment } = await import('./github-deployment.js')
  return startGitHubDeployment({
    token: inputs.githubToken,
    environment: inputs.githubEnvironment,
    apiUrl: env.GITHUB_API_URL ?? '',
    repository: ctx.repository,
    ref: ctx.sha,
    runUrl: `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}`,
    description: inputs.description,
    payload: {
      application: inputs.application,
      'deployment-group': inputs.deploymentGroup,
      region: inputs.region
    },
    warn: line => core.warning(line),
    log: line => core.info(line)
  })
}

async function finishOnGitHub(
  github: GitHubDeployment | undefined,
  outcome: Outcome | undefined
): Promise<void> {
  if (!github) return
  const status = outcome?.status
  const { gitHubDeploymentState } = await import('./github-deployment.js')
  const id = outcome?.deploymentId
  await github.setStatus(gitHubDeploymentState(status), {
    environmentUrl: id && outcome ? deploymentUrl(outcome.region, id) : undefined,
    description: `CodeDeploy deployment ${id ?? '(not created)'}: ${status ?? 'error'}`
  })
}

function fail(err: unknown): void {
  if (err instanceof ActionError) {
    core.setFailed(err.message)
  } else {
    core.setFailed(`Unexpected error: ${err instanceof Error ? err.message : String(err)}`)
  }
  if (err instanceof Error && err.stack) core.debug(err.stack)
}
