import * as core from '@actions/core'
import { chooseSource } from '../aws/credentials/source.js'
import { errorText } from '../common/aws-errors.js'
import { roleArnOf } from '../advice/explain.js'
import type { ActionInputs } from '../inputs/inputs.js'
import type { PolicyVars, Setup } from '../advice/permissions.js'
import { revisionKeys } from '../s3/keys.js'
import { partitionOf } from '../common/arn.js'
import { checkBucket, type BucketFacts } from './bucket.js'
import { Checklist, formatChecklist, writePreflightSummary, type Check } from './checklist.js'
import { checkCodeDeploy } from './codedeploy.js'
import {
  checkAllowedAccount,
  checkCredentials,
  type Identities,
  type Identity
} from './credentials.js'
import { defaultPreflightDeps, type PreflightDeps } from './deps.js'
import { checkGitHubDeployment } from './github.js'
import { groupFacts } from '../codedeploy/deployment.js'
import { checkCommitOrder } from './order.js'
import { checkPolicySimulation } from './policy-simulation.js'
import { checkRevision, type RevisionFacts } from './revision.js'

/**
 * `dry-run: true`: checks the whole setup without creating or uploading anything, prints a
 * checklist and writes it to the job summary. True when no check failed.
 */
export async function runPreflight(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  deps: PreflightDeps = defaultPreflightDeps(inputs.region, inputs.retryMaxAttempts)
): Promise<boolean> {
  const { checks, setup, vars } = await collectChecks(inputs, env, deps)
  for (const line of formatChecklist(checks)) deps.log.info(line)
  for (const check of checks.filter(c => c.status === 'failed')) {
    core.error(check.evidence, { title: `${check.title} (dry run)` })
  }
  for (const check of checks.filter(c => c.status === 'warning')) {
    core.warning(check.evidence, { title: `${check.title} (dry run)` })
  }
  await writePreflightSummary(inputs, checks, setup, vars).catch(err =>
    deps.log.warning(`Could not write the job summary: ${errorText(err)}`)
  )
  return !checks.some(c => c.status === 'failed')
}

/** Which statements apply to these inputs. */
export function preflightSetup(
  inputs: ActionInputs,
  facts: {
    source: Setup['source']
    bucketAccount: Setup['bucketAccount']
    kms: boolean
    revision: Setup['revision']
  }
): Setup {
  return {
    ...facts,
    crossAccount: inputs.roleToAssume !== undefined,
    upload: inputs.uploadCredentials,
    wait: inputs.wait,
    stop: inputs.stopOnCancel || inputs.stopOnTimeout || inputs.onActiveDeployment === 'stop',
    sessionTags: inputs.session.tags.length > 0,
    uploadOnly: inputs.uploadOnly,
    ignoreAlarms: inputs.overrides.ignoreAlarms,
    gates: inputs.waitUntil === 'ready',
    taskDefinition: inputs.taskDefinition !== undefined
  }
}

async function collectChecks(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  deps: PreflightDeps
): Promise<{ checks: Check[]; setup: Setup; vars: Partial<PolicyVars> }> {
  const list = new Checklist()
  const revision = await checkRevision(inputs, env, list)

  const sourceKind = chooseSource(inputs, env)
  const identities = await checkCredentials(inputs, env, deps, sourceKind, list)
  const { source, target } = identities
  checkAllowedAccount(inputs, target, list)
  const bucket = revision?.bucket ?? inputs.s3Bucket
  const vars = policyVars(inputs, revision, bucket, identities)

  const uploader = inputs.uploadCredentials === 'source' ? source : target
  const bucketAccount = bucketAccountOf(inputs, target)
  const kind = revision?.kind ?? (inputs.revisionLocation ? 'existing' : 'bundle')
  const facts =
    kind === 'appspec-content' || kind === 'github' || !bucket
      ? skipBucket(kind, list)
      : await checkBucket(inputs, bucket, uploader, revision, deps, list, {
          targetAccount: target?.account,
          bucketAccount,
          vars
        })
  if (facts.kmsKeyArn) vars.kmsKeyArn = facts.kmsKeyArn
  const setup = preflightSetup(inputs, {
    source: sourceKind,
    bucketAccount,
    kms: facts.kms,
    revision: kind
  })

  const { deploymentConfig, group } = await checkCodeDeploy(
    inputs,
    target,
    revision,
    deps,
    list,
    setup,
    vars
  )
  await checkPolicySimulation(
    {
      inputs,
      identities,
      setup,
      vars,
      objectKey: revision?.key,
      deploymentConfig,
      bucket,
      bucketAccount: inputs.s3BucketOwner ?? identities[bucketAccount]?.account
    },
    deps,
    list
  )
  await checkCommitOrder(inputs, env, target && group && groupFacts(group), target, deps, list)
  checkGitHubDeployment(inputs, list)
  return { checks: list.checks, setup, vars }
}

/** The values the statements in the evidence and the summary are filled with. */
function policyVars(
  inputs: ActionInputs,
  revision: RevisionFacts | undefined,
  bucket: string | undefined,
  { source, target, subject }: Identities
): Partial<PolicyVars> {
  return {
    partition: partitionOf(inputs.roleToAssume ?? inputs.oidcRoleArn ?? target?.arn),
    region: inputs.region,
    sourceAccount: source?.account,
    targetAccount: target?.account,
    sourceRoleArn: inputs.oidcRoleArn ?? roleArnOf(source?.arn),
    targetRoleArn: inputs.roleToAssume ?? roleArnOf(target?.arn),
    application: inputs.application,
    deploymentGroup: inputs.deploymentGroup,
    bucket,
    revisionKeys:
      revision?.kind === 'existing' && revision.key
        ? revision.key
        : revisionKeys(inputs.s3KeyPrefix, inputs.application),
    audience: inputs.audience,
    subject,
    externalId: inputs.roleExternalId,
    taskRoleArn: revision?.taskRoleArn,
    executionRoleArn: revision?.executionRoleArn
  }
}

function bucketAccountOf(
  inputs: ActionInputs,
  target: Identity | undefined
): Setup['bucketAccount'] {
  if (inputs.s3BucketOwner === undefined) return inputs.uploadCredentials
  return inputs.s3BucketOwner === target?.account ? 'target' : 'source'
}

/** No bucket to check: an AppSpec that never goes to S3, or no bucket named at all. */
function skipBucket(kind: Setup['revision'], list: Checklist): BucketFacts {
  list.add(
    'Revision bucket',
    'skipped',
    kind === 'appspec-content'
      ? 'not used: an ECS or Lambda AppSpec is sent to CodeDeploy as it is, nothing goes to S3'
      : kind === 'github'
        ? 'not used: CodeDeploy fetches the commit from GitHub, nothing goes to S3'
        : 'no s3-bucket or revision-location'
  )
  return { kms: false }
}
