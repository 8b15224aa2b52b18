import { ACTIVE_STATUSES } from '../codedeploy/status.js'
import {
  GetApplicationCommand,
  GetApplicationRevisionCommand,
  GetDeploymentCommand,
  GetDeploymentConfigCommand,
  GetDeploymentGroupCommand,
  ListDeploymentTargetsCommand,
  ListDeploymentsCommand,
  type CodeDeployClient,
  type ComputePlatform,
  type DeploymentGroupInfo
} from '@aws-sdk/client-codedeploy'
import { errorName } from '../common/aws-errors.js'
import type { CodeDeployContext } from '../advice/explain.js'
import type { ActionInputs } from '../inputs/inputs.js'
import { requirementsFor, type PolicyVars, type Setup } from '../advice/permissions.js'
import { checkPlatformMatches } from '../revision/platform.js'
import {
  attempt,
  describeRequirement,
  explained,
  messageOf,
  type CheckStatus,
  type Checklist
} from './checklist.js'
import type { Identity } from './credentials.js'
import type { PreflightDeps } from './deps.js'
import type { RevisionFacts } from './revision.js'

/** What every CodeDeploy check works with: CodeDeploy, read as the target identity. */
interface CodeDeployProbe {
  inputs: ActionInputs
  cd: CodeDeployClient
  target: Identity
  list: Checklist
  /** "account …, region …", where the application and group are looked for. */
  where: string
  ctx: (action: string, deploymentId?: string) => CodeDeployContext
  /** The target-permissions statements with these Sids, as a checklist quotes them. */
  needs: (sids: string[]) => string
}

type CodeDeployTitles = ReturnType<typeof codeDeployTitles>

/** What the CodeDeploy checks read that later checks use. */
export interface CodeDeployFacts {
  /** The deployment configuration's name: the input's, else the group's. */
  deploymentConfig?: string
  /** Undefined when the group could not be read. */
  group?: DeploymentGroupInfo
}

/** The checks of the application and group, read as the target. */
export async function checkCodeDeploy(
  inputs: ActionInputs,
  target: Identity | undefined,
  revision: RevisionFacts | undefined,
  deps: PreflightDeps,
  list: Checklist,
  setup: Setup,
  vars: Partial<PolicyVars>
): Promise<CodeDeployFacts> {
  const titles = codeDeployTitles(inputs)
  if (!target) {
    for (const title of Object.values(titles)) {
      list.add(title, 'skipped', 'needs the target credentials')
    }
    return { deploymentConfig: inputs.deploymentConfig }
  }
  const probe = codeDeployProbe(inputs, target, deps, list, setup, vars)
  const applicationPlatform = await checkApplication(probe, titles.application)
  const info = await checkGroup(probe, titles.group)
  const platform = info?.computePlatform ?? applicationPlatform
  list.add(
    titles.platform,
    ...platformCheck(platform, revision?.platform, inputs.application, inputs.deploymentGroup)
  )
  if (inputs.uploadOnly) {
    list.add(titles.config, 'skipped', 'upload-only: no deployment is created')
  } else {
    await checkConfig(probe, info, titles.config)
  }
  await checkRegistration(probe, revision, titles.revision)
  if (inputs.uploadOnly) {
    skipDeploymentChecks(probe, titles)
    return { group: info }
  }
  await checkActive(probe, titles.active)
  await checkFollow(probe, titles.follow)
  reportUntried(probe, setup, titles)
  return { deploymentConfig: inputs.deploymentConfig ?? info?.deploymentConfigName, group: info }
}

function codeDeployTitles(inputs: ActionInputs) {
  return {
    application: `Application ${inputs.application}`,
    group: `Deployment group ${inputs.deploymentGroup}`,
    platform: 'Compute platform',
    config: 'Deployment configuration',
    revision: 'Revision registration',
    active: 'Deployments in progress',
    follow: 'Follow a deployment (wait)',
    create: 'Register the revision and create the deployment',
    stop: 'Stop a deployment'
  }
}

function codeDeployProbe(
  inputs: ActionInputs,
  target: Identity,
  deps: PreflightDeps,
  list: Checklist,
  setup: Setup,
  vars: Partial<PolicyVars>
): CodeDeployProbe {
  return {
    inputs,
    cd: deps.codeDeploy(target.credentials),
    target,
    list,
    where: `account ${target.account}, region ${inputs.region}`,
    ctx: (action, deploymentId) => ({
      step: 'codedeploy',
      action,
      application: inputs.application,
      deploymentGroup: inputs.deploymentGroup,
      deploymentConfig: inputs.deploymentConfig,
      deploymentId,
      identity: target.arn,
      accountId: target.account,
      region: inputs.region
    }),
    needs: sids =>
      requirementsFor(setup)
        .filter(r => r.policy === 'target-permissions' && sids.includes(r.sid))
        .map(r => describeRequirement(r, vars))
        .join('; ')
  }
}

