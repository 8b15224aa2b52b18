import {
  GetDeploymentCommand,
  ListDeploymentsCommand,
  type ListDeploymentsCommandInput,
  type CodeDeployClient
} from '@aws-sdk/client-codedeploy'
import { DeploymentError } from '../common/errors.js'
import type { ActiveDeploymentPolicy } from '../inputs/inputs.js'
import {
  errorName,
  errorText,
  httpStatus,
  isAccessDenied,
  isTransient
} from '../common/aws-errors.js'
import { ACTIVE_STATUSES, deploymentUrl } from './status.js'
import { carriesRunToken } from '../common/run-token.js'
import { stopDeployment } from './stop.js'
import { oneLine } from '../common/untrusted.js'
import { waitForDeployment, type WaitOptions } from './wait.js'
import type { Log } from '../common/log.js'

export interface ActiveOptions {
  application: string
  deploymentGroup: string
  region: string
  policy: ActiveDeploymentPolicy
  rollbackOnStop: boolean
  wait: Omit<WaitOptions, 'log'>
  /** Marks the deployment this run creates (see run-token.ts). */
  runToken: string
  log: Log
}

/**
 * IDs of the group's deployments that have not ended. Undefined when the caller may not list
 * deployments: CreateDeployment then tells us (DeploymentLimitExceededException) instead.
 */
export async function findActiveDeployments(
  cd: CodeDeployClient,
  application: string,
  deploymentGroup: string,
  log: Log
): Promise<string[] | undefined> {
  try {
    return await listDeployments(cd, {
      applicationName: application,
      deploymentGroupName: deploymentGroup,
      includeOnlyStatuses: ACTIVE_STATUSES
    })
  } catch (err) {
    if (!isAccessDenied(err)) throw err
    log.warning(
      `Could not look for deployments in progress (codedeploy:ListDeployments was denied: ${errorText(err)}). Allow it to the deploying role so the on-active-deployment policy can act before CreateDeployment.`
    )
    return undefined
  }
}

/** Every deployment ID ListDeployments gives for `filter`, page after page. */
async function listDeployments(
  cd: CodeDeployClient,
  filter: Omit<ListDeploymentsCommandInput, 'nextToken'>
): Promise<string[]> {
  const ids: string[] = []
  let nextToken: string | undefined
  do {
    const page = await cd.send(new ListDeploymentsCommand({ ...filter, nextToken }))
    ids.push(...(page.deployments ?? []))
    nextToken = page.nextToken
  } while (nextToken)
  return ids
}

async function describe(cd: CodeDeployClient, deploymentId: string): Promise<string> {
  try {
    const { deploymentInfo: d } = await cd.send(new GetDeploymentCommand({ deploymentId }))
    const created = d?.createTime ? ` at ${d.createTime.toISOString()}` : ''
    // Anyone who may create deployments in the group wrote the description.
    const what = d?.description ? `: "${oneLine(d.description)}"` : ''
    const creator = oneLine(d?.creator ?? 'unknown')
    return `${deploymentId} (${oneLine(d?.status ?? 'unknown status')}, started by ${creator}${created}${what})`
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
    if (options.policy === 'stop' && (await isRollback(cd, id))) {
      // Stopping CodeDeploy's own rollback would leave the instances half rolled back.
      options.log.info(
        `Deployment ${id} is CodeDeploy's rollback of a stopped deployment: waiting for it to end instead of stopping it (${link}).`
      )
    } else if (options.policy === 'stop') {
      await stopDeployment(
        cd,
        id,
        options.rollbackOnStop,
        'on-active-deployment is stop',
        options.log
      )
    } else {
      options.log.info(
        `Deployment ${await describe(cd, id)} is in progress in '${options.deploymentGroup}': waiting for it to end (${link}).`
      )
    }
    const result = await waitForDeployment(cd, id, { ...options.wait, log: options.log })
    if (result.timedOut) {
      throw new DeploymentError(
        `Deployment ${id} in '${options.deploymentGroup}' was still ${oneLine(result.info.status ?? 'running')} after wait-timeout-seconds; no new deployment was created. ${link}`
      )
    }
    options.log.info(
      `Deployment ${id} ended with status ${oneLine(result.info.status ?? 'unknown')}.`
    )
    const rollback = result.info.rollbackInfo?.rollbackDeploymentId
    if (options.policy === 'stop' && rollback) await waitForRollback(cd, id, rollback, options)
  }
}

/** A stopped deployment's rollback holds the group too: the new deployment waits for it. */
async function waitForRollback(
  cd: CodeDeployClient,
  stopped: string,
  rollback: string,
  options: ActiveOptions
): Promise<void> {
  const link = deploymentUrl(options.region, rollback)
  options.log.info(
    `CodeDeploy rolls back ${stopped} with deployment ${rollback}: waiting for it to end (${link}).`
  )
  const result = await waitForDeployment(cd, rollback, { ...options.wait, log: options.log })
  if (result.timedOut) {
    throw new DeploymentError(
      `Rollback ${rollback} in '${options.deploymentGroup}' was still ${oneLine(result.info.status ?? 'running')} after wait-timeout-seconds; no new deployment was created. ${link}`
    )
  }
  options.log.info(
    `Rollback ${rollback} ended with status ${oneLine(result.info.status ?? 'unknown')}.`
  )
}

/** Whether CodeDeploy created the deployment to roll back another one. */
async function isRollback(cd: CodeDeployClient, deploymentId: string): Promise<boolean> {
  try {
    const { deploymentInfo } = await cd.send(new GetDeploymentCommand({ deploymentId }))
    return deploymentInfo?.creator === 'codeDeployRollback'
  } catch {
    return false
  }
}

