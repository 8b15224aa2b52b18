import {
  BatchGetDeploymentTargetsCommand,
  ListDeploymentTargetsCommand,
  type CodeDeployClient,
  type DeploymentTarget,
  type LifecycleEvent
} from '@aws-sdk/client-codedeploy'
import { explain, formatExplanation, type CodeDeployContext } from '../advice/explain.js'
import { errorText } from '../common/aws-errors.js'
import { DeploymentError } from '../common/errors.js'
import type { EventReport, TargetReport } from '../common/outcome.js'

/** BatchGetDeploymentTargets takes at most 25 target IDs. */
export const BATCH_SIZE = 25

/**
 * At most this many targets are read one by one (200 BatchGetDeploymentTargets calls), so a huge
 * fleet costs a bounded number of calls; past it, failed targets are read first.
 */
export const MAX_TARGETS = 5000

export interface CollectedTargets {
  targets: TargetReport[]
  /** Targets of the deployment not read because of MAX_TARGETS. */
  leftOut: number
}

type Where = Omit<CodeDeployContext, 'step' | 'action' | 'deploymentId'>

function eventReport(e: LifecycleEvent): EventReport {
  const d = e.diagnostics
  return {
    name: e.lifecycleEventName ?? '',
    status: e.status ?? 'Unknown',
    start: e.startTime?.getTime(),
    end: e.endTime?.getTime(),
    ...(d && {
      errorCode: d.errorCode ?? '',
      scriptName: d.scriptName ?? '',
      message: d.message ?? '',
      logTail: d.logTail ?? ''
    })
  }
}

/** Any kind of target: EC2/on-premises, ECS, Lambda or CloudFormation. */
function targetReport(t: DeploymentTarget): TargetReport | undefined {
  const target = t.instanceTarget ?? t.ecsTarget ?? t.lambdaTarget ?? t.cloudFormationTarget
  if (!target) return undefined
  return {
    targetId: target.targetId ?? 'unknown target',
    status: target.status ?? 'Unknown',
    events: (target.lifecycleEvents ?? []).map(eventReport)
  }
}

/**
 * Reads the targets of a deployment that ended, each with its lifecycle events and their
 * diagnostics: ListDeploymentTargets page by page, then BatchGetDeploymentTargets 25 at a time.
 * Throttled calls are retried by the client's own retry strategy.
 */
export async function collectTargets(
  cd: CodeDeployClient,
  deploymentId: string,
  /** Where the deployment is, so an error can name the exact policy statement to add. */
  where: Where = {}
): Promise<CollectedTargets> {
  const read = reader(deploymentId, where)
  let ids = await listTargetIds(cd, deploymentId, read)
  const all = ids.length
  if (all > MAX_TARGETS) {
    const failed = await listTargetIds(cd, deploymentId, read, ['Failed'])
    const isFailed = new Set(failed)
    ids = [...failed, ...ids.filter(id => !isFailed.has(id))].slice(0, MAX_TARGETS)
  }
  const targets: TargetReport[] = []
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
      const report = targetReport(t)
      if (report) targets.push(report)
    }
  }
  return { targets, leftOut: all - ids.length }
}

type Read = <T>(action: string, call: () => Promise<T>) => Promise<T>

function reader(deploymentId: string, where: Where): Read {
  return async (action, call) => {
    try {
      return await call()
    } catch (err) {
      const explained = formatExplanation(
        explain(err, { ...where, step: 'codedeploy', action, deploymentId })
      )
      throw new DeploymentError(
        `Could not list the targets of ${deploymentId} (${action}): ${errorText(err)}. ${explained}`,
        { cause: err }
      )
    }
  }
}

async function listTargetIds(
  cd: CodeDeployClient,
  deploymentId: string,
  read: Read,
  status?: string[]
): Promise<string[]> {
  const ids: string[] = []
  let nextToken: string | undefined
  do {
    const page = await read('codedeploy:ListDeploymentTargets', () =>
      cd.send(
        new ListDeploymentTargetsCommand({
          deploymentId,
          nextToken,
          ...(status && { targetFilters: { TargetStatus: status } })
        })
      )
    )
    ids.push(...(page.targetIds ?? []))
    nextToken = page.nextToken
  } while (nextToken)
  return ids
}
