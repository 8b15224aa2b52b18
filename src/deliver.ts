import * as core from '@actions/core'
import type {
  CodeDeployClient,
  ComputePlatform,
  RevisionLocation
} from '@aws-sdk/client-codedeploy'
import { createWhenGroupIsFree } from './codedeploy/active.js'
import { codeDeployOnceClient, ecsClient, s3Client } from './aws/clients.js'
import type { ResolvedCredentials } from './aws/credentials/resolve.js'
import {
  createDeployment,
  readDeploymentGroup,
  registerRevision,
  s3RevisionLocation,
  type DeployTarget
} from './codedeploy/deployment.js'
import { finishOnGitHub, recordOnGitHub } from './github/record.js'
import type { ActionInputs } from './inputs/inputs.js'
import type { RunContext } from './inputs/context.js'
import { checkPlatformMatches } from './revision/platform.js'
import { deploymentUrl } from './codedeploy/status.js'
import { setOutputs } from './report/outputs.js'
import { type Outcome } from './common/outcome.js'
import { discard, platformOf, type LocalRevision, type RevisionPlan } from './revision/plan.js'
import { existingRevision, revisionLocation, uploadRevision } from './s3/objects.js'
import { runToken, withRunToken } from './common/run-token.js'
import { STATE_DEPLOYMENT_ID, STATE_SETTLED } from './common/state.js'
import { checkRevisionOrder } from './guard/older-revision.js'
import { signIn, type Progress } from './sign-in.js'
import { superviseDeployment } from './supervise.js'
import { contentWithTaskDefinition, type AppSpecContentRevision } from './appspec/content.js'
import type { TaskDefinition } from './ecs/task-definition.js'
import type { Log } from './common/log.js'

/** What the deployment is made with, once the revision is stored. */
interface Stored {
  cd: CodeDeployClient
  /** For CreateDeployment, which must not be sent again blindly (see codeDeployOnceClient). */
  cdOnce: CodeDeployClient
  target: DeployTarget
  location: RevisionLocation
  outcome: Outcome
}

/**
 * The part of the run that talks to AWS: credentials, upload, deployment, wait. This module holds
 * everything that loads the AWS SDK, so it is imported only once the local work has passed.
 */
export async function deliver(
  inputs: ActionInputs,
  ctx: RunContext,
  env: NodeJS.ProcessEnv,
  plan: RevisionPlan,
  local: LocalRevision,
  progress: Progress,
  log: Log
): Promise<void> {
  const stored = await signInAndStore(inputs, ctx, env, plan, local, progress, log)
  const { cd, outcome } = stored
  await registerRevision(cd, inputs, stored.location, stored.target)
  if (inputs.uploadOnly) {
    log.info(
      `Registered the revision with application '${inputs.application}'; no deployment created (upload-only).`
    )
    return
  }
  const deploymentId = await createRunDeployment(stored, inputs, ctx, log)
  core.saveState(STATE_DEPLOYMENT_ID, deploymentId)
  // After the group is free: a wait for another deployment must not leave an entry in progress.
  const github = await recordOnGitHub(inputs, ctx, env, log)
  progress.github = github
  outcome.deploymentId = deploymentId
  outcome.status = 'Created'
  setOutputs(outcome)
  log.info(`Created deployment ${deploymentId}: ${deploymentUrl(inputs.region, deploymentId)}`)
  if (!inputs.wait) {
    core.saveState(STATE_SETTLED, 'true')
    return
  }
  await superviseDeployment(cd, deploymentId, inputs, outcome, {
    log,
    onCancelled: () => finishOnGitHub(github, outcome)
  })
}

/**
 * Signs in to the target account, checks the deployment group, and stores the revision where
 * CodeDeploy reads it. The local bundle is gone afterwards, whatever happened.
 */
async function signInAndStore(
  inputs: ActionInputs,
  ctx: RunContext,
  env: NodeJS.ProcessEnv,
  plan: RevisionPlan,
  local: LocalRevision,
  progress: Progress,
  log: Log
): Promise<Stored> {
  try {
    const { credentials, outcome, cd, target } = await signIn(inputs, env, progress, log)
    const cdOnce = codeDeployOnceClient(inputs.region, credentials.target, inputs.retryMaxAttempts)
    await checkGroup(cd, inputs, ctx, platformOf(plan), target, log)
    const location = await storeRevision(inputs, local, credentials, outcome, log)
    setOutputs(outcome)
    return { cd, cdOnce, target, location, outcome }
  } finally {
    await discard(local)
  }
}

