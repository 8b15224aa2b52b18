/**
 * Turns an AWS error into what to do about it: which identity was refused what on which
 * resource, which account's policy has to change, and the statement it most likely lacks (taken
 * from permissions.ts, so it matches the setup guide). Errors are matched by name, never by
 * their message text, which AWS does not keep stable.
 */
import { errorName, httpStatus, isAccessDenied } from '../common/aws-errors.js'
import { accountOf, partitionOf } from '../common/arn.js'
import {
  renderStatement,
  requirementFor,
  type IamStatement,
  type PolicyKind,
  type PolicyVars
} from './permissions.js'

/** AssumeRoleWithWebIdentity with the workflow's GitHub OIDC token. */
export interface WebIdentityContext {
  step: 'web-identity'
  roleArn: string
  audience: string
  /** Which input named the role: the development role, or role-to-assume trusted directly. */
  role: 'oidc-role-arn' | 'role-to-assume'
  /** The token's `sub` claim, when it could be read. */
  subject?: string
}

/** AssumeRole into role-to-assume from the source credentials. */
export interface AssumeRoleContext {
  step: 'assume-role'
  roleArn: string
  /** ARN of the source identity, or a description when it could not be read. */
  sourceIdentity: string
  externalId?: string
}

export interface S3Context {
  step: 's3'
  /** IAM action, e.g. s3:PutObject. */
  action: string
  bucket: string
  key?: string
  /** The identity that made the call (an ARN when known). */
  identity: string
  /** Which credentials made the call (upload-credentials). */
  upload: 'target' | 'source'
  expectedBucketOwner?: string
  region?: string
}

export interface CodeDeployContext {
  step: 'codedeploy'
  /** IAM action, e.g. codedeploy:CreateDeployment. */
  action: string
  application?: string
  deploymentGroup?: string
  deploymentConfig?: string
  deploymentId?: string
  identity?: string
  accountId?: string
  region?: string
}

export type ErrorContext = WebIdentityContext | AssumeRoleContext | S3Context | CodeDeployContext

/** A policy to change, where, and the statement it likely lacks. */
export interface Fix {
  policy: PolicyKind
  /** The role, bucket or key whose policy it is. */
  owner?: string
  account?: string
  statement?: IamStatement
}

export interface Explanation {
  /** What to check, as a clause that reads after "Check: ". */
  hint: string
  fixes: Fix[]
}

const CREDENTIALS_EXPIRED = ['ExpiredToken', 'ExpiredTokenException', 'RequestExpired']
const CREDENTIALS_INVALID = [
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'InvalidSignatureException',
  'IncompleteSignature'
]
const CLOCK_SKEW = ['RequestTimeTooSkewed', 'SignatureExpired']
const ACCESS_DENIED_NAMES = ['AccessDenied', 'AccessDeniedException', 'Forbidden']
const WRONG_REGION = [
  'PermanentRedirect',
  'AuthorizationHeaderMalformed',
  'IllegalLocationConstraintException',
  'MovedPermanently'
]

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

/** arn:aws:sts::1:assumed-role/name/session → arn:aws:iam::1:role/name (the role's path is not in it). */
export function roleArnOf(identity: string | undefined): string | undefined {
  const m = /^arn:(aws[a-z-]*):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/.exec(identity ?? '')
  if (m) return `arn:${m[1]}:iam::${m[2]}:role/${m[3]}`
  return /^arn:aws[a-z-]*:iam::\d{12}:(role|user)\//.test(identity ?? '') ? identity : undefined
}

