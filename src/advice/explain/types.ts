/** What each AWS call was doing when it failed, and the shape of the advice given back. */
import type { IamStatement, PolicyKind } from '../permissions.js'

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
  /** The request carried session tags (role-session-tags). */
  sessionTags?: boolean
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
