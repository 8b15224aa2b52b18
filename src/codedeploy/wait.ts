import type { WaitUntil } from '../inputs/gate.js'
import {
  GetDeploymentCommand,
  type CodeDeployClient,
  type DeploymentInfo
} from '@aws-sdk/client-codedeploy'
import { DeploymentError } from '../common/errors.js'
import { errorName, errorText, isTransient } from '../common/aws-errors.js'
import { explain, formatExplanation } from '../advice/explain.js'
import { describeProgress, TERMINAL_STATUSES } from './status.js'
import { formatElapsed } from '../common/format.js'
import { oneLine } from '../common/untrusted.js'
import type { Log } from '../common/log.js'

export interface WaitOptions {
  timeoutMs: number
  pollIntervalMs: number
  log: Log
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
  /** `ready` also ends the wait when a blue/green deployment reaches Ready (wait-until). */
  until?: WaitUntil
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

const defaultSleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))

/** Blue/green deployments pause in Ready until traffic is rerouted: say so, and keep waiting. */
function statusNote(info: DeploymentInfo): string {
  if (info.status === 'Ready') return ' (waiting for traffic to be rerouted)'
  if (info.status === 'Baking') return ' (baking before the original instances are terminated)'
  return ''
}

/**
 * The least time between two progress lines, once `shown` lines were printed: every change at
 * first, then one a minute, then one each half hour, so even a deployment of days prints a few
 * hundred lines. A new status, and the end, are always printed.
 */
export function progressGapMs(shown: number): number {
  if (shown < 100) return 0
  return shown < 200 ? 60_000 : 30 * 60_000
}

/** Prints a progress line when it differs from the last one printed, as progressGapMs allows. */
function progressPrinter(log: WaitOptions['log'], started: number, now: () => number) {
  let shown = { line: '', status: '', at: started, count: 0 }
  return (line: string, status: string, ended: boolean): void => {
    if (line === shown.line) return
    const due = now() - shown.at >= progressGapMs(shown.count)
    if (!ended && status === shown.status && !due) return
    log.info(`[${formatElapsed(now() - started)}] ${line}`)
    shown = { line, status, at: now(), count: shown.count + 1 }
  }
}

/** An ended deployment, or with wait-until: ready, one that waits at Ready. */
function endsWait(status: string | undefined, until: WaitUntil | undefined): boolean {
  return TERMINAL_STATUSES.has(status ?? '') || (until === 'ready' && status === 'Ready')
}

/**
 * Polls GetDeployment until the deployment ends or the deadline passes. Only GetDeployment is
 * called while waiting; a progress line is printed when the status or the instance counts change,
 * at most one a poll however large the fleet, and more sparsely as they add up (progressGapMs).
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
  const progress = progressPrinter(options.log, started, now)
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
      const overview = describeProgress(info.deploymentOverview)
      const line = `${oneLine(info.status ?? 'Unknown')}${statusNote(info)}${overview ? `: ${overview}` : ''}`
      if (line !== lastLine) {
        lastLine = line
        changedAt = now()
      }
      const ended = endsWait(info.status, options.until)
      progress(line, info.status ?? '', ended)
      if (ended) return { info, timedOut: false, polls }
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
      options.log.info(
        `Reading deployment ${deploymentId} failed (${errorText(err)}); trying again.`
      )
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
