import {
  ContinueDeploymentCommand,
  GetDeploymentCommand,
  type CodeDeployClient,
  type DeploymentInfo
} from '@aws-sdk/client-codedeploy'
import { errorText } from '../common/aws-errors.js'
import { DeploymentError } from '../common/errors.js'
import { oneLine } from '../common/untrusted.js'

/** The deployment named by continue-deployment or stop-deployment, and where it must be. */
export interface GateRequest {
  deploymentId: string
  application: string
  deploymentGroup: string
  /** The input that named it, for the messages. */
  input: 'continue-deployment' | 'stop-deployment'
}

/**
 * The deployment, once it is known to belong to the application and group of the inputs and to
 * wait at Ready: a gate decides only about a deployment whose replacement is up and tested.
 */
export async function deploymentAtGate(
  cd: CodeDeployClient,
  req: GateRequest
): Promise<DeploymentInfo> {
  const { deploymentId: id, input } = req
  let info: DeploymentInfo | undefined
  try {
    info = (await cd.send(new GetDeploymentCommand({ deploymentId: id }))).deploymentInfo
  } catch (err) {
    throw new DeploymentError(
      `Could not read deployment ${id} (${input}; codedeploy:GetDeployment): ${errorText(err)}.`,
      { cause: err }
    )
  }
  const [application, group] = [info?.applicationName ?? '', info?.deploymentGroupName ?? '']
  if (application !== req.application || group !== req.deploymentGroup) {
    throw new DeploymentError(
      `Deployment ${id} (${input}) belongs to application '${oneLine(application)}', group '${oneLine(group)}', not to '${req.application}', '${req.deploymentGroup}' (application, deployment-group): check the ID.`
    )
  }
  const status = info?.status ?? 'Unknown'
  if (status !== 'Ready') {
    throw new DeploymentError(
      `Deployment ${id} is ${oneLine(status)}, not Ready: ${input} decides about a blue/green deployment that waits at Ready (a step with wait-until: ready).`
    )
  }
  return info ?? { deploymentId: id }
}

/** Reroutes traffic to the replacement of a deployment waiting at Ready. */
export async function continueDeployment(
  cd: CodeDeployClient,
  deploymentId: string
): Promise<void> {
  try {
    await cd.send(new ContinueDeploymentCommand({ deploymentId, deploymentWaitType: 'READY_WAIT' }))
  } catch (err) {
    throw new DeploymentError(
      `Could not continue deployment ${deploymentId} (codedeploy:ContinueDeployment): ${errorText(err)}. The deploying role needs codedeploy:ContinueDeployment on "*".`,
      { cause: err }
    )
  }
}
