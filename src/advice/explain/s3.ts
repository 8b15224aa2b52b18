/** Why S3 refused the bundle or the bucket: policies on both sides, the bucket itself, its KMS key. */
import {
  errorName,
  httpStatus,
  isAccessDenied,
  kmsRefusal,
  type KmsRefusal
} from '../../common/aws-errors.js'
import { accountOf, partitionOf } from '../../common/arn.js'
import type { PolicyKind, PolicyVars } from '../permissions.js'
import { WRONG_REGION, credentialProblem, roleArnOf, statement } from './shared.js'
import type { Explanation, Fix, S3Context } from './types.js'

const BUCKET_ACTIONS = new Set([
  's3:ListBucket',
  's3:GetBucketVersioning',
  's3:GetBucketPolicy',
  's3:GetEncryptionConfiguration'
])

/** The identity that made the call, the policy that grants it S3, and the values to fill in. */
interface Caller {
  roleArn?: string
  account?: string
  policy: PolicyKind
  vars: Partial<PolicyVars> & { partition: string }
}

export function explainS3(err: unknown, ctx: S3Context): Explanation {
  const name = errorName(err)
  // First: S3 answers a bad key, signature or clock with 403 too, which is not a policy matter.
  const credentials = credentialProblem(name, ctx.identity)
  if (credentials) return { hint: credentials, fixes: [] }
  const bucketLevel = BUCKET_ACTIONS.has(ctx.action)
  const refusedKey = kmsRefusal(err)
  if (refusedKey) return kmsDenied(refusedKey, ctx, callerOf(ctx))
  if (isAccessDenied(err)) return accessDenied(ctx, callerOf(ctx), bucketLevel)
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
  if (name.startsWith('KMS')) return kmsKey(name, ctx, callerOf(ctx))
  return { hint: 'check the bucket name, its region and the network path to S3', fixes: [] }
}

function callerOf(ctx: S3Context): Caller {
  const roleArn = roleArnOf(ctx.identity)
  return {
    roleArn,
    account: accountOf(roleArn),
    policy: ctx.upload === 'source' ? 'source-permissions' : 'target-permissions',
    vars: {
      partition: partitionOf(roleArn),
      bucket: ctx.bucket,
      revisionKeys: keysOf(ctx),
      targetRoleArn: ctx.upload === 'target' ? roleArn : undefined,
      sourceRoleArn: ctx.upload === 'source' ? roleArn : undefined
    }
  }
}

/**
 * The resource pattern a statement should cover: the directory of the key (bundles live at
 * <s3-key-prefix><application>/<sha256>.zip), or the whole bucket when the key is not known.
 */
function keysOf(ctx: S3Context): string {
  if (!ctx.key?.includes('/')) return ctx.key ?? '*'
  return `${ctx.key.slice(0, ctx.key.lastIndexOf('/'))}/*`
}

/** The caller's own policy, and the bucket policy too when the bucket is in another account. */
function accessDenied(ctx: S3Context, caller: Caller, bucketLevel: boolean): Explanation {
  const bucketArn = `arn:${caller.vars.partition}:s3:::${ctx.bucket}`
  const resource = bucketLevel ? bucketArn : `${bucketArn}/*`
  const owner = ctx.expectedBucketOwner
  const foreign = owner !== undefined && caller.account !== undefined && owner !== caller.account
  const bucketPolicy = foreign
    ? `; the bucket belongs to account ${owner}, so its bucket policy there must allow it to ${caller.roleArn ?? ctx.identity} too`
    : "; if the bucket belongs to another account, that account's bucket policy must allow it too"
  const ownerHint = owner
    ? `. Also check that the bucket is owned by account ${owner} (s3-bucket-owner): S3 answers AccessDenied when it is not`
    : ''
  return {
    hint: `the policy of ${ctx.identity} must allow ${ctx.action} on ${resource}${bucketPolicy}; if the bucket is encrypted with a KMS key, the identity needs kms:GenerateDataKey and kms:Decrypt on it${ownerHint}`,
    fixes: accessFixes(ctx, caller, foreign)
  }
}