/** The application's compute platform, when it could be read. */
async function checkApplication(
  { inputs, cd, list, where, ctx }: CodeDeployProbe,
  title: string
): Promise<ComputePlatform | undefined> {
  const application = await attempt(() =>
    cd.send(new GetApplicationCommand({ applicationName: inputs.application }))
  )
  if ('err' in application) {
    const action = 'codedeploy:GetApplication'
    list.optional(title, application.err, explained(application.err, ctx(action)))
    return undefined
  }
  const platform = application.ok.application?.computePlatform
  list.add(title, 'passed', `exists in ${where} (compute platform ${platform ?? 'unknown'})`)
  return platform
}

async function checkGroup(
  { inputs, cd, list, where, ctx }: CodeDeployProbe,
  title: string
): Promise<DeploymentGroupInfo | undefined> {
  const group = await attempt(() =>
    cd.send(
      new GetDeploymentGroupCommand({
        applicationName: inputs.application,
        deploymentGroupName: inputs.deploymentGroup
      })
    )
  )
  if ('err' in group) {
    const action = 'codedeploy:GetDeploymentGroup'
    list.optional(title, group.err, explained(group.err, ctx(action)))
    return undefined
  }
  const info = group.ok.deploymentGroupInfo
  const style = info?.deploymentStyle
  const kind = style ? `, ${style.deploymentType ?? ''} ${style.deploymentOption ?? ''}` : ''
  list.add(
    title,
    'passed',
    `exists in ${where}: service role ${info?.serviceRoleArn ?? 'none'}, deployment configuration ${info?.deploymentConfigName ?? 'default'}${kind.trimEnd()}`
  )
  return info
}

/** Whether the group takes the kind of revision the inputs make. */
export function platformCheck(
  group: ComputePlatform | undefined,
  revision: ComputePlatform | undefined,
  application: string,
  deploymentGroup: string
): [CheckStatus, string] {
  if (!group) return ['skipped', 'unknown: neither the application nor the group could be read']
  if (!revision) {
    return ['passed', `${group}; the revision-location object is not opened, so not compared`]
  }
  try {
    checkPlatformMatches(revision, group, application, deploymentGroup)
  } catch (err) {
    return ['failed', messageOf(err)]
  }
  return ['passed', `${group}, which takes this revision`]
}

async function checkConfig(
  { inputs, cd, list, ctx }: CodeDeployProbe,
  info: DeploymentGroupInfo | undefined,
  title: string
): Promise<void> {
  const name = inputs.deploymentConfig ?? info?.deploymentConfigName
  if (!name) {
    list.add(title, 'skipped', 'no deployment-config input, and the group could not be read')
    return
  }
  const from = inputs.deploymentConfig ? 'the deployment-config input' : "the group's"
  const config = await attempt(() =>
    cd.send(new GetDeploymentConfigCommand({ deploymentConfigName: name }))
  )
  if ('err' in config) {
    const why = explained(config.err, ctx('codedeploy:GetDeploymentConfig'))
    list.add(title, 'failed', `${name} (${from}): ${why}`)
    return
  }
  const hosts = config.ok.deploymentConfigInfo?.minimumHealthyHosts
  const value = hosts?.value ?? 0
  const minimum =
    hosts?.type === 'FLEET_PERCENT'
      ? `${value}% of the fleet`
      : `${value} host${value === 1 ? '' : 's'}`
  list.add(
    title,
    'passed',
    `${name} (${from}) exists${hosts ? `: minimum healthy hosts ${minimum}` : ''}`
  )
}

/** GetApplicationRevision is read-only and needs the permission RegisterRevision grants. */
async function checkRegistration(
  { inputs, cd, list, ctx }: CodeDeployProbe,
  revision: RevisionFacts | undefined,
  title: string
): Promise<void> {
  if (!revision?.bucket || !revision.key || !revision.bundleType) {
    list.add(
      title,
      'skipped',
      revision?.kind === 'appspec-content'
        ? 'an AppSpec content revision is registered as it is sent'
        : revision?.kind === 'github'
          ? 'a GitHub revision is registered as it is sent'
          : 'the revision could not be prepared'
    )
    return
  }
  const location = {
    bucket: revision.bucket,
    key: revision.key,
    bundleType: revision.bundleType,
    version: revision.versionId
  }
  const found = await attempt(() =>
    cd.send(
      new GetApplicationRevisionCommand({
        applicationName: inputs.application,
        revision: { revisionType: 'S3', s3Location: location }
      })
    )
  )
  if ('ok' in found) {
    const at = found.ok.revisionInfo?.registerTime?.toISOString()
    list.add(title, 'passed', `already registered${at ? ` (since ${at})` : ''}`)
  } else if (errorName(found.err) === 'RevisionDoesNotExistException') {
    list.add(
      title,
      'passed',
      'not registered yet: it would be (codedeploy:GetApplicationRevision allowed)'
    )
  } else {
    list.add(title, 'failed', explained(found.err, ctx('codedeploy:GetApplicationRevision')))
  }
}

