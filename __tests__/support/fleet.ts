/**
 * A fleet of EC2 targets as CodeDeploy describes them, some failing one hook with a long log.
 * Not a test file (jest collects `*.test.ts`).
 */
import type { DeploymentTarget, LifecycleEvent } from '@aws-sdk/client-codedeploy'

export const HOOKS = [
  'ApplicationStop',
  'DownloadBundle',
  'BeforeInstall',
  'Install',
  'AfterInstall',
  'ApplicationStart',
  'ValidateService'
]

export const VALIDATE_MESSAGE =
  'Script at specified location: scripts/validate.sh run as user root failed with exit code 3'

export const T0 = Date.UTC(2026, 0, 1, 12, 0, 0)

export function instanceId(i: number): string {
  return `i-${i.toString(16).padStart(17, '0')}`
}

/** A log tail as long as the agent keeps (its last 4 KiB or so), naming the instance and its IP. */
export function longLogTail(i: number): string {
  const lines = Array.from(
    { length: 60 },
    (_, n) => `[stdout] check ${n}: GET http://10.0.${i % 250}.${n}:8080/health -> 503`
  )
  return `${lines.join('\n')}\n[stderr] health check failed after 30 tries\n`
}

export interface FleetOptions {
  size: number
  /** Which targets fail ValidateService. */
  fails: (i: number) => boolean
  /** The failing targets' log tail. */
  logTail?: (i: number) => string
  message?: (i: number) => string
}

function events(i: number, failed: boolean, o: FleetOptions): LifecycleEvent[] {
  return HOOKS.map((name, k) => {
    const start = T0 + k * 10_000 + (i % 7) * 1000
    const last = k === HOOKS.length - 1
    const event: LifecycleEvent = {
      lifecycleEventName: name,
      status: failed && last ? 'Failed' : 'Succeeded',
      startTime: new Date(start),
      endTime: new Date(start + 2000 + k * 500 + (i % 5) * 100)
    }
    if (failed && last) {
      event.diagnostics = {
        errorCode: 'ScriptFailed',
        scriptName: 'scripts/validate.sh',
        message: o.message?.(i) ?? VALIDATE_MESSAGE,
        logTail: (o.logTail ?? longLogTail)(i)
      }
    }
    return event
  })
}

/** The targets of the fleet, keyed by ID, as BatchGetDeploymentTargets returns them. */
export function fleetTargets(deploymentId: string, o: FleetOptions): Map<string, DeploymentTarget> {
  const targets = new Map<string, DeploymentTarget>()
  for (let i = 0; i < o.size; i++) {
    const failed = o.fails(i)
    const targetId = instanceId(i)
    targets.set(targetId, {
      deploymentTargetType: 'InstanceTarget',
      instanceTarget: {
        deploymentId,
        targetId,
        status: failed ? 'Failed' : 'Succeeded',
        lifecycleEvents: events(i, failed, o)
      }
    })
  }
  return targets
}
