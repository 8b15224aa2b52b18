import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  PutObjectCommand,
  UploadPartCommand,
  type CompletedPart,
  type S3Client
} from '@aws-sdk/client-s3'
import { open, type FileHandle } from 'node:fs/promises'
import { errorText } from '../common/aws-errors.js'

/**
 * Uploads a file in parts read straight from the file into a few buffers, each reused for part
 * after part, so memory is `queueSize × partSize` whatever the file's size.
 *
 * @aws-sdk/lib-storage reads a stream into a new buffer per part and leaves the collector to free
 * them: more memory, and copies this code does not make (measured in docs/performance.md).
 */

/**
 * 8 MiB parts, as fast as larger ones to S3; 2 in flight, whose buffers are all the memory an
 * upload adds (the trade-off is measured in docs/performance.md).
 */
export const PART_SIZE = 8 * 1024 * 1024
export const QUEUE_SIZE = 2
/** S3's limit on the number of parts of one upload. */
export const MAX_PARTS = 10_000
const MIB = 1024 * 1024

export interface FileUpload {
  bucket: string
  key: string
  filePath: string
  size: number
  contentType: string
  metadata: Record<string, string>
  expectedBucketOwner?: string
}

export interface UploadedObject {
  etag?: string
  versionId?: string
}

export interface UploadOptions {
  partSize?: number
  queueSize?: number
}

/** The part size for a file: PART_SIZE, or whole MiB large enough to stay within MAX_PARTS. */
export function partSizeFor(size: number, partSize = PART_SIZE): number {
  const needed = Math.ceil(size / MAX_PARTS)
  return needed <= partSize ? partSize : Math.ceil(needed / MIB) * MIB
}

/**
 * PutObject for a file of at most one part, a multipart upload otherwise. Every request asks the
 * SDK for a SHA-256 checksum, which S3 verifies. A failed multipart upload is aborted, so no
 * stored parts are left behind to be billed.
 */
export async function uploadFile(
  s3: S3Client,
  upload: FileUpload,
  options: UploadOptions = {}
): Promise<UploadedObject> {
  const partSize = partSizeFor(upload.size, options.partSize)
  const file = await open(upload.filePath, 'r')
  try {
    if (upload.size <= partSize) return await putWhole(s3, upload, file)
    return await putInParts(s3, upload, file, partSize, options.queueSize ?? QUEUE_SIZE)
  } finally {
    await file.close()
  }
}

async function putWhole(
  s3: S3Client,
  upload: FileUpload,
  file: FileHandle
): Promise<UploadedObject> {
  const body = await readRange(file, upload, Buffer.allocUnsafe(upload.size), 0)
  const out = await s3.send(
    new PutObjectCommand({
      ...objectParams(upload),
      Body: body,
      ContentLength: upload.size,
      ContentType: upload.contentType,
      Metadata: upload.metadata,
      ChecksumAlgorithm: 'SHA256'
    })
  )
  return { etag: out.ETag, versionId: out.VersionId }
}

async function putInParts(
  s3: S3Client,
  upload: FileUpload,
  file: FileHandle,
  partSize: number,
  queueSize: number
): Promise<UploadedObject> {
  const { UploadId } = await s3.send(
    new CreateMultipartUploadCommand({
      ...objectParams(upload),
      ContentType: upload.contentType,
      Metadata: upload.metadata,
      ChecksumAlgorithm: 'SHA256'
    })
  )
  if (!UploadId) throw new Error('CreateMultipartUpload returned no upload ID')

  const count = Math.ceil(upload.size / partSize)
  const parts: CompletedPart[] = new Array(count)
  const stop = new AbortController()
  let next = 0
  // Each sender owns one buffer; a part is read into it only after the previous part's request
  // has finished, retries included, so no request ever sees its bytes change.
  const sender = async () => {
    const buffer = Buffer.allocUnsafeSlow(partSize)
    while (next < count && !stop.signal.aborted) {
      const index = next++
      const start = index * partSize
      const length = Math.min(partSize, upload.size - start)
      const body = await readRange(file, upload, buffer.subarray(0, length), start)
      const out = await s3.send(
        new UploadPartCommand({
          ...objectParams(upload),
          UploadId,
          PartNumber: index + 1,
          Body: body,
          ChecksumAlgorithm: 'SHA256'
        }),
        { abortSignal: stop.signal }
      )
      parts[index] = {
        PartNumber: index + 1,
        ETag: out.ETag,
        ...(out.ChecksumSHA256 && { ChecksumSHA256: out.ChecksumSHA256 })
      }
    }
  }

  try {
    // In the order they happened: the first is the cause, the others mostly the abort it set off.
    const failures: unknown[] = []
    const senders = Array.from({ length: Math.min(queueSize, count) }, () =>
      sender().catch(error => {
        failures.push(error)
        stop.abort()
      })
    )
    await Promise.all(senders)
    if (failures.length) throw failures[0]
    const out = await s3.send(
      new CompleteMultipartUploadCommand({
        ...objectParams(upload),
        UploadId,
        MultipartUpload: { Parts: parts }
      })
    )
    return { etag: out.ETag, versionId: out.VersionId }
  } catch (error) {
    throw await abort(s3, upload, UploadId, error)
  }
}

/**
 * The upload failed, and so did aborting it: its parts stay stored (and billed) until a bucket
 * lifecycle rule with AbortIncompleteMultipartUpload removes them. `cause` is the first failure.
 */
export class IncompleteUploadError extends Error {
  constructor(
    readonly uploadId: string,
    abortError: unknown,
    cause: unknown
  ) {
    super(`aborting multipart upload ${uploadId} failed: ${errorText(abortError)}`, { cause })
    this.name = 'IncompleteUploadError'
  }
}

async function abort(
  s3: S3Client,
  upload: FileUpload,
  uploadId: string,
  error: unknown
): Promise<unknown> {
  try {
    await s3.send(new AbortMultipartUploadCommand({ ...objectParams(upload), UploadId: uploadId }))
    return error
  } catch (abortError) {
    return new IncompleteUploadError(uploadId, abortError, error)
  }
}

function objectParams(upload: FileUpload) {
  return {
    Bucket: upload.bucket,
    Key: upload.key,
    ExpectedBucketOwner: upload.expectedBucketOwner
  }
}

/** Fills `into` from `start`; a file shorter than expected changed after it was bundled. */
async function readRange(
  file: FileHandle,
  upload: FileUpload,
  into: Buffer,
  start: number
): Promise<Buffer> {
  let got = 0
  while (got < into.length) {
    const { bytesRead } = await file.read(into, got, into.length - got, start + got)
    if (bytesRead === 0) {
      throw new Error(
        `${upload.filePath} is shorter than the ${upload.size} bytes it had when it was bundled`
      )
    }
    got += bytesRead
  }
  return into
}
