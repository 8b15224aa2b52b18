import {
  GetBucketEncryptionCommand,
  GetBucketPolicyCommand,
  GetBucketVersioningCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  type S3Client
} from '@aws-sdk/client-s3'
import { errorName, errorText, isAccessDenied, isNotFound } from '../common/aws-errors.js'
import type { S3Context } from '../advice/explain.js'
import { instanceRolePlaceholder } from '../advice/explain/download.js'
import { statement } from '../advice/explain/shared.js'
import type { ActionInputs } from '../inputs/inputs.js'
import { requirementFor, type PolicyVars, type Setup } from '../advice/permissions.js'
import { bundleKey } from '../s3/keys.js'
import { revisionLocation } from '../s3/objects.js'
import { bucketPolicyGrants } from './bucket-policy.js'
import { attempt, describeRequirement, explained, type Checklist } from './checklist.js'
import type { Identity } from './credentials.js'
import type { PreflightDeps } from './deps.js'
import type { RevisionFacts } from './revision.js'

export interface BucketFacts {
  kms: boolean
  kmsKeyArn?: string
}

/** Which accounts are in play, and the values the quoted statements are filled with. */
export interface BucketAccounts {
  targetAccount?: string
  bucketAccount: Setup['bucketAccount']
  vars: Partial<PolicyVars>
}

/** What every bucket check works with: the bucket, read with the upload credentials. */
interface BucketProbe {
  inputs: ActionInputs
  bucket: string
  key?: string
  owner?: string
  s3: S3Client
  uploader: Identity
  list: Checklist
  ctx: (action: string) => S3Context
}

type BucketTitles = ReturnType<typeof bucketTitles>

export async function checkBucket(
  inputs: ActionInputs,
  bucket: string,
  uploader: Identity | undefined,
  revision: RevisionFacts | undefined,
  deps: PreflightDeps,
  list: Checklist,
  where: BucketAccounts
): Promise<BucketFacts> {
  const titles = bucketTitles(bucket, revision)
  if (!uploader) {
    for (const title of Object.values(titles)) {
      list.add(
        title,
        'skipped',
        `needs the ${inputs.uploadCredentials} credentials (upload-credentials), which could not be had`
      )
    }
    return { kms: false }
  }
  const probe = bucketProbe(inputs, bucket, revision?.key, uploader, deps, list)
  const headRegion = await checkReach(probe, titles)
  checkRegion(probe, headRegion, titles.region)
  await checkVersioning(probe, titles.versioning)
  const facts = await checkEncryption(probe, titles.encryption)
  await checkObject(probe, revision, where.vars, titles)
  await checkInstanceAccess(probe, where, titles.instances)
  return facts
}

function bucketTitles(bucket: string, revision: RevisionFacts | undefined) {
  return {
    reach: `Bucket ${bucket}`,
    owner: 'Bucket owner',
    region: 'Bucket region',
    versioning: 'Bucket versioning',
    encryption: 'Bucket encryption',
    object: revision?.kind === 'existing' ? 'Revision object' : 'Bundle object',
    upload: 'Upload permission',
    instances: 'Production instances can read the revision'
  }
}

function bucketProbe(
  inputs: ActionInputs,
  bucket: string,
  key: string | undefined,
  uploader: Identity,
  deps: PreflightDeps,
  list: Checklist
): BucketProbe {
  const owner = inputs.s3BucketOwner
  return {
    inputs,
    bucket,
    key,
    owner,
    s3: deps.s3(uploader.credentials),
    uploader,
    list,
    ctx: action => ({
      step: 's3',
      action,
      bucket,
      key,
      identity: uploader.arn,
      upload: inputs.uploadCredentials,
      expectedBucketOwner: owner,
      region: inputs.region
    })
  }
}

/** HeadBucket, which also proves the owner; the region HeadBucket answered, if it did. */
async function checkReach(
  { s3, bucket, owner, uploader, list, ctx }: BucketProbe,
  titles: BucketTitles
): Promise<string | undefined> {
  const head = await attempt(() =>
    s3.send(new HeadBucketCommand({ Bucket: bucket, ExpectedBucketOwner: owner }))
  )
  if ('err' in head) {
    // s3:ListBucket is recommended: the upload works without it, so a denial fails nothing.
    list.optional(
      titles.reach,
      head.err,
      `HeadBucket as ${uploader.arn} failed: ${explained(head.err, ctx('s3:ListBucket'))}`
    )
    list.add(titles.owner, 'skipped', 'the bucket could not be reached')
    return undefined
  }
  list.add(titles.reach, 'passed', `reachable as ${uploader.arn} (HeadBucket, s3:ListBucket)`)
  list.add(
    titles.owner,
    owner ? 'passed' : 'skipped',
    owner
      ? `owned by account ${owner}: S3 accepted ExpectedBucketOwner ${owner}`
      : 's3-bucket-owner is not set, so nothing checks who owns the bucket; set it to the account that owns it'
  )
  return head.ok.BucketRegion
}

