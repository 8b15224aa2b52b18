import {
  BatchGetDeploymentTargetsCommand,
  GetDeploymentCommand,
  ListDeploymentTargetsCommand,
  type CodeDeployClient,
  type DeploymentInfo,
  type LifecycleEvent
} from '@aws-sdk/client-codedeploy'
import { DeploymentError } from './errors.js'
import { errorName, errorText, httpStatus } from './aws-errors.js'
import { explain, formatExplanation, type CodeDeployContext } from './explain.js'
import { describeOverview, formatElapsed } from './report.js'
import { oneLine } from './untrusted.js'

export const TERMINAL_STATUSES = new Set(['Succeeded', 'Failed', 'Stopped'])

export interface WaitOptions {
  timeoutMs: number
  pollIntervalMs: number
  log: (line: string) => void
  sleep?: (ms: number) => Promise<void>
  now?: () => number
  /** Polls that may fail in a row (after the SDK's own retries) before the wait gives up. */
  maxConsecutiveErrors?: number
  /**
   * How long failing polls may take, retries included and the waits between polls not, before
   * the wait gives up however few they were: under sustained throttling the SDK's own retries
   * make each poll take most of a minute.
   */
  maxFailingMs?: number
  /** After this long without any change, polls slow down (see `nextInterval`). */
  idleAfterMs?: number
}

const IDLE_AFTER_MS = 5 * 60 * 1000
const MAX_FAILING_MS = 2 * 60 * 1000
const MAX_IDLE_INTERVAL_MS = 60 * 1000

/**
 * The poll interval: poll-interval-seconds while anything changes. A deployment that has shown
 * no change for a while (a blue/green deployment waiting for a manual reroute, a long bake) is
 * polled half as often each time, up to four intervals or a minute, and back at full speed as
 * soon as anything changes.
 */
export function nextInterval(
  pollIntervalMs: number,
  current: number,
  idleMs: number,
  idleAfterMs: number
): number {
  if (idleMs < idleAfterMs) return pollIntervalMs
  const ceiling = Math.max(pollIntervalMs, Math.min(4 * pollIntervalMs, MAX_IDLE_INTERVAL_MS))
  return Math.min(ceiling, current * 2)
}

export interface WaitResult {
  info: DeploymentInfo
  /** True when the deployment was still running at the deadline. */
  timedOut: boolean
  polls: number
}

export interface TargetFailure {
  targetId: string
  lifecycleEvent: string
  errorCode: string
  scriptName: string
  message: string
  logTail: string
}

const defaultSleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))

/** Throttling, server faults and dropped connections are worth another poll; the rest is not. */
export function isTransient(err: unknown): boolean {
  const name = errorName(err)
  const status = httpStatus(err)
  if (status !== undefined && (status >= 500 || status === 429)) return true
  if (/Throttl|TooManyRequests|RequestLimitExceeded|TimeoutError|RequestTimeout/.test(name)) {
    return true
  }
  const code = (err as { code?: string } | undefined)?.code
  return ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN'].includes(code ?? '')
}

/** Blue/green deployments pause in Ready until traffic is rerouted: say so, and keep waiting. */
function statusNote(info: DeploymentInfo): string {
  if (info.status === 'Ready') return ' (waiting for traffic to be rerouted)'
  if (info.status === 'Baking') return ' (baking before the original instances are terminated)'
  return ''
}

/**
 * Polls GetDeployment until the deployment ends or the deadline passes. Only GetDeployment is
 * called while waiting; a progress line is printed when the status or the instance counts change.
 */
export async function waitForDeployment(
  cd: CodeDeployClient,
  deploymentId: string,
  options: WaitOptions
): Promise<WaitResult> {
  const sleep = options.sleep ?? defaultSleep
  const now = options.now ?? Date.now
  const maxErrors = options.maxConsecutiveErrors ?? 5
  const started = now()
  const deadline = started + options.timeoutMs
  let lastLine = ''
  let last: DeploymentInfo | undefined
  let errors = 0
  let failingMs = 0
  let polls = 0
  let changedAt = started
  let interval = options.pollIntervalMs

  for (;;) {
    polls++
    const asked = now()
    try {
      const out = await cd.send(new GetDeploymentCommand({ deploymentId }))
      errors = 0
      failingMs = 0
      const info: DeploymentInfo = out.deploymentInfo ?? { deploymentId }
      last = info
      const overview = describeOverview(info.deploymentOverview)
      const line = `${oneLine(info.status ?? 'Unknown')}${statusNote(info)}${overview ? `: ${overview}` : ''}`
      if (line !== lastLine) {
        options.log(`[${formatElapsed(now() - started)}] ${line}`)
        lastLine = line
        changedAt = now()
      }
      if (TERMINAL_STATUSES.has(info.status ?? '')) return { info, timedOut: false, polls }
    } catch (err) {
      const transient = isTransient(err)
      errors++
      failingMs += now() - asked
      if (
        !transient ||
        errors > maxErrors ||
        failingMs >= (options.maxFailingMs ?? MAX_FAILING_MS)
      ) {
        // Retries already said all there is to say about a transient fault but how long it lasted.
        const explained = transient
          ? ` The last ${errors} polls failed, after ${formatElapsed(failingMs)} (m:ss) of retries; if CodeDeploy throttles, other callers in the account share its request rate: raise poll-interval-seconds.`
          : ` ${formatExplanation(
              explain(err, {
                step: 'codedeploy',
                action: 'codedeploy:GetDeployment',
                deploymentId
              })
            )}`
        const gone = errorName(err) === 'DeploymentDoesNotExistException'
        const running = gone ? '' : ' The deployment may still be running.'
        throw new DeploymentError(
          `Could not read the state of deployment ${deploymentId} (codedeploy:GetDeployment): ${errorText(err)}.${running}${explained}`,
          { cause: err }
        )
      }
      options.log(`Reading deployment ${deploymentId} failed (${errorText(err)}); trying again.`)
    }
    const remaining = deadline - now()
    if (remaining <= 0) {
      return { info: last ?? { deploymentId }, timedOut: true, polls }
    }
    interval = nextInterval(
      options.pollIntervalMs,
      interval,
      now() - changedAt,
      options.idleAfterMs ?? IDLE_AFTER_MS
    )
    await sleep(Math.min(interval, remaining))
  }
}

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