/** The claims of a JWT, unverified: only to show the `sub` a trust policy has to match. */
export function tokenClaims(token: string): Record<string, unknown> | undefined {
  const payload = token.split('.')[1]
  if (!payload) return undefined
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

export function explain(err: unknown, ctx: ErrorContext): Explanation {
  switch (ctx.step) {
    case 'web-identity':
      return webIdentity(err, ctx)
    case 'assume-role':
      return assumeRole(err, ctx)
    case 's3':
      return s3(err, ctx)
    case 'codedeploy':
      return codeDeploy(err, ctx)
  }
}

const POLICY_NAMES: Record<PolicyKind, (owner?: string) => string> = {
  'source-trust': o => `the trust policy of ${o ?? 'the development role (oidc-role-arn)'}`,
  'source-permissions': o => `the permissions policy of ${o ?? 'the source identity'}`,
  'target-trust': o => `the trust policy of ${o ?? 'role-to-assume'}`,
  'target-permissions': o => `the permissions policy of ${o ?? 'the deploying role'}`,
  'bucket-policy': o => `the bucket policy of ${o ?? 'the revision bucket'}`,
  'instance-profile': () => 'the instance profile role of the production instances',
  'kms-key-policy': o => `the key policy of ${o ?? "the bucket's KMS key"}`
}

export function describeFix(fix: Fix): string {
  const where = POLICY_NAMES[fix.policy](fix.owner)
  const account = fix.account ? ` in account ${fix.account}` : ''
  const statement = fix.statement ? `: ${JSON.stringify(fix.statement)}` : ''
  return `${where}${account}${statement}`
}

/**
 * "Check: <hint>." followed by the statements that are likely missing, on one line: annotations
 * and the job summary show the first line only.
 */
export function formatExplanation(e: Explanation): string {
  const fixes = e.fixes.filter(f => f.statement)
  const missing = fixes.length
    ? ` Likely missing from ${fixes.map(describeFix).join('; and from ')}.`
    : ''
  return `Check: ${e.hint}.${missing}`
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

function statement(
  action: string,
  policy: PolicyKind,
  vars: Partial<PolicyVars>,
  options: { sid?: string; upload?: 'target' | 'source' } = {}
): IamStatement | undefined {
  const req = requirementFor(action, policy, options.sid)
  return req && renderStatement(req, vars, options.upload && { upload: options.upload })
}

/** Errors any AWS call can answer when the credentials themselves are the problem. */
function credentialProblem(name: string, identity: string): string | undefined {
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

function webIdentity(err: unknown, ctx: WebIdentityContext): Explanation {
  const account = accountOf(ctx.roleArn) ?? "the role's account"
  const name = errorName(err)
  const subject = ctx.subject ? `; this job's token has sub '${ctx.subject}'` : ''
  if (name === 'InvalidIdentityTokenException' || name === 'InvalidIdentityToken') {
    return {
      hint: `account ${account} must have an IAM OIDC identity provider for token.actions.githubusercontent.com with audience '${ctx.audience}' (IAM > Identity providers, provider URL https://token.actions.githubusercontent.com)`,
      fixes: []
    }
  }
  if (name === 'IDPRejectedClaimException' || name === 'IDPRejectedClaim') {
    return {
      hint: `the GitHub OIDC identity provider of account ${account} must list '${ctx.audience}' (the audience input) among its audiences${subject}`,
      fixes: []
    }
  }
  if (name === 'IDPCommunicationError') {
    return {
      hint: 'STS could not reach GitHub to validate the token; re-run the job',
      fixes: []
    }
  }
  if (ACCESS_DENIED_NAMES.includes(name)) {
    const policy: PolicyKind = ctx.role === 'oidc-role-arn' ? 'source-trust' : 'target-trust'
    const vars = {
      partition: partitionOf(ctx.roleArn),
      sourceAccount: account,
      targetAccount: account,
      audience: ctx.audience,
      subject: ctx.subject
    }
    const req = requirementFor('sts:AssumeRoleWithWebIdentity', policy)
    return {
      hint: `the trust policy of ${ctx.roleArn} must allow sts:AssumeRoleWithWebIdentity for the GitHub OIDC provider of account ${account}, with 'token.actions.githubusercontent.com:aud' = '${ctx.audience}' and a 'sub' condition that matches this repository, branch or environment${subject}`,
      fixes: [
        {
          policy,
          owner: ctx.roleArn,
          account,
          statement: req && renderStatement(req, vars)
        }
      ]
    }
  }
  if (name === 'ExpiredTokenException' || name === 'ExpiredToken') {
    return { hint: 'the GitHub OIDC token expired before it was used; re-run the job', fixes: [] }
  }
  return {
    hint: `check that ${ctx.roleArn} exists and trusts GitHub's OIDC provider`,
    fixes: []
  }
}

function assumeRole(err: unknown, ctx: AssumeRoleContext): Explanation {
  const account = accountOf(ctx.roleArn) ?? "the role's account"
  const name = errorName(err)
  if (ACCESS_DENIED_NAMES.includes(name)) {
    const externalIdHint = ctx.externalId
      ? " and the 'sts:ExternalId' condition must equal the role-external-id input"
      : "; if the trust policy has an 'sts:ExternalId' condition, set the role-external-id input"
    const sourceRole = roleArnOf(ctx.sourceIdentity)
    const vars = {
      partition: partitionOf(ctx.roleArn),
      targetRoleArn: ctx.roleArn,
      sourceRoleArn: sourceRole,
      externalId: ctx.externalId
    }
    return {
      hint: `the trust policy of ${ctx.roleArn} (in account ${account}) must allow sts:AssumeRole for ${ctx.sourceIdentity}${externalIdHint}; and the source identity's own policy must allow sts:AssumeRole on ${ctx.roleArn}; if the source session carries session tags, both must also allow sts:TagSession`,
      fixes: [
        {
          policy: 'target-trust',
          owner: ctx.roleArn,
          account,
          statement: statement('sts:AssumeRole', 'target-trust', vars)
        },
        {
          policy: 'source-permissions',
          owner: sourceRole ?? ctx.sourceIdentity,
          account: accountOf(sourceRole),
          statement: statement('sts:AssumeRole', 'source-permissions', vars)
        }
      ]
    }
  }
  if (['InvalidClientTokenId', 'ExpiredToken', 'ExpiredTokenException'].includes(name)) {
    return {
      hint: 'the source credentials are invalid or expired; check the step that provided them',
      fixes: []
    }
  }
  if (name === 'ValidationError') {
    return {
      hint: 'the role-duration-seconds input must not exceed the maximum session duration of the role',
      fixes: []
    }
  }
  if (name === 'RegionDisabledException') {
    return {
      hint: `STS must be activated for this region in account ${account} (IAM > Account settings > Security Token Service endpoints)`,
      fixes: []
    }
  }
  if (name === 'PackedPolicyTooLarge') {
    return {
      hint: 'the session tags carried over from the source session are too large; pass fewer tags to the source session',
      fixes: []
    }
  }
  const credentials = credentialProblem(name, ctx.sourceIdentity)
  if (credentials) return { hint: credentials, fixes: [] }
  return { hint: `check that ${ctx.roleArn} exists`, fixes: [] }
}

const BUCKET_ACTIONS = new Set([
  's3:ListBucket',
  's3:GetBucketLocation',
  's3:GetBucketVersioning',
  's3:GetBucketPolicy',
  's3:GetEncryptionConfiguration'
])

/**
 * The resource pattern a statement should cover: the directory of the key (bundles live at
 * <s3-key-prefix><application>/<sha256>.zip), or the whole bucket when the key is not known.
 */
function keysOf(ctx: S3Context): string {
  if (!ctx.key?.includes('/')) return ctx.key ?? '*'
  return `${ctx.key.slice(0, ctx.key.lastIndexOf('/'))}/*`
}

function s3(err: unknown, ctx: S3Context): Explanation {
  const name = errorName(err)
  // First: S3 answers a bad key, signature or clock with 403 too, which is not a policy matter.
  const credentials = credentialProblem(name, ctx.identity)
  if (credentials) return { hint: credentials, fixes: [] }
  const bucketLevel = BUCKET_ACTIONS.has(ctx.action)
  const roleArn = roleArnOf(ctx.identity)
  const identityAccount = accountOf(roleArn)
  const vars = {
    partition: partitionOf(roleArn),
    bucket: ctx.bucket,
    revisionKeys: keysOf(ctx),
    targetRoleArn: ctx.upload === 'target' ? roleArn : undefined,
    sourceRoleArn: ctx.upload === 'source' ? roleArn : undefined
  }
  const upload = { upload: ctx.upload }
  const identityPolicy: PolicyKind =
    ctx.upload === 'source' ? 'source-permissions' : 'target-permissions'

  if (isAccessDenied(err)) {
    const bucketArn = `arn:${vars.partition}:s3:::${ctx.bucket}`
    const resource = bucketLevel ? bucketArn : `${bucketArn}/*`
    const owner = ctx.expectedBucketOwner
    const foreign =
      owner !== undefined && identityAccount !== undefined && owner !== identityAccount
    const bucketPolicy = foreign
      ? `; the bucket belongs to account ${owner}, so its bucket policy there must allow it to ${roleArn ?? ctx.identity} too`
      : "; if the bucket belongs to another account, that account's bucket policy must allow it too"
    const ownerHint = owner
      ? `. Also check that the bucket is owned by account ${owner} (s3-bucket-owner): S3 answers AccessDenied when it is not`
      : ''
    const fixes: Fix[] = [
      {
        policy: identityPolicy,
        owner: roleArn ?? ctx.identity,
        account: identityAccount,
        statement: statement(ctx.action, identityPolicy, vars)
      }
    ]
    if (foreign) {
      fixes.push({
        policy: 'bucket-policy',
        owner: ctx.bucket,
        account: owner,
        statement: statement(ctx.action, 'bucket-policy', vars, {
          ...upload,
          sid: ctx.action === 's3:ListBucket' ? 'CrossAccountList' : 'CrossAccountUpload'
        })
      })
    }
    return {
      hint: `the policy of ${ctx.identity} must allow ${ctx.action} on ${resource}${bucketPolicy}; if the bucket is encrypted with a KMS key, the identity needs kms:GenerateDataKey and kms:Decrypt on it${ownerHint}`,
      fixes
    }
  }
  // A bare 404 (HeadBucket has no body) means no bucket; a named one (NoSuchBucketPolicy,
  // ServerSideEncryptionConfigurationNotFoundError) is about a setting of a bucket that exists.
  if (name === 'NoSuchBucket' || (bucketLevel && (name === 'NotFound' || name === '404'))) {
    return {
      hint: `bucket ${ctx.bucket} does not exist; create it, or fix the s3-bucket input`,
      fixes: []
    }
  }
  if (WRONG_REGION.includes(name) || httpStatus(err) === 301) {
    const region = ctx.region ? ` (aws-region is ${ctx.region})` : ''
    return {
      hint: `bucket ${ctx.bucket} is in another region than the client expected${region}`,
      fixes: []
    }
  }
  if (name === 'InvalidBucketName') {
    return {
      hint: `'${ctx.bucket}' is not a valid bucket name; fix the s3-bucket input`,
      fixes: []
    }
  }
  if (name.startsWith('KMS')) {
    const state =
      name === 'KMS.DisabledException' || name === 'KMS.KMSInvalidStateException'
        ? "the bucket's KMS key is disabled or pending deletion; enable it, or change the bucket's default encryption. Otherwise "
        : name === 'KMS.NotFoundException'
          ? "the bucket's KMS key does not exist (or is in another region); fix the bucket's default encryption. Otherwise "
          : ''
    const kms = statement('kms:GenerateDataKey', identityPolicy, vars)
    return {
      hint: `${state}the bucket's KMS key must allow ${ctx.identity} to use it (kms:GenerateDataKey, kms:Decrypt)`,
      fixes: [
        {
          policy: 'kms-key-policy',
          statement: statement('kms:GenerateDataKey', 'kms-key-policy', vars, upload)
        },
        { policy: identityPolicy, owner: roleArn, account: identityAccount, statement: kms }
      ]
    }
  }
  return { hint: 'check the bucket name, its region and the network path to S3', fixes: [] }
}

function codeDeploy(err: unknown, ctx: CodeDeployContext): Explanation {
  const identity = ctx.identity ?? 'the deploying role'
  const where =
    ctx.accountId && ctx.region
      ? `account ${ctx.accountId}, region ${ctx.region}`
      : 'the target account and region'
  const application = ctx.application ?? '{application}'
  const group = ctx.deploymentGroup ?? '{deploymentGroup}'
  const name = errorName(err)
  const none = (hint: string): Explanation => ({ hint, fixes: [] })
  switch (name) {
    case 'ApplicationDoesNotExistException':
      return none(
        `application '${application}' does not exist in ${where}; check the application input and aws-region`
      )
    case 'DeploymentGroupDoesNotExistException':
      return none(
        `deployment group '${group}' of application '${application}' does not exist in ${where}`
      )
    case 'DeploymentConfigDoesNotExistException':
      return none(
        `deployment configuration '${ctx.deploymentConfig ?? "(the group's)"}' does not exist in ${where}`
      )
    case 'InvalidRoleException':
      return none(
        `the service role of deployment group '${group}' is missing or does not trust codedeploy.amazonaws.com; fix it in ${where} (the deployment group's service role, not role-to-assume)`
      )
    case 'DeploymentLimitExceededException':
      return none(
        `another deployment to '${group}' is still in progress; wait for it to end or stop it`
      )
    case 'RevisionDoesNotExistException':
    case 'InvalidRevisionException':
      return none('the revision must be readable by CodeDeploy; check the bucket, key and version')
    case 'DeploymentDoesNotExistException':
      return none(`deployment ${ctx.deploymentId ?? '(unknown)'} does not exist in ${where}`)
    case 'DeploymentAlreadyCompletedException':
      return none(`deployment ${ctx.deploymentId ?? '(unknown)'} has already ended`)
    case 'DescriptionTooLongException':
      return none(
        'the description (the input, with the token of the run the action appends) is longer than CodeDeploy accepts; shorten the description input'
      )
    case 'ThrottlingException':
      return none(
        'CodeDeploy throttled the call after every retry; other tools may be calling CodeDeploy in this account heavily; re-run the job'
      )
  }
  if (isAccessDenied(err)) {
    const roleArn = roleArnOf(ctx.identity)
    const vars = {
      partition: partitionOf(roleArn),
      region: ctx.region,
      targetAccount: ctx.accountId ?? accountOf(roleArn),
      application: ctx.application,
      deploymentGroup: ctx.deploymentGroup
    }
    return {
      hint: `the policy of ${identity} must allow ${ctx.action} on the application '${application}' and its deployment group (for example the AWSCodeDeployDeployerAccess managed policy)`,
      fixes: [
        {
          policy: 'target-permissions',
          owner: roleArn ?? identity,
          account: ctx.accountId ?? accountOf(roleArn),
          statement: statement(ctx.action, 'target-permissions', vars)
        }
      ]
    }
  }
  const credentials = credentialProblem(name, identity)
  if (credentials) return none(credentials)
  return none(`check the inputs and the permissions of ${identity}`)
}
