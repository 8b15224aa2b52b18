import type { ComputePlatform } from '@aws-sdk/client-codedeploy'
import type { BundleType } from '../bundle/index.js'
import type { ActionInputs } from '../inputs/inputs.js'
import type { Setup } from '../advice/permissions.js'
import {
  discard,
  planRevision,
  platformOf,
  prepareLocalRevision,
  type LocalRevision,
  type RevisionPlan
} from '../revision/plan.js'
import { bundleKey } from '../s3/keys.js'
import { revisionLocation } from '../s3/objects.js'
import { messageOf, type Checklist } from './checklist.js'
import { shown } from '../common/untrusted.js'

/** The revision as dry-run sees it: where it would be stored in S3, if anywhere. */
export interface RevisionFacts {
  kind: Setup['revision']
  platform?: ComputePlatform
  bucket?: string
  key?: string
  versionId?: string
  bundleType?: BundleType
  sha256?: string
  /** The roles of task-definition's task definition, which registering it passes to ECS. */
  taskRoleArn?: string
  executionRoleArn?: string
}

type Local<K extends LocalRevision['kind']> = Extract<LocalRevision, { kind: K }>

/** Prepares the revision as a deployment would, locally only; undefined when that fails. */
export async function checkRevision(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  list: Checklist
): Promise<RevisionFacts | undefined> {
  let plan: RevisionPlan
  let local: LocalRevision
  try {
    plan = await planRevision(inputs)
    local = await prepareLocalRevision(plan, inputs, env)
  } catch (err) {
    list.add('Revision', 'failed', messageOf(err))
    return undefined
  }
  switch (local.kind) {
    case 'bundle':
      return checkBundle(inputs, local, list)
    case 'appspec-content':
      return checkAppSpecContent(local, list)
    case 'existing':
      return checkExisting(plan, local, list)
    case 'github':
      return checkGitHub(local, list)
  }
}

function checkGitHub(local: Local<'github'>, list: Checklist): RevisionFacts {
  const { source, appSpec } = local
  const hooks = appSpec.hooks.map(h => h.event).join(', ') || 'none'
  list.add(
    'GitHub revision and AppSpec',
    'passed',
    `${source.repository} at ${source.commit}, which CodeDeploy fetches through the account's GitHub connection (not checked here); ${appSpec.file} is valid (os ${appSpec.os}, hooks: ${hooks})`
  )
  for (const warning of appSpec.warnings) list.add('AppSpec', 'warning', warning)
  return { kind: 'github', platform: 'Server' }
}

async function checkBundle(
  inputs: ActionInputs,
  local: Local<'bundle'>,
  list: Checklist
): Promise<RevisionFacts> {
  const { bundle } = local
  await discard(local)
  const { appSpec } = bundle
  const hooks = appSpec.hooks.map(h => h.event).join(', ') || 'none'
  const count = appSpec.warnings.length
  const warned = count ? `, with ${count} warning${count === 1 ? '' : 's'} below` : ''
  list.add(
    'Bundle and AppSpec',
    'passed',
    `${bundle.fileCount} files, ${bundle.size} bytes, SHA-256 ${bundle.sha256}; ${appSpec.file} is valid (os ${appSpec.os}, hooks: ${hooks})${warned}`
  )
  // What the agent accepts but most likely not as meant: one check each, with its line.
  for (const warning of appSpec.warnings) list.add('AppSpec', 'warning', warning)
  return {
    kind: 'bundle',
    platform: 'Server',
    bucket: local.bucket,
    key: bundleKey(inputs.s3KeyPrefix, inputs.application, bundle.sha256, bundle.bundleType),
    bundleType: bundle.bundleType,
    sha256: bundle.sha256
  }
}

function checkAppSpecContent(local: Local<'appspec-content'>, list: Checklist): RevisionFacts {
  const { content, taskDefinition } = local
  if (taskDefinition) {
    const containers = (taskDefinition.containerDefinitions ?? [])
      .map(c => shown(String(c.name)))
      .join(', ')
    const roles = [taskDefinition.taskRoleArn, taskDefinition.executionRoleArn]
      .filter((role): role is string => typeof role === 'string' && role !== '')
      .map(shown)
    list.add(
      'Task definition',
      'passed',
      `family ${taskDefinition.family}, containers ${containers}${roles.length ? `, roles ${roles.join(', ')}` : ''}; registered (a new revision) when deploying, its ARN then replaces the AppSpec's TaskDefinition`
    )
  }
  const platform = content.appSpec.platform
  const what =
    content.appSpec.platform === 'ECS'
      ? `task definition ${content.appSpec.taskDefinition}, container ${content.appSpec.containerName}:${content.appSpec.containerPort}`
      : `function ${content.appSpec.functionName}, alias ${content.appSpec.alias}, ${content.appSpec.currentVersion} → ${content.appSpec.targetVersion}`
  list.add('AppSpec', 'passed', `${platform} AppSpec is valid (${what}); SHA-256 ${content.sha256}`)
  return {
    kind: 'appspec-content',
    platform,
    sha256: content.sha256,
    taskRoleArn: taskDefinition?.taskRoleArn,
    executionRoleArn: taskDefinition?.executionRoleArn
  }
}

function checkExisting(
  plan: RevisionPlan,
  local: Local<'existing'>,
  list: Checklist
): RevisionFacts {
  const { location } = local
  list.add(
    'Revision',
    'passed',
    `revision-location ${revisionLocation(location.bucket, location.key, location.versionId)} (${location.bundleType}) is deployed as it is; its object is checked below`
  )
  return {
    kind: 'existing',
    platform: platformOf(plan),
    bucket: location.bucket,
    key: location.key,
    versionId: location.versionId,
    bundleType: location.bundleType
  }
}
