import { HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import type { Bundle } from '../bundle/index.js'
import type { S3Revision } from '../codedeploy/deployment.js'
import type { ActionInputs } from '../inputs/inputs.js'
import type { ExistingRevision } from '../inputs/aws-names.js'
import { UploadError } from '../common/errors.js'
import { errorText, isAccessDenied, isNotFound } from '../common/aws-errors.js'
import { explainedMessage } from '../advice/explain.js'
import { bundleKey } from './keys.js'
import { IncompleteUploadError, uploadFile } from './upload.js'
import type { Log } from '../common/log.js'

const SHA256_METADATA = 'sha256'

export interface StoredObject {
  etag: string
  versionId?: string
}

export interface BundleTarget {
  bucket: string
  key: string
  expectedBucketOwner?: string
}

/** The uploader, for error messages: who tried, and which policies govern it. */
export interface Uploader {
  identity: string
  /** The target account: set when the target credentials upload, absent for the source ones. */
  account?: string
}

/** What would end the key early (? #), read as an escape (%), or break or hide part of a line. */
const KEY_ESCAPES = /[%?#\s\p{Cc}\p{Cf}\p{Z}]/gu

/** s3://bucket/key[?versionId=...], as parseRevisionLocation (inputs/aws-names.ts) reads it back. */
export function revisionLocation(bucket: string, key: string, versionId?: string): string {
  const base = `s3://${bucket}/${key.replace(KEY_ESCAPES, c => encodeURIComponent(c))}`
  return versionId ? `${base}?versionId=${encodeURIComponent(versionId)}` : base
}

function unquote(etag: string | undefined): string {
  return (etag ?? '').replace(/^"|"$/g, '')
}

export function s3Error(
  action: string,
  target: BundleTarget,
  uploader: Uploader,
  err: unknown
): UploadError {
  const message = explainedMessage(
    `${action} on s3://${target.bucket}/${target.key} failed`,
    errorText(err),
    err,
    {
      step: 's3',
      action,
      bucket: target.bucket,
      key: target.key,
      identity: uploader.identity,
      upload: uploader.account ? 'target' : 'source',
      expectedBucketOwner: target.expectedBucketOwner
    }
  )
  return new UploadError(message, { cause: err })
}

/**
 * Looks for a bundle already at its content-addressed key. A 403 is not fatal: without
 * s3:ListBucket, S3 answers 403 for a missing object, and the upload may still be allowed.
 */
export async function findBundle(
  s3: S3Client,
  target: BundleTarget,
  sha256: string,
  uploader: Uploader,
  log: Log
): Promise<StoredObject | undefined> {
  try {
    const head = await s3.send(
      new HeadObjectCommand({
        Bucket: target.bucket,
        Key: target.key,
        ExpectedBucketOwner: target.expectedBucketOwner
      })
    )
    if (head.Metadata?.[SHA256_METADATA] !== sha256) return undefined
    return { etag: unquote(head.ETag), versionId: head.VersionId }
  } catch (err) {
    if (isNotFound(err)) return undefined
    if (isAccessDenied(err)) {
      log.info(`HeadObject on s3://${target.bucket}/${target.key} was denied: ${errorText(err)}`)
      return undefined
    }
    throw s3Error('s3:GetObject', target, uploader, err)
  }
}

export interface ObjectDescription extends StoredObject {
  size: number
  /** The SHA-256 this action recorded when it uploaded the object, if it did. */
  sha256?: string
}

/**
 * Looks up an object to deploy as it is, pinning its ETag and version so CodeDeploy deploys
 * exactly these bytes even if the key is overwritten later.
 */
export async function describeObject(
  s3: S3Client,
  target: BundleTarget & { versionId?: string },
  uploader: Uploader
): Promise<ObjectDescription> {
  try {
    const head = await s3.send(
      new HeadObjectCommand({
        Bucket: target.bucket,
        Key: target.key,
        VersionId: target.versionId,
        ExpectedBucketOwner: target.expectedBucketOwner
      })
    )
    return {
      etag: unquote(head.ETag),
      versionId: head.VersionId ?? target.versionId,
      size: head.ContentLength ?? 0,
      sha256: head.Metadata?.[SHA256_METADATA]
    }
  } catch (err) {
    if (isNotFound(err)) {
      const version = target.versionId ? ` version ${target.versionId} of` : ''
      throw new UploadError(
        `revision-location:${version} s3://${target.bucket}/${target.key} does not exist. Check the bucket, the key and the version, and that the object was uploaded by an earlier job.`,
        { cause: err }
      )
    }
    // HeadObject on a given version needs s3:GetObjectVersion, not s3:GetObject.
    const action = target.versionId ? 's3:GetObjectVersion' : 's3:GetObject'
    throw s3Error(action, target, uploader, err)
  }
}

export interface PutBundleParams extends BundleTarget {
  filePath: string
  size: number
  sha256: string
}

/** Uploads the bundle with its SHA-256 in the metadata, so a re-run can find it and skip. */
export async function putBundle(
  s3: S3Client,
  params: PutBundleParams,
  uploader: Uploader
): Promise<StoredObject> {
  try {
    const out = await uploadFile(s3, {
      bucket: params.bucket,
      key: params.key,
      filePath: params.filePath,
      size: params.size,
      contentType: 'application/octet-stream',
      metadata: { [SHA256_METADATA]: params.sha256 },
      expectedBucketOwner: params.expectedBucketOwner
    })
    return { etag: unquote(out.etag), versionId: out.versionId }
  } catch (err) {
    if (!(err instanceof IncompleteUploadError))
      throw s3Error('s3:PutObject', params, uploader, err)
    const error = s3Error('s3:PutObject', params, uploader, err.cause)
    throw new UploadError(
      `${error.message} Its parts could not be removed (${err.message}); a lifecycle rule with AbortIncompleteMultipartUpload on the bucket cleans them up.`,
      { cause: err }
    )
  }
}

export interface UploadedRevision extends S3Revision {
  /** Empty for an existing object this action did not upload. */
  sha256: string
  size: number
  /** False when an identical bundle was already in S3. */
  uploaded: boolean
}

/** Uploads the bundle to its content-addressed key, unless the same bytes are already there. */
export async function uploadRevision(
  s3: S3Client,
  bucket: string,
  inputs: ActionInputs,
  bundle: Bundle,
  uploader: Uploader,
  log: Log
): Promise<UploadedRevision> {
  const target = {
    bucket,
    key: bundleKey(inputs.s3KeyPrefix, inputs.application, bundle.sha256, bundle.bundleType),
    expectedBucketOwner: inputs.s3BucketOwner
  }
  const base = {
    ...target,
    bundleType: bundle.bundleType,
    sha256: bundle.sha256,
    size: bundle.size
  }
  const existing = await findBundle(s3, target, bundle.sha256, uploader, log)
  if (existing) {
    log.info(
      `s3://${target.bucket}/${target.key} already holds this bundle (same SHA-256): upload skipped.`
    )
    return { ...base, ...existing, uploaded: false }
  }
  const started = Date.now()
  const stored = await putBundle(
    s3,
    { ...target, filePath: bundle.path, size: bundle.size, sha256: bundle.sha256 },
    uploader
  )
  const seconds = (Date.now() - started) / 1000
  log.info(
    `Uploaded s3://${target.bucket}/${target.key} (${bundle.size} bytes in ${seconds.toFixed(1)} s).`
  )
  return { ...base, ...stored, uploaded: true }
}

/** The revision-location object, looked up (not downloaded) to pin its ETag and version. */
export async function existingRevision(
  s3: S3Client,
  location: ExistingRevision,
  expectedBucketOwner: string | undefined,
  uploader: Uploader
): Promise<UploadedRevision> {
  const object = await describeObject(s3, { ...location, expectedBucketOwner }, uploader)
  return {
    bucket: location.bucket,
    key: location.key,
    bundleType: location.bundleType,
    etag: object.etag,
    versionId: object.versionId,
    sha256: object.sha256 ?? '',
    size: object.size,
    uploaded: false
  }
}