function accessFixes(ctx: S3Context, caller: Caller, foreign: boolean): Fix[] {
  const own: Fix = {
    policy: caller.policy,
    owner: caller.roleArn ?? ctx.identity,
    account: caller.account,
    statement: statement(ctx.action, caller.policy, caller.vars)
  }
  if (!foreign) return [own]
  const bucket: Fix = {
    policy: 'bucket-policy',
    owner: ctx.bucket,
    account: ctx.expectedBucketOwner,
    statement: statement(ctx.action, 'bucket-policy', caller.vars, {
      upload: ctx.upload,
      sid: ctx.action === 's3:ListBucket' ? 'CrossAccountList' : 'CrossAccountUpload'
    })
  }
  return [own, bucket]
}

/**
 * S3 allowed the request but KMS refused the caller the bucket's key: the caller's own policy, or
 * the key policy in the key's account (which, in that account, may instead allow the account
 * itself, as AWS's default key policy does, and leave the grant to IAM policies).
 */
function kmsDenied(refusal: KmsRefusal, ctx: S3Context, caller: Caller): Explanation {
  const vars = { ...caller.vars, kmsKeyArn: refusal.keyArn }
  const keyAccount = accountOf(refusal.keyArn)
  const own: Fix = {
    policy: caller.policy,
    owner: caller.roleArn ?? ctx.identity,
    account: caller.account,
    statement: statement(refusal.action, caller.policy, vars)
  }
  const key: Fix = {
    policy: 'kms-key-policy',
    owner: refusal.keyArn,
    account: keyAccount,
    statement: statement(refusal.action, 'kms-key-policy', vars, { upload: ctx.upload })
  }
  const sameAccount = keyAccount === caller.account
  const keySide = sameAccount
    ? `the key policy must allow account ${keyAccount} itself (statement KeyAdministration of the setup guide, as in AWS's default key policy) or the role`
    : `the key policy, in account ${keyAccount}, must allow the role`
  const hint =
    refusal.side === 'identity'
      ? `the policy of ${ctx.identity} must allow ${refusal.action} on the bucket's KMS key ${refusal.keyArn}`
      : refusal.side === 'resource'
        ? `KMS refused ${refusal.action} on the bucket's key ${refusal.keyArn} to ${ctx.identity}: ${keySide}`
        : `KMS refused ${refusal.action} on the bucket's key ${refusal.keyArn} to ${ctx.identity}: its own policy must allow it, and ${keySide}`
  const fixes =
    refusal.side === 'identity' ? [own] : refusal.side === 'resource' ? [key] : [own, key]
  return { hint, fixes }
}

/** Errors S3 passes on from KMS: the key's state, or a key policy that leaves the caller out. */
function kmsKey(name: string, ctx: S3Context, caller: Caller): Explanation {
  return {
    hint: `${kmsKeyState(name)}the bucket's KMS key must allow ${ctx.identity} to use it (kms:GenerateDataKey, kms:Decrypt)`,
    fixes: [
      {
        policy: 'kms-key-policy',
        statement: statement('kms:GenerateDataKey', 'kms-key-policy', caller.vars, {
          upload: ctx.upload
        })
      },
      {
        policy: caller.policy,
        owner: caller.roleArn,
        account: caller.account,
        statement: statement('kms:GenerateDataKey', caller.policy, caller.vars)
      }
    ]
  }
}

function kmsKeyState(name: string): string {
  if (name === 'KMS.DisabledException' || name === 'KMS.KMSInvalidStateException') {
    return "the bucket's KMS key is disabled or pending deletion; enable it, or change the bucket's default encryption. Otherwise "
  }
  if (name === 'KMS.NotFoundException') {
    return "the bucket's KMS key does not exist (or is in another region); fix the bucket's default encryption. Otherwise "
  }
  return ''
}