/** Creates the deployment once the group is free of others, marked with this run's token. */
function createRunDeployment(
  { cd, cdOnce, target, location }: Stored,
  inputs: ActionInputs,
  ctx: RunContext,
  log: Log
): Promise<string> {
  const token = runToken(ctx)
  const request = { ...inputs, description: withRunToken(inputs.description, token) }
  return createWhenGroupIsFree(
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
      runToken: token,
      log
    },
    () => createDeployment(cdOnce, request, location, target)
  )
}

/**
 * Fails before anything is uploaded when the group is missing, is for another platform, or runs
 * a newer commit than this run's (older-revision).
 */
async function checkGroup(
  cd: CodeDeployClient,
  inputs: ActionInputs,
  ctx: RunContext,
  platform: ComputePlatform | undefined,
  target: DeployTarget,
  log: Log
): Promise<void> {
  const group = await readDeploymentGroup(cd, inputs, target, log)
  if (platform) {
    checkPlatformMatches(
      platform,
      group?.computePlatform,
      inputs.application,
      inputs.deploymentGroup
    )
  }
  if (inputs.uploadOnly) return
  await checkRevisionOrder(
    cd,
    {
      policy: inputs.olderRevision,
      deploymentGroup: inputs.deploymentGroup,
      group,
      repository: ctx.repository,
      commit: ctx.sha,
      github: { token: inputs.githubToken, apiUrl: ctx.env.GITHUB_API_URL ?? '' }
    },
    log
  )
}

/**
 * Uploads the bundle, or pins the existing revision-location object, and returns the location
 * to deploy. An ECS or Lambda AppSpec is the revision itself: nothing goes to S3.
 */
async function storeRevision(
  inputs: ActionInputs,
  local: LocalRevision,
  credentials: ResolvedCredentials,
  outcome: Outcome,
  log: Log
): Promise<RevisionLocation> {
  if (local.kind === 'appspec-content') {
    const content = local.taskDefinition
      ? await withRegisteredTaskDefinition(inputs, local, credentials, outcome, log)
      : local.content
    outcome.revisionSha256 = content.sha256
    return content.revision
  }
  if (local.kind === 'github') {
    const { repository, commit } = local.source
    log.info(`Deploying ${repository} at ${commit}: CodeDeploy fetches the commit from GitHub.`)
    return { revisionType: 'GitHub', gitHubLocation: { repository, commitId: commit } }
  }
  const withSource = inputs.uploadCredentials === 'source'
  const uploader = withSource
    ? { identity: inputs.oidcRoleArn ?? 'the source credentials' }
    : { identity: credentials.targetArn, account: credentials.targetAccountId }
  const s3 = s3Client(
    inputs.region,
    withSource ? credentials.source : credentials.target,
    inputs.retryMaxAttempts
  )
  let revision
  if (local.kind === 'bundle') {
    revision = await uploadRevision(s3, local.bucket, inputs, local.bundle, uploader, log)
  } else {
    revision = await existingRevision(s3, local.location, inputs.s3BucketOwner, uploader)
    const version = revision.versionId ? `, version ${revision.versionId}` : ''
    log.info(
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

/** task-definition: registered in the target account, its ARN put into the AppSpec. */
async function withRegisteredTaskDefinition(
  inputs: ActionInputs,
  local: Extract<LocalRevision, { kind: 'appspec-content' }>,
  credentials: ResolvedCredentials,
  outcome: Outcome,
  log: Log
): Promise<AppSpecContentRevision> {
  const definition = local.taskDefinition as TaskDefinition
  const { registerTaskDefinition } = await import('./ecs/task-definition.js')
  const ecs = await ecsClient(inputs.region, credentials.target, inputs.retryMaxAttempts)
  const arn = await registerTaskDefinition(ecs, definition, credentials.targetArn)
  outcome.taskDefinitionArn = arn
  setOutputs(outcome)
  log.info(`Registered task definition ${arn}; it replaces the AppSpec's TaskDefinition.`)
  return contentWithTaskDefinition(local.content, arn)
}
