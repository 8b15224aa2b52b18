import {
  GetDeploymentCommand,
  ListDeploymentsCommand,
  type CodeDeployClient,
  type DeploymentStatus
} from '@aws-sdk/client-codedeploy'
import { DeploymentError } from './errors.js'
import type { ActiveDeploymentPolicy } from './inputs.js'
import { errorName, errorText, isAccessDenied } from './aws-errors.js'
import { deploymentUrl } from './report.js'
import { stopDeployment } from './stop.js'
import { waitForDeployment, type WaitOptions } from './wait.js'

/** Statuses of a deployment that has not ended. */
export const ACTIVE_STATUSES: DeploymentStatus[] = [
  'Created',
  'Queued',
  'InProgress',
  'Baking',
  'Ready'
]

export interface ActiveOptions {
  application: string
  deploymentGroup: string
  region: string
  policy: ActiveDeploymentPolicy
  rollbackOnStop: boolean
  wait: Omit<WaitOptions, 'log'>
  log: (line: string) => void
  warn: (line: string) => void
}

/**
 * IDs of the group's deployments that have not ended. Undefined when the caller may not list
 * deployments: CreateDeployment then tells us (DeploymentLimitExceededException) instead.
 */
export async function findActiveDeployments(
  cd: CodeDeployClient,
  application: string,
  deploymentGroup: string,
  warn: (line: string) => void
): Promise<string[] | undefined> {
  const ids: string[] = []
  let nextToken: string | undefined
  try {
    do {
      const page = await cd.send(
        new ListDeploymentsCommand({
          applicationName: application,
          deploymentGroupName: deploymentGroup,
          includeOnlyStatuses: ACTIVE_STATUSES,
          nextToken
        })
      )
      ids.push(...(page.deployments ?? []))
      nextToken = page.nextToken
    } while (nextToken)
  } catch (err) {
    if (!isAccessDenied(err)) throw err
    warn(
      `Could not look for deployments in progress (codedeploy:ListDeployments was denied: ${errorText(err)}). Allow it to the deploying role so the on-active-deployment policy can act before CreateDeployment.`
    )
    return undefined
  }
  return ids
}

async function describe(cd: CodeDeployClient, deploymentId: string): Promise<string> {
  try {
    const { deploymentInfo: d } = await cd.send(new GetDeploymentCommand({ deploymentId }))
    const created = d?.createTime ? ` at ${d.createTime.toISOString()}` : ''
    const what = d?.description ? `: "${d.description}"` : ''
    return `${deploymentId} (${d?.status ?? 'unknown status'}, started by ${d?.creator ?? 'unknown'}${created}${what})`
  } catch {
    return deploymentId
  }
}

/**
 * Applies the on-active-deployment policy to deployments already running in the group:
 * wait for them to end, stop them, or fail with their ID and link.
 */
export async function settleActiveDeployments(
  cd: CodeDeployClient,
  active: string[],
  options: ActiveOptions
): Promise<void> {
  for (const id of active) {
    const link = deploymentUrl(options.region, id)
    if (options.policy === 'fail') {
      throw new DeploymentError(
        `Deployment group '${options.deploymentGroup}' already has a deployment in progress: ${await describe(cd, id)} ${link}. Wait for it to end, or set on-active-deployment to 'wait' or 'stop'.`
      )
    }
    if (options.policy === 'stop') {
      await stopDeployment(
        cd,
        id,
        options.rollbackOnStop,
        'on-active-deployment is stop',
        options.log
      )
    } else {
      options.log(
        `Deployment ${await describe(cd, id)} is in progress in '${options.deploymentGroup}': waiting for it to end (${link}).`
      )
    }
    const result = await waitForDeployment(cd, id, { ...options.wait, log: options.log })
    if (result.timedOut) {
      throw new DeploymentError(
        `Deployment ${id} in '${options.deploymentGroup}' was still ${result.info.status} after wait-timeout-seconds; no new deployment was created. ${link}`
      )
    }
    options.log(`Deployment ${id} ended with status ${result.info.status}.`)
  }
}

const MAX_CREATE_ATTEMPTS = 3

/**
 * Applies the on-active-deployment policy, then creates the deployment. Another deployment can
 * start between the check and CreateDeployment; CodeDeploy then answers
 * DeploymentLimitExceededException, and the policy is applied again.
 */
export async function createWhenGroupIsFree(
  cd: CodeDeployClient,
  options: ActiveOptions,
  create: () => Promise<string>
): Promise<string> {
  // Once ListDeployments is denied, asking again would only repeat the warning.
  let canList = true
  const settle = async () => {
    if (!canList) return false
    const active = await findActiveDeployments(
      cd,
      options.application,
      options.deploymentGroup,
      options.warn
    )
    canList = active !== undefined
    if (!active?.length) return false
    await settleActiveDeployments(cd, active, options)
    return true
  }
  await settle()
  for (let attempt = 1; ; attempt++) {
    try {
      return await create()
    } catch (err) {
      const busy =
        err instanceof DeploymentError &&
        errorName(err.cause) === 'DeploymentLimitExceededException'
      if (!busy || attempt >= MAX_CREATE_ATTEMPTS || !(await settle())) throw err
    }
  }
}
