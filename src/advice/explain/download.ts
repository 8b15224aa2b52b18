import { statement } from './shared.js'

/** Where the agents download the revision from, as far as the run knows it. */
export interface DownloadContext {
  partition: string
  bucket: string
  /** The revision's key, or the keys this action uploads to (a pattern ending in *). */
  keys: string
  /** The account of the instances: the deployment's. */
  targetAccount: string
  /** The account that owns the bucket, when the run knows it. */
  bucketAccount?: string
}

/** The instances' own role, which the run cannot know: statements name it for the user to replace. */
export function instanceRolePlaceholder(partition: string, account: string): string {
  return `arn:${partition}:iam::${account}:role/YOUR-INSTANCE-PROFILE-ROLE`
}

/**
 * Why DownloadBundle fails: the agent reads the revision as the instances' instance profile role,
 * not as the action's credentials, so the fix is in that role's policy and, for a bucket in
 * another account, in the bucket policy. The role's name is the instances' own; the statements
 * show where it goes.
 */
export function explainDownload(ctx: DownloadContext): string {
  const role = instanceRolePlaceholder(ctx.partition, ctx.targetAccount)
  const vars = {
    partition: ctx.partition,
    targetAccount: ctx.targetAccount,
    bucket: ctx.bucket,
    revisionKeys: ctx.keys,
    instanceRoleArn: role
  }
  const own = statement('s3:GetObject', 'instance-profile', vars)
  const shared = statement('s3:GetObject', 'bucket-policy', vars, {
    sid: 'ProductionInstancesRead'
  })
  const where = `s3://${ctx.bucket}/${ctx.keys}`
  const parts = [
    `DownloadBundle: the CodeDeploy agent downloads the revision from ${where} as the ` +
      `instance profile role of ` +
      `the instances, in account ${ctx.targetAccount}; its permissions policy there needs ` +
      JSON.stringify(own)
  ]
  if (ctx.bucketAccount && ctx.bucketAccount !== ctx.targetAccount) {
    parts.push(
      `the bucket is in account ${ctx.bucketAccount}, so the bucket policy of ${ctx.bucket} ` +
        `there must allow that role too: ${JSON.stringify(shared)}`
    )
  } else if (!ctx.bucketAccount) {
    parts.push(
      `if the bucket is in another account, its bucket policy must allow that role too ` +
        `(statement ProductionInstancesRead)`
    )
  }
  parts.push(
    'a bucket encrypted with a KMS key needs kms:Decrypt on the key for that role ' +
      '(statement InstancesDecryptRevisions), and a key in another account must allow it in ' +
      'its key policy too (statement InstancesUseKey)'
  )
  return ` (${parts.join('; ')})`
}
