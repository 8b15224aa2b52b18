import {
  CreateDeploymentCommand,
  GetDeploymentGroupCommand,
  RegisterApplicationRevisionCommand,
  type CodeDeployClient,
  type ComputePlatform,
  type DeploymentGroupInfo,
  type RevisionLocation
} from '@aws-sdk/client-codedeploy'
import { DeploymentError } from '../common/errors.js'
import { errorText, isAccessDenied } from '../common/aws-errors.js'
import { explainedMessage } from '../advice/explain.js'
import type { BundleType } from '../bundle/index.js'
import type { FileExistsBehavior } from '../inputs/inputs.js'
import type { DeploymentOverrides } from '../inputs/overrides.js'
import type { Log } from '../common/log.js'

export interface S3Revision {
  bucket: string
  key: string
  bundleType: BundleType
  etag: string
  versionId?: string
}

export interface DeploymentRequest {
  application: string
  deploymentGroup: string
  deploymentConfig?: string
  description: string
  fileExistsBehavior?: FileExistsBehavior
  ignoreApplicationStopFailures: boolean
  overrides?: DeploymentOverrides
}

/** Who is deploying where, for error messages. */
export interface DeployTarget {
  identity: string
  accountId: string
  region: string
}

export function s3RevisionLocation(r: S3Revision): RevisionLocation {
  return {
    revisionType: 'S3',
    s3Location: {
      bucket: r.bucket,
      key: r.key,
      bundleType: r.bundleType,
      eTag: r.etag || undefined,
      version: r.versionId
    }
  }
}

function deploymentError(
  action: string,
  req: DeploymentRequest,
  target: DeployTarget,
  err: unknown
): DeploymentError {
  const message = explainedMessage(`${action} failed`, errorText(err), err, {
    step: 'codedeploy',
    action,
    application: req.application,
    deploymentGroup: req.deploymentGroup,
    deploymentConfig: req.deploymentConfig,
    identity: target.identity,
    accountId: target.accountId,
    region: target.region
  })
  return new DeploymentError(message, { cause: err })
}

/** What the run reads of the deployment group before anything is uploaded. */
export interface GroupFacts {
  computePlatform?: ComputePlatform
  /** The group's latest successful deployment, as CodeDeploy keeps it. */
  lastSuccessfulDeploymentId?: string
}

export function groupFacts(info: DeploymentGroupInfo | undefined): GroupFacts {
  return {
    computePlatform: info?.computePlatform,
    lastSuccessfulDeploymentId: info?.lastSuccessfulDeployment?.deploymentId
  }
}

/**
 * The deployment group, read before anything is uploaded so a missing group or an EC2 bundle sent
 * to an ECS group fails first. Undefined when the caller may not read the group.
 */
export async function readDeploymentGroup(
  cd: CodeDeployClient,
  req: DeploymentRequest,
  target: DeployTarget,
  log: Log
): Promise<GroupFacts | undefined> {
  try {
    const out = await cd.send(
      new GetDeploymentGroupCommand({
        applicationName: req.application,
        deploymentGroupName: req.deploymentGroup
      })
    )
    return groupFacts(out.deploymentGroupInfo)
  } catch (err) {
    if (isAccessDenied(err)) {
      log.warning(
        `Could not read deployment group '${req.deploymentGroup}' (codedeploy:GetDeploymentGroup was denied); its checks are skipped.`
      )
      return undefined
    }
    throw deploymentError('codedeploy:GetDeploymentGroup', req, target, err)
  }
}

export async function registerRevision(
  cd: CodeDeployClient,
  req: DeploymentRequest,
  revision: RevisionLocation,
  target: DeployTarget
): Promise<void> {
  try {
    await cd.send(
      new RegisterApplicationRevisionCommand({
        applicationName: req.application,
        description: req.description,
        revision
      })
    )
  } catch (err) {
    throw deploymentError('codedeploy:RegisterApplicationRevision', req, target, err)
  }
}

export async function createDeployment(
  cd: CodeDeployClient,
  req: DeploymentRequest,
  revision: RevisionLocation,
  target: DeployTarget
): Promise<string> {
  try {
    const out = await cd.send(
      new CreateDeploymentCommand({
        applicationName: req.application,
        deploymentGroupName: req.deploymentGroup,
        deploymentConfigName: req.deploymentConfig,
        description: req.description,
        revision,
        fileExistsBehavior: req.fileExistsBehavior,
        ignoreApplicationStopFailures: req.ignoreApplicationStopFailures,
        ...overrideFields(req.overrides)
      })
    )
    if (!out.deploymentId) throw new DeploymentError('CreateDeployment returned no deployment ID.')
    return out.deploymentId
  } catch (err) {
    if (err instanceof DeploymentError) throw err
    throw deploymentError('codedeploy:CreateDeployment', req, target, err)
  }
}

/** Only the overrides that are set: an absent field leaves the group's own setting. */
function overrideFields(o: DeploymentOverrides | undefined) {
  return {
    ...(o?.autoRollback ? { autoRollbackConfiguration: o.autoRollback } : {}),
    ...(o?.ignoreAlarms ? { overrideAlarmConfiguration: { enabled: false } } : {}),
    ...(o?.updateOutdatedInstancesOnly ? { updateOutdatedInstancesOnly: true } : {})
  }
}
