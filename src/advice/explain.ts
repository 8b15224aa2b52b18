/**
 * Turns an AWS error into what to do about it: which identity was refused what on which
 * resource, which account's policy has to change, and the statement it most likely lacks (taken
 * from permissions.ts, so it matches the setup guide). Errors are matched by name, never by
 * their message text, which AWS does not keep stable. Each service has its own module under
 * explain/; this one picks the module for the step that failed.
 */
import { explainCodeDeploy } from './explain/codedeploy.js'
import { formatExplanation } from './explain/format.js'
import { explainS3 } from './explain/s3.js'
import {
  ACCESS_DENIED_NAMES,
  CLOCK_SKEW,
  CREDENTIALS_EXPIRED,
  CREDENTIALS_INVALID,
  WRONG_REGION
} from './explain/shared.js'
import { explainAssumeRole, explainWebIdentity } from './explain/sts.js'
import type { ErrorContext, Explanation } from './explain/types.js'

export type {
  AssumeRoleContext,
  CodeDeployContext,
  ErrorContext,
  Explanation,
  Fix,
  S3Context,
  WebIdentityContext
} from './explain/types.js'
export { describeFix, formatExplanation } from './explain/format.js'
export { roleArnOf } from './explain/shared.js'
export { tokenClaims } from './explain/sts.js'

/**
 * Every error name with an explanation of its own, for the troubleshooting guide's test.
 * KMS.* stands for every error S3 passes on from KMS.
 */
export const EXPLAINED_ERRORS: readonly string[] = [
  ...ACCESS_DENIED_NAMES,
  ...CREDENTIALS_EXPIRED,
  ...CREDENTIALS_INVALID,
  ...CLOCK_SKEW,
  ...WRONG_REGION,
  'InvalidIdentityToken',
  'InvalidIdentityTokenException',
  'IDPRejectedClaim',
  'IDPRejectedClaimException',
  'IDPCommunicationError',
  'RegionDisabledException',
  'PackedPolicyTooLarge',
  'ValidationError',
  'NoSuchBucket',
  'NotFound',
  'InvalidBucketName',
  'KMS.*',
  'ApplicationDoesNotExistException',
  'DeploymentGroupDoesNotExistException',
  'DeploymentConfigDoesNotExistException',
  'InvalidRoleException',
  'DeploymentLimitExceededException',
  'RevisionDoesNotExistException',
  'InvalidRevisionException',
  'DeploymentDoesNotExistException',
  'DeploymentAlreadyCompletedException',
  'DescriptionTooLongException',
  'ThrottlingException'
]

export function explain(err: unknown, ctx: ErrorContext): Explanation {
  switch (ctx.step) {
    case 'web-identity':
      return explainWebIdentity(err, ctx)
    case 'assume-role':
      return explainAssumeRole(err, ctx)
    case 's3':
      return explainS3(err, ctx)
    case 'codedeploy':
      return explainCodeDeploy(err, ctx)
  }
}

/** "<what> failed: <Name: message>. Check: <hint>. Likely missing from ..." */
export function explainedMessage(
  what: string,
  errText: string,
  err: unknown,
  ctx: ErrorContext
): string {
  return `${what}: ${errText}. ${formatExplanation(explain(err, ctx))}`
}
