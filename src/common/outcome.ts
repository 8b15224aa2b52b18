import type { DeploymentInfo } from '@aws-sdk/client-codedeploy'

export interface Outcome {
  application: string
  deploymentGroup: string
  region: string
  targetAccountId: string
  revisionLocation?: string
  revisionEtag?: string
  revisionSha256?: string
  /** The task definition revision task-definition registered. */
  taskDefinitionArn?: string
  bundleSize?: number
  uploaded?: boolean
  deploymentId?: string
  status?: string
  info?: DeploymentInfo
  failures: TargetFailure[]
  /** Every target of the deployment that could be read, once it ended. */
  targets?: TargetReport[]
  /** Targets the deployment had beyond those read (see collectTargets' bound). */
  targetsLeftOut?: number
  durationMs?: number
  /** Where every target's status, events and diagnostics were written, as JSON. */
  diagnosticsFile?: string
}

export interface TargetFailure {
  targetId: string
  lifecycleEvent: string
  errorCode: string
  scriptName: string
  message: string
  logTail: string
}

/** One lifecycle event of one target, as CodeDeploy reported it. */
export interface EventReport {
  name: string
  status: string
  /** Epoch milliseconds; missing for an event that never started. */
  start?: number
  end?: number
  errorCode?: string
  scriptName?: string
  message?: string
  logTail?: string
}

export interface TargetReport {
  targetId: string
  status: string
  events: EventReport[]
}
