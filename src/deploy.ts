import {
  CreateDeploymentCommand,
  RegisterApplicationRevisionCommand,
  type CodeDeployClient,
  type RevisionLocation
} from '@aws-sdk/client-codedeploy'
import { DeploymentError } from './errors.js'
import { errorName, errorText } from './aws-errors.js'
import type { FileExistsBehavior } from './inputs.js'

export interface S3Revision {
  bucket: string
  key: string
  bundleType: 'zip' | 'tar' | 'tgz'
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

function hintFor(
  err: unknown,
  action: string,
  req: DeploymentRequest,
  target: DeployTarget
): string {
  const where = `account ${target.accountId}, region ${target.region}`
  switch (errorName(err)) {
    case 'ApplicationDoesNotExistException':
      return `application '${req.application}' does not exist in ${where}; check the application input and aws-region`
    case 'DeploymentGroupDoesNotExistException':
      return `deployment group '${req.deploymentGroup}' of application '${req.application}' does not exist in ${where}`
    case 'DeploymentConfigDoesNotExistException':
      return `deployment configuration '${req.deploymentConfig}' does not exist in ${where}`
    case 'InvalidRoleException':
      return `the service role of deployment group '${req.deploymentGroup}' is missing or does not trust codedeploy.amazonaws.com`
    case 'AccessDeniedException':
    case 'AccessDenied':
      return `the policy of ${target.identity} must allow ${action} on the application '${req.application}' and its deployment group (for example the AWSCodeDeployDeployerAccess managed policy)`
    case 'DeploymentLimitExceededException':
      return `another deployment to '${req.deploymentGroup}' is still in progress; wait for it to end or stop it`
    case 'RevisionDoesNotExistException':
    case 'InvalidRevisionException':
      return 'the revision must be readable by CodeDeploy; check the bucket, key and version'
    default:
      return `check the inputs and the permissions of ${target.identity}`
  }
}

function deploymentError(
  action: string,
  req: DeploymentRequest,
  target: DeployTarget,
  err: unknown
): DeploymentError {
  return new DeploymentError(
    `${action} failed: ${errorText(err)}. Check: ${hintFor(err, action, req, target)}.`,
    { cause: err }
  )
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
        ignoreApplicationStopFailures: req.ignoreApplicationStopFailures
      })
    )
    if (!out.deploymentId) throw new DeploymentError('CreateDeployment returned no deployment ID.')
    return out.deploymentId
  } catch (err) {
    if (err instanceof DeploymentError) throw err
    throw deploymentError('codedeploy:CreateDeployment', req, target, err)
  }
}