/**
 * The region HeadBucket answered with (every HeadBucket S3 answers carries it): GetBucketLocation
 * would ask for one more permission and tell nothing more.
 */
function checkRegion(
  { inputs, list }: BucketProbe,
  region: string | undefined,
  title: string
): void {
  if (region === undefined) {
    list.add(title, 'skipped', "S3's answer to HeadBucket did not give the bucket's region")
  } else if (region === inputs.region) {
    list.add(title, 'passed', `${region}, the region of the deployment`)
  } else {
    list.add(
      title,
      'passed',
      `${region}, while the deployment is in ${inputs.region}: the upload follows S3's redirect, but the instances download the revision across regions; a bucket in ${inputs.region} is faster and avoids cross-region transfer charges`
    )
  }
}

async function checkVersioning(
  { s3, bucket, owner, list, ctx }: BucketProbe,
  title: string
): Promise<void> {
  const versioning = await attempt(() =>
    s3.send(new GetBucketVersioningCommand({ Bucket: bucket, ExpectedBucketOwner: owner }))
  )
  if ('err' in versioning) {
    list.add(
      title,
      'skipped',
      `could not read it: ${explained(versioning.err, ctx('s3:GetBucketVersioning'))}`
    )
    return
  }
  const status = versioning.ok.Status
  list.add(
    title,
    'passed',
    status === 'Enabled'
      ? 'versioned: each deployment names the exact object version (revision-location gets ?versionId=)'
      : `not versioned (${status ?? 'never enabled'}): deployments name the key and its ETag only`
  )
}

async function checkEncryption(
  { s3, bucket, owner, list, ctx }: BucketProbe,
  title: string
): Promise<BucketFacts> {
  const encryption = await attempt(() =>
    s3.send(new GetBucketEncryptionCommand({ Bucket: bucket, ExpectedBucketOwner: owner }))
  )
  if ('err' in encryption) {
    list.add(
      title,
      'skipped',
      `could not read it: ${explained(encryption.err, ctx('s3:GetEncryptionConfiguration'))}`
    )
    return { kms: false }
  }
  const rule =
    encryption.ok.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault
  const algorithm = rule?.SSEAlgorithm ?? 'none'
  const kms = algorithm.startsWith('aws:kms')
  list.add(
    title,
    'passed',
    kms
      ? `${algorithm} with key ${rule?.KMSMasterKeyID ?? 'aws/s3 (the AWS managed key, which other accounts cannot use)'}: the uploader needs kms:GenerateDataKey and the instance profile kms:Decrypt on it, and the key policy must allow both (statements UploadWithKey, InstancesDecryptRevisions, UploaderUsesKey, InstancesUseKey)`
      : `${algorithm}: no KMS permissions needed`
  )
  return { kms, kmsKeyArn: rule?.KMSMasterKeyID }
}

/** The object the deployment would name: the revision-location, or where the bundle would go. */
async function checkObject(
  probe: BucketProbe,
  revision: RevisionFacts | undefined,
  vars: Partial<PolicyVars>,
  titles: BucketTitles
): Promise<void> {
  const { key, list } = probe
  if (!key) {
    list.add(titles.object, 'skipped', 'the revision could not be prepared')
  } else if (revision?.kind === 'existing') {
    await checkExistingObject(probe, key, revision.versionId, titles.object)
  } else {
    await checkBundleObject(probe, key, revision?.sha256, titles.object)
    uploadCheck(probe, vars, titles.upload)
  }
}

/** A revision-location object must be there, readable by the uploader, at the given version. */
async function checkExistingObject(
  { s3, bucket, owner, list, ctx }: BucketProbe,
  key: string,
  versionId: string | undefined,
  title: string
): Promise<void> {
  const where = revisionLocation(bucket, key, versionId)
  const object = await attempt(() =>
    s3.send(
      new HeadObjectCommand({
        Bucket: bucket,
        Key: key,
        VersionId: versionId,
        ExpectedBucketOwner: owner
      })
    )
  )
  if ('ok' in object) {
    const version = object.ok.VersionId ? `, version ${object.ok.VersionId}` : ''
    list.add(
      title,
      'passed',
      `${where} exists (${object.ok.ContentLength ?? 0} bytes, ETag ${object.ok.ETag ?? 'none'}${version})`
    )
  } else if (isNotFound(object.err)) {
    list.add(title, 'failed', `${where} does not exist: check revision-location`)
  } else {
    const action = versionId ? 's3:GetObjectVersion' : 's3:GetObject'
    list.add(
      title,
      'failed',
      `HeadObject on ${where} failed: ${explained(object.err, ctx(action))}`
    )
  }
}