function skipDeploymentChecks(
  { target, list, needs }: CodeDeployProbe,
  titles: CodeDeployTitles
): void {
  for (const title of [titles.active, titles.follow, titles.stop]) {
    list.add(title, 'skipped', 'upload-only: no deployment is created')
  }
  list.add(
    'Register the revision',
    'skipped',
    `not tried: dry-run registers nothing. ${target.arn} needs ${needs(['RegisterRevision'])}`
  )
}

async function checkActive(
  { inputs, cd, list, ctx }: CodeDeployProbe,
  title: string
): Promise<void> {
  const active = await attempt(() =>
    cd.send(
      new ListDeploymentsCommand({
        applicationName: inputs.application,
        deploymentGroupName: inputs.deploymentGroup,
        includeOnlyStatuses: ACTIVE_STATUSES
      })
    )
  )
  if ('err' in active) {
    list.optional(title, active.err, explained(active.err, ctx('codedeploy:ListDeployments')))
    return
  }
  const ids = active.ok.deployments ?? []
  const action = { wait: 'wait for it to end', stop: 'stop it', fail: 'fail the step' }[
    inputs.onActiveDeployment
  ]
  list.add(
    title,
    'passed',
    ids.length
      ? `${ids.join(', ')} in progress: on-active-deployment '${inputs.onActiveDeployment}' would ${action}`
      : 'none'
  )
}

/** Reads the group's latest deployment, if any, to learn whether the wait's calls are allowed. */
async function checkFollow(
  { inputs, cd, list, ctx }: CodeDeployProbe,
  title: string
): Promise<void> {
  if (!inputs.wait) {
    list.add(title, 'skipped', 'wait is false')
    return
  }
  const latest = await attempt(() =>
    cd.send(
      new ListDeploymentsCommand({
        applicationName: inputs.application,
        deploymentGroupName: inputs.deploymentGroup
      })
    )
  )
  if ('err' in latest) {
    // Only this check lists deployments: the wait itself never calls ListDeployments.
    list.optional(title, latest.err, explained(latest.err, ctx('codedeploy:ListDeployments')))
    return
  }
  const id = latest.ok.deployments?.[0]
  if (!id) {
    list.add(
      title,
      'skipped',
      'the group has no deployment yet to read; the wait needs codedeploy:GetDeployment, ListDeploymentTargets and BatchGetDeploymentTargets'
    )
    return
  }
  const deployment = await attempt(() => cd.send(new GetDeploymentCommand({ deploymentId: id })))
  if ('err' in deployment) {
    list.add(title, 'failed', explained(deployment.err, ctx('codedeploy:GetDeployment', id)))
    return
  }
  const targets = await attempt(() =>
    cd.send(new ListDeploymentTargetsCommand({ deploymentId: id }))
  )
  if ('err' in targets) {
    const why = explained(targets.err, ctx('codedeploy:ListDeploymentTargets', id))
    list.optional(title, targets.err, why)
    return
  }
  list.add(
    title,
    'passed',
    `read deployment ${id} (${deployment.ok.deploymentInfo?.status ?? 'unknown status'}) and its ${targets.ok.targetIds?.length ?? 0} targets (codedeploy:GetDeployment, codedeploy:ListDeploymentTargets)`
  )
}

/** What only a real deployment would do, with the statements it needs. */
function reportUntried(
  { target, list, needs }: CodeDeployProbe,
  setup: Setup,
  titles: CodeDeployTitles
): void {
  list.add(
    titles.create,
    'skipped',
    `not tried: dry-run creates nothing. ${target.arn} needs ${needs(['RegisterRevision', 'CreateDeployment', 'ReadDeploymentConfig'])}`
  )
  list.add(
    titles.stop,
    'skipped',
    setup.stop
      ? `not tried: it would stop a deployment. Needed for stop-on-cancel, stop-on-timeout or on-active-deployment: stop: ${needs(['StopDeployment'])}`
      : 'not needed: stop-on-cancel and stop-on-timeout are off and on-active-deployment is not stop'
  )
}
