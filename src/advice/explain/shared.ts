/**
 * What every service's explanation draws on: the error names that mean the same thing whatever
 * the service, the role behind a session, and the catalogue's statement for an action.
 */
import {
  renderStatement,
  requirementFor,
  type IamStatement,
  type PolicyKind,
  type PolicyVars
} from '../permissions.js'

export const CREDENTIALS_EXPIRED = ['ExpiredToken', 'ExpiredTokenException', 'RequestExpired']
export const CREDENTIALS_INVALID = [
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'InvalidSignatureException',
  'IncompleteSignature'
]
export const CLOCK_SKEW = ['RequestTimeTooSkewed', 'SignatureExpired']
export const ACCESS_DENIED_NAMES = ['AccessDenied', 'AccessDeniedException', 'Forbidden']
export const WRONG_REGION = [
  'PermanentRedirect',
  'AuthorizationHeaderMalformed',
  'IllegalLocationConstraintException',
  'MovedPermanently'
]

/** arn:aws:sts::1:assumed-role/name/session → arn:aws:iam::1:role/name (the role's path is not in it). */
export function roleArnOf(identity: string | undefined): string | undefined {
  const m = /^arn:(aws[a-z-]*):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/.exec(identity ?? '')
  if (m) return `arn:${m[1]}:iam::${m[2]}:role/${m[3]}`
  return /^arn:aws[a-z-]*:iam::\d{12}:(role|user)\//.test(identity ?? '') ? identity : undefined
}

export function statement(
  action: string,
  policy: PolicyKind,
  vars: Partial<PolicyVars>,
  options: { sid?: string; upload?: 'target' | 'source' } = {}
): IamStatement | undefined {
  const req = requirementFor(action, policy, options.sid)
  return req && renderStatement(req, vars, options.upload && { upload: options.upload })
}

/** Errors any AWS call can answer when the credentials themselves are the problem. */
export function credentialProblem(name: string, identity: string): string | undefined {
  if (CREDENTIALS_EXPIRED.includes(name)) {
    return `the credentials of ${identity} expired; they are refreshed before they lapse, so re-run the job, and if it happens again check that role-duration-seconds does not exceed the role's maximum session duration`
  }
  if (CREDENTIALS_INVALID.includes(name)) {
    return `the credentials of ${identity} are not valid (unknown access key, wrong secret key, or STS not enabled for this region); check the step that provided them`
  }
  if (CLOCK_SKEW.includes(name)) {
    return "the runner's clock is too far off for AWS to accept the signed request; sync the runner's clock"
  }
  return undefined
}
