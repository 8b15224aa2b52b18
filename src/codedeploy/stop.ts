import {
  GetDeploymentCommand,
  StopDeploymentCommand,
  type CodeDeployClient
} from '@aws-sdk/client-codedeploy'
import { DeploymentError } from '../common/errors.js'
import { errorText } from '../common/aws-errors.js'
import { oneLine } from '../common/untrusted.js'
import { TERMINAL_STATUSES } from './status.js'
import type { Log } from '../common/log.js'

/**
 * Stops a deployment, asking CodeDeploy to roll back to the last good revision when `rollback`
 * is set. Returns CodeDeploy's answer ("Pending" while instances are still being stopped).
 */
export async function stopDeployment(
  cd: CodeDeployClient,
  deploymentId: string,
  rollback: boolean,
  reason: string,
  log: Log
): Promise<string> {
  log.info(
    `Stopping deployment ${deploymentId} (${reason}), ${rollback ? 'with' : 'without'} rollback.`
  )
  try {
    const out = await cd.send(
      new StopDeploymentCommand({ deploymentId, autoRollbackEnabled: rollback })
    )
    const status = out.status ?? 'Pending'
    const said = out.statusMessage ? `: ${oneLine(out.statusMessage)}` : ''
    log.info(`StopDeployment answered ${oneLine(status)}${said}.`)
    return status
  } catch (err) {
    throw new DeploymentError(
      `Could not stop deployment ${deploymentId} (codedeploy:StopDeployment): ${errorText(err)}. Stop it in the AWS console, and check that the deploying role may call codedeploy:StopDeployment.`,
      { cause: err }
    )
  }
}

/** True when the deployment is still running (not Succeeded, Failed or Stopped). */
export async function isActive(cd: CodeDeployClient, deploymentId: string): Promise<boolean> {
  const out = await cd.send(new GetDeploymentCommand({ deploymentId }))
  return !TERMINAL_STATUSES.has(out.deploymentInfo?.status ?? '')
}