const MAX_CREATE_ATTEMPTS = 3

/**
 * Deployments created before the run started cannot be its own; the margin allows for a clock on
 * the runner that runs ahead of AWS's.
 */
const CLOCK_MARGIN_MS = 5 * 60 * 1000

/** The first of `ids` whose description carries this run's token. */
async function ownAmong(
  cd: CodeDeployClient,
  ids: readonly string[],
  token: string
): Promise<string | undefined> {
  for (const deploymentId of ids) {
    const { deploymentInfo } = await cd.send(new GetDeploymentCommand({ deploymentId }))
    if (carriesRunToken(deploymentInfo?.description, token)) return deploymentId
  }
  return undefined
}

/** CreateDeployment failed after it may have created a deployment, and looking for it failed. */
function lookupFailed(
  failure: DeploymentError,
  err: unknown,
  options: ActiveOptions
): DeploymentError {
  return new DeploymentError(
    `${failure.message} The request may still have created a deployment, and looking for it failed (${errorText(err)}): check deployment group '${options.deploymentGroup}' for a deployment whose description ends with ${options.runToken} before running again. Allow codedeploy:ListDeployments and codedeploy:GetDeployment to the deploying role so the action can look by itself.`,
    { cause: failure.cause }
  )
}

/**
 * Looks for a deployment this run created whose CreateDeployment answer never arrived. Throws
 * when it cannot look: creating again could make a second one.
 */
async function findOwnDeployment(
  cd: CodeDeployClient,
  options: ActiveOptions,
  since: number,
  failure: DeploymentError
): Promise<string | undefined> {
  try {
    const ids = await listDeployments(cd, {
      applicationName: options.application,
      deploymentGroupName: options.deploymentGroup,
      createTimeRange: { start: new Date(since - CLOCK_MARGIN_MS) }
    })
    return await ownAmong(cd, ids, options.runToken)
  } catch (err) {
    throw lookupFailed(failure, err, options)
  }
}

/**
 * Whether CreateDeployment may have been carried out although it failed. Only a refusal is
 * certain: an answer of 4xx (throttling included: AWS refuses before it acts). A server error, a
 * connection lost on the way back, or a 2xx answer that could not be read may each hide a
 * deployment that exists.
 */
export function outcomeUnknown(err: DeploymentError): boolean {
  const status = httpStatus(err.cause)
  if (status === undefined) return err.cause === undefined || isTransient(err.cause)
  return status < 400 || status >= 500
}

/**
 * Applies the on-active-deployment policy, then creates the deployment. Another deployment can
 * start between the check and CreateDeployment; CodeDeploy then answers
 * DeploymentLimitExceededException, and the policy is applied again.
 *
 * One run creates at most one deployment. Once a CreateDeployment has failed in a way that leaves
 * its outcome unknown, the group is searched for a deployment carrying this run's token before
 * anything is created again and before the run gives up; a deployment in progress that carries
 * it is this run's own, never one to wait for or stop; and a search that cannot be made stops
 * the run with an error naming the token.
 */
export async function createWhenGroupIsFree(
  cd: CodeDeployClient,
  options: ActiveOptions,
  create: () => Promise<string>,
  now: () => number = Date.now
): Promise<string> {
  const started = now()
  // Once ListDeployments is denied, asking again would only repeat the warning.
  let canList = true
  // The first failure whose outcome is unknown: from then on, this run's deployment may exist.
  let maybeCreated: DeploymentError | undefined
  const settle = async (): Promise<{ own?: string; settled: boolean }> => {
    if (!canList) return { settled: false }
    const active = await findActiveDeployments(
      cd,
      options.application,
      options.deploymentGroup,
      options.log
    )
    canList = active !== undefined
    if (!active?.length) return { settled: false }
    if (maybeCreated) {
      const lost = maybeCreated
      const own = await ownAmong(cd, active, options.runToken).catch(err => {
        throw lookupFailed(lost, err, options)
      })
      if (own) return { own, settled: true }
    }
    await settleActiveDeployments(cd, active, options)
    return { settled: true }
  }
  const adopt = (id: string) => {
    options.log.info(
      `Deployment ${id} carries this run's token ${options.runToken}: CreateDeployment created it, but its answer was lost.`
    )
    return id
  }

  await settle()
  for (let attempt = 1; ; attempt++) {
    let failure: DeploymentError
    try {
      return await create()
    } catch (err) {
      if (!(err instanceof DeploymentError)) throw err
      failure = err
    }
    const again = attempt < MAX_CREATE_ATTEMPTS
    let searched = false
    if (outcomeUnknown(failure)) {
      maybeCreated ??= failure
      options.log.info(
        `CreateDeployment did not answer (${errorText(failure.cause ?? failure)}); looking for a deployment of this run before asking again.`
      )
      const own = await findOwnDeployment(cd, options, started, failure)
      if (own) return adopt(own)
      if (again) continue
      searched = true
    } else if (errorName(failure.cause) === 'DeploymentLimitExceededException' && again) {
      const settled = await settle()
      if (settled.own) return adopt(settled.own)
      if (settled.settled) continue
    }
    if (!maybeCreated) throw failure
    const own = searched ? undefined : await findOwnDeployment(cd, options, started, failure)
    if (own) return adopt(own)
    throw new DeploymentError(
      `${failure.message} An earlier CreateDeployment of this run got no answer, and no deployment whose description ends with ${options.runToken} was found in '${options.deploymentGroup}': check the group before running again.`,
      { cause: failure.cause }
    )
  }
}
