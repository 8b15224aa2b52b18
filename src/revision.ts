import type { S3Client } from '@aws-sdk/client-s3'
import { mkdtemp, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { createBundle, type Bundle } from './bundle/index.js'
import { InputError } from './errors.js'
import type { ActionInputs } from './inputs.js'
import type { S3Revision } from './deploy.js'
import { bundleKey, describeObject, findBundle, putBundle, type Uploader } from './s3.js'

export interface UploadedRevision extends S3Revision {
  /** Empty for an existing object this action did not upload. */
  sha256: string
  size: number
  /** False when an identical bundle was already in S3. */
  uploaded: boolean
}

export function sourceDateEpoch(env: NodeJS.ProcessEnv): number | undefined {
  const value = env.SOURCE_DATE_EPOCH
  if (value === undefined || value === '') return undefined
  if (!/^\d+$/.test(value)) {
    throw new InputError(
      `SOURCE_DATE_EPOCH is '${value}': expected a whole number of seconds since 1970-01-01.`
    )
  }
  return Number(value)
}

/** Bundles revision-path into a temporary directory; the caller removes it with `discard`. */
export async function bundleRevision(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv
): Promise<Bundle> {
  const outDir = await mkdtemp(path.join(env.RUNNER_TEMP || os.tmpdir(), 'codedeploy-bundle-'))
  try {
    return await createBundle({
      root: inputs.revisionPath,
      exclude: inputs.exclude,
      outDir,
      sourceDateEpoch: sourceDateEpoch(env)
    })
  } catch (err) {
    await rm(outDir, { recursive: true, force: true })
    throw err
  }
}

export async function discard(bundle: Bundle): Promise<void> {
  await rm(path.dirname(bundle.path), { recursive: true, force: true })
}

/** Uploads the bundle to its content-addressed key, unless the same bytes are already there. */
export async function uploadRevision(
  s3: S3Client,
  inputs: ActionInputs,
  bundle: Bundle,
  uploader: Uploader,
  log: (line: string) => void
): Promise<UploadedRevision> {
  const target = {
    bucket: inputs.s3Bucket,
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
    log(
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
  log(
    `Uploaded s3://${target.bucket}/${target.key} (${bundle.size} bytes in ${seconds.toFixed(1)} s).`
  )
  return { ...base, ...stored, uploaded: true }
}

/** The revision-location object, looked up (not downloaded) to pin its ETag and version. */
export async function existingRevision(
  s3: S3Client,
  inputs: ActionInputs,
  uploader: Uploader
): Promise<UploadedRevision> {
  const location = inputs.revisionLocation
  if (!location) throw new Error('existingRevision needs revision-location')
  const object = await describeObject(
    s3,
    { ...location, expectedBucketOwner: inputs.s3BucketOwner },
    uploader
  )
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
