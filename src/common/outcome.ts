import type { DeploymentInfo } from '@aws-sdk/client-codedeploy'

export interface Outcome {
  application: string
  deploymentGroup: string
  region: string
  targetAccountId: string
  revisionLocation?: string
  revisionEtag?: string
  revisionSha256?: string
  bundleSize?: number
  uploaded?: boolean
  deploymentId?: string
  status?: string
  info?: DeploymentInfo
  failures: TargetFailure[]
  durationMs?: number
}

export interface TargetFailure {
  targetId: string
  lifecycleEvent: string
  errorCode: string
  scriptName: string
  message: string
  logTail: string
}