async function checkBundleObject(
  { s3, bucket, owner, list, ctx }: BucketProbe,
  key: string,
  sha256: string | undefined,
  title: string
): Promise<void> {
  const object = await attempt(() =>
    s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key, ExpectedBucketOwner: owner }))
  )
  if ('ok' in object) {
    const same = object.ok.Metadata?.sha256 === sha256
    list.add(
      title,
      'passed',
      same
        ? `s3://${bucket}/${key} already holds this bundle: the upload would be skipped`
        : `s3://${bucket}/${key} exists with other content: it would be uploaded again`
    )
  } else if (isNotFound(object.err)) {
    list.add(
      title,
      'passed',
      `s3://${bucket}/${key} is not there yet: the bundle would be uploaded`
    )
  } else {
    list.add(
      title,
      'failed',
      `HeadObject on s3://${bucket}/${key} failed: ${explained(object.err, ctx('s3:GetObject'))}`
    )
  }
}

function uploadCheck(
  { inputs, uploader, list }: BucketProbe,
  vars: Partial<PolicyVars>,
  title: string
): void {
  const policy = inputs.uploadCredentials === 'source' ? 'source-permissions' : 'target-permissions'
  const upload = requirementFor('s3:PutObject', policy, 'UploadRevision')
  list.add(
    title,
    'skipped',
    `not tried: dry-run uploads nothing. ${uploader.arn} needs ${upload ? describeRequirement(upload, vars) : 's3:PutObject'}`
  )
}

async function checkInstanceAccess(
  { inputs, bucket, s3, key, list, ctx }: BucketProbe,
  where: BucketAccounts,
  title: string
): Promise<void> {
  const target = where.targetAccount
  const bucketOwner =
    inputs.s3BucketOwner ?? (where.bucketAccount === 'source' ? where.vars.sourceAccount : target)
  const bucketArn = `arn:${where.vars.partition ?? 'aws'}:s3:::${bucket}`
  const own = `the instance profile role in account ${target ?? 'of the deployment'} needs s3:GetObject and s3:GetObjectVersion on ${bucketArn}/${key ?? '*'} in its own policy (statement InstancesReadRevisions), which cannot be seen from here`
  if (!target || !bucketOwner || bucketOwner === target) {
    list.add(title, 'skipped', own)
    return
  }
  const objectArn = `${bucketArn}/${key ?? bundleKey(inputs.s3KeyPrefix, inputs.application, 'revision', 'zip')}`
  const policy = await attempt(() =>
    s3.send(
      new GetBucketPolicyCommand({
        Bucket: bucket,
        ExpectedBucketOwner: inputs.s3BucketOwner
      })
    )
  )
  if ('err' in policy) {
    if (errorName(policy.err) === 'NoSuchBucketPolicy') {
      list.add(
        title,
        'failed',
        `bucket ${bucket} (account ${bucketOwner}) has no bucket policy, so the instances in account ${target} cannot s3:GetObject the revision: give it a bucket policy in account ${bucketOwner} with ${instancesRead(where, target)}; ${own}`
      )
    } else {
      const why = isAccessDenied(policy.err)
        ? explained(policy.err, ctx('s3:GetBucketPolicy'))
        : errorText(policy.err)
      list.add(title, 'skipped', `could not read the bucket policy: ${why}`)
    }
    return
  }
  const verdict = bucketPolicyGrants(policy.ok.Policy ?? '', target, 's3:GetObject', objectArn)
  if (verdict.verdict === 'allowed') {
    list.add(
      title,
      'passed',
      `the bucket policy (account ${bucketOwner}) allows s3:GetObject on ${objectArn} to ${verdict.principal} (statement ${verdict.statement}); ${own}`
    )
  } else {
    const denied =
      verdict.verdict === 'denied'
        ? ` (statement ${verdict.statement} denies it to ${verdict.principal})`
        : ''
    list.add(
      title,
      'failed',
      `the bucket policy of ${bucket} (account ${bucketOwner}) does not let the instances in account ${target} s3:GetObject ${objectArn}${denied}: add to the bucket policy of ${bucket} in account ${bucketOwner}: ${instancesRead(where, target)}`
    )
  }
}

/** The guide's ProductionInstancesRead statement, for the instance profile role of `target`. */
function instancesRead(where: BucketAccounts, target: string): string {
  const instanceRoleArn = instanceRolePlaceholder(where.vars.partition ?? 'aws', target)
  const needed = statement(
    's3:GetObject',
    'bucket-policy',
    { ...where.vars, instanceRoleArn },
    {
      sid: 'ProductionInstancesRead'
    }
  )
  return needed ? JSON.stringify(needed) : 'statement ProductionInstancesRead (see the setup guide)'
}
