import {
  BatchGetDeploymentTargetsCommand,
  ListDeploymentTargetsCommand,
  type CodeDeployClient,
  type LifecycleEvent
} from '@aws-sdk/client-codedeploy'
import { explain, formatExplanation, type CodeDeployContext } from '../advice/explain.js'
import { errorText } from '../common/aws-errors.js'
import { DeploymentError } from '../common/errors.js'
import type { TargetFailure } from '../common/outcome.js'

function failedEvent(events: LifecycleEvent[] | undefined): LifecycleEvent | undefined {
  return events?.find(e => e.status === 'Failed')
}

const BATCH_SIZE = 25

/**
 * The agent downloads the revision with the instance profile, not with the action's
 * credentials: a failed DownloadBundle is nearly always that role, the bucket policy or the key.
 */
const DOWNLOAD_HINT =
  ' (DownloadBundle: the instance profile role of the instances must allow s3:GetObject and s3:GetObjectVersion on the revision, statement InstancesReadRevisions; a bucket in another account must allow them to that role in its bucket policy, statement ProductionInstancesRead; a KMS-encrypted bucket needs kms:Decrypt too)'

/**
 * Lists the targets of a deployment that failed, each with the lifecycle event that failed and
 * the tail of its script log. Works for EC2/on-premises, ECS, Lambda and CloudFormation targets.
 */
export async function collectFailures(
  cd: CodeDeployClient,
  deploymentId: string,
  /** Where the deployment is, so an error can name the exact policy statement to add. */
  where: Omit<CodeDeployContext, 'step' | 'action' | 'deploymentId'> = {}
): Promise<TargetFailure[]> {
  const read = async <T>(action: string, call: () => Promise<T>): Promise<T> => {
    try {
      return await call()
    } catch (err) {
      const explained = formatExplanation(
        explain(err, { ...where, step: 'codedeploy', action, deploymentId })
      )
      throw new DeploymentError(
        `Could not list the failed targets of ${deploymentId} (${action}): ${errorText(err)}. ${explained}`,
        { cause: err }
      )
    }
  }
  const ids: string[] = []
  let nextToken: string | undefined
  do {
    const page = await read('codedeploy:ListDeploymentTargets', () =>
      cd.send(
        new ListDeploymentTargetsCommand({
          deploymentId,
          nextToken,
          targetFilters: { TargetStatus: ['Failed'] }
        })
      )
    )
    ids.push(...(page.targetIds ?? []))
    nextToken = page.nextToken
  } while (nextToken)

  const failures: TargetFailure[] = []
  for (let i = 0; i < ids.length; i += BATCH_SIZE) {
    const batch = await read('codedeploy:BatchGetDeploymentTargets', () =>
      cd.send(
        new BatchGetDeploymentTargetsCommand({
          deploymentId,
          targetIds: ids.slice(i, i + BATCH_SIZE)
        })
      )
    )
    for (const t of batch.deploymentTargets ?? []) {
      const target = t.instanceTarget ?? t.ecsTarget ?? t.lambdaTarget ?? t.cloudFormationTarget
      if (!target || target.status !== 'Failed') continue
      const event = failedEvent(target.lifecycleEvents)
      const lifecycleEvent = event?.lifecycleEventName ?? ''
      const message = event?.diagnostics?.message ?? ''
      failures.push({
        targetId: target.targetId ?? 'unknown target',
        lifecycleEvent,
        errorCode: event?.diagnostics?.errorCode ?? '',
        scriptName: event?.diagnostics?.scriptName ?? '',
        message: lifecycleEvent === 'DownloadBundle' ? `${message}${DOWNLOAD_HINT}` : message,
        logTail: event?.diagnostics?.logTail ?? ''
      })
    }
  }
  return failures
}
