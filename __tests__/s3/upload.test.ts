import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand
} from '@aws-sdk/client-s3'
import { mockClient } from 'aws-sdk-client-mock'
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import {
  IncompleteUploadError,
  MAX_PARTS,
  PART_SIZE,
  partSizeFor,
  uploadFile,
  type FileUpload
} from '../../src/s3/upload.js'
import { s3Client, s3Exception } from '../support/aws.js'

const s3Mock = mockClient(S3Client)
const KIB = 1024
const MIB = 1024 * KIB
/** Tiny parts keep the tests fast; S3's 5 MiB minimum is the caller's business. */
const PART = 4 * KIB

let tmp: string
let bytes: Buffer
let file: string

function request(overrides: Partial<FileUpload> = {}): FileUpload {
  return {
    bucket: 'releases',
    key: 'app/abc.zip',
    filePath: file,
    size: bytes.length,
    contentType: 'application/octet-stream',
    metadata: { sha256: 'abc' },
    expectedBucketOwner: '222222222222',
    ...overrides
  }
}

const tick = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'upload-test-'))
  bytes = Buffer.alloc(10 * PART + 100)
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7 + (i >> 9)) & 0xff
  file = path.join(tmp, 'bundle.zip')
  writeFileSync(file, bytes)
})

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

beforeEach(() => {
  s3Mock.reset()
  s3Mock.on(CreateMultipartUploadCommand).resolves({ UploadId: 'u-1' })
  s3Mock.on(CompleteMultipartUploadCommand).resolves({ ETag: '"done"', VersionId: 'v-9' })
  s3Mock.on(AbortMultipartUploadCommand).resolves({})
})

describe('partSizeFor', () => {
  it('uses the default part size while it stays within the part limit', () => {
    expect(partSizeFor(0)).toBe(PART_SIZE)
    expect(partSizeFor(PART_SIZE * MAX_PARTS)).toBe(PART_SIZE)
  })

  it('grows in whole MiB for files that would need more parts than S3 allows', () => {
    const size = PART_SIZE * MAX_PARTS + 1
    const part = partSizeFor(size)
    expect(part).toBe(PART_SIZE + MIB)
    expect(Math.ceil(size / part)).toBeLessThanOrEqual(MAX_PARTS)
  })
})

describe('uploadFile', () => {
  it('puts a file of one part whole, with its checksum, length and metadata', async () => {
    s3Mock.on(PutObjectCommand).resolves({ ETag: '"one"', VersionId: 'v-1' })
    const out = await uploadFile(s3Client(), request(), { partSize: bytes.length })
    expect(out).toEqual({ etag: '"one"', versionId: 'v-1' })
    const put = s3Mock.commandCalls(PutObjectCommand)
    expect(put).toHaveLength(1)
    const { Body, ...input } = put[0].args[0].input
    expect(input).toEqual({
      Bucket: 'releases',
      Key: 'app/abc.zip',
      ExpectedBucketOwner: '222222222222',
      ContentLength: bytes.length,
      ContentType: 'application/octet-stream',
      Metadata: { sha256: 'abc' },
      ChecksumAlgorithm: 'SHA256'
    })
    expect(Buffer.compare(Buffer.from(Body as Uint8Array), bytes)).toBe(0)
    expect(s3Mock.commandCalls(CreateMultipartUploadCommand)).toHaveLength(0)
  })

  it('sends every part once, with at most queueSize in flight, and completes them in order', async () => {
    const sent = new Map<number, Buffer>()
    let inFlight = 0
    let most = 0
    s3Mock.on(UploadPartCommand).callsFake(async input => {
      inFlight++
      most = Math.max(most, inFlight)
      const copy = Buffer.from(input.Body as Uint8Array)
      // Later parts finish first, so completion order differs from part order.
      await tick(12 - (input.PartNumber ?? 0))
      // The bytes of a request in flight must not change under it.
      expect(Buffer.compare(Buffer.from(input.Body as Uint8Array), copy)).toBe(0)
      sent.set(input.PartNumber ?? 0, copy)
      inFlight--
      return { ETag: `"e${input.PartNumber}"`, ChecksumSHA256: `c${input.PartNumber}` }
    })

    const out = await uploadFile(s3Client(), request(), { partSize: PART, queueSize: 3 })

    expect(out).toEqual({ etag: '"done"', versionId: 'v-9' })
    expect(most).toBe(3)
    const numbers = s3Mock.commandCalls(UploadPartCommand).map(c => c.args[0].input.PartNumber)
    expect([...numbers].sort((a = 0, b = 0) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    const ordered = [...sent.keys()].sort((a, b) => a - b).map(n => sent.get(n) as Buffer)
    expect(ordered.slice(0, 10).every(b => b.length === PART)).toBe(true)
    expect(ordered[10].length).toBe(100)
    expect(Buffer.compare(Buffer.concat(ordered), bytes)).toBe(0)
    for (const call of s3Mock.commandCalls(UploadPartCommand)) {
      expect(call.args[0].input).toMatchObject({
        Bucket: 'releases',
        Key: 'app/abc.zip',
        UploadId: 'u-1',
        ExpectedBucketOwner: '222222222222',
        ChecksumAlgorithm: 'SHA256'
      })
    }
    expect(s3Mock.commandCalls(CreateMultipartUploadCommand)[0].args[0].input).toEqual({
      Bucket: 'releases',
      Key: 'app/abc.zip',
      ExpectedBucketOwner: '222222222222',
      ContentType: 'application/octet-stream',
      Metadata: { sha256: 'abc' },
      ChecksumAlgorithm: 'SHA256'
    })
    const complete = s3Mock.commandCalls(CompleteMultipartUploadCommand)
    expect(complete).toHaveLength(1)
    expect(complete[0].args[0].input.MultipartUpload?.Parts).toEqual(
      Array.from({ length: 11 }, (_, i) => ({
        PartNumber: i + 1,
        ETag: `"e${i + 1}"`,
        ChecksumSHA256: `c${i + 1}`
      }))
    )
    expect(s3Mock.commandCalls(AbortMultipartUploadCommand)).toHaveLength(0)
  })

  it('stops starting parts after a failure, aborts the upload and throws the failure', async () => {
    const denied = s3Exception('AccessDenied', 403, 'Access Denied')
    s3Mock.on(UploadPartCommand).callsFake(async input => {
      await tick(2)
      if (input.PartNumber === 2) throw denied
      return { ETag: `"e${input.PartNumber}"` }
    })

    const err = await uploadFile(s3Client(), request(), { partSize: PART, queueSize: 2 }).catch(
      e => e
    )

    expect(err).toBe(denied)
    expect(s3Mock.commandCalls(UploadPartCommand).length).toBeLessThan(5)
    const abort = s3Mock.commandCalls(AbortMultipartUploadCommand)
    expect(abort).toHaveLength(1)
    expect(abort[0].args[0].input).toEqual({
      Bucket: 'releases',
      Key: 'app/abc.zip',
      ExpectedBucketOwner: '222222222222',
      UploadId: 'u-1'
    })
    expect(s3Mock.commandCalls(CompleteMultipartUploadCommand)).toHaveLength(0)
  })

  it('throws the failure that stopped the upload, not the aborts it caused', async () => {
    const denied = s3Exception('AccessDenied', 403, 'Access Denied')
    s3Mock.on(UploadPartCommand).callsFake(async input => {
      if (input.PartNumber === 2) {
        await tick(2)
        throw denied
      }
      // Part 1 is still in flight when part 2 fails, and ends as the abort ends it.
      await tick(20)
      throw Object.assign(new Error('Request aborted'), { name: 'AbortError' })
    })

    const err = await uploadFile(s3Client(), request(), { partSize: PART, queueSize: 2 }).catch(
      e => e
    )

    expect(err).toBe(denied)
    expect(s3Mock.commandCalls(AbortMultipartUploadCommand)).toHaveLength(1)
  })

  it('reports parts left behind when aborting fails too', async () => {
    const denied = s3Exception('AccessDenied', 403, 'Access Denied')
    s3Mock.on(UploadPartCommand).rejects(denied)
    s3Mock.on(AbortMultipartUploadCommand).rejects(s3Exception('InternalError', 500, 'oops'))

    const err = await uploadFile(s3Client({ maxAttempts: 1 }), request(), {
      partSize: PART
    }).catch(e => e)

    expect(err).toBeInstanceOf(IncompleteUploadError)
    expect(err.uploadId).toBe('u-1')
    expect(err.cause).toBe(denied)
    expect(err.message).toBe('aborting multipart upload u-1 failed: InternalError: oops')
  })

  it('aborts when the file is shorter than when it was bundled', async () => {
    const short = path.join(tmp, 'short.zip')
    writeFileSync(short, bytes)
    truncateSync(short, 3 * PART)
    s3Mock.on(UploadPartCommand).resolves({ ETag: '"e"' })

    const err = await uploadFile(s3Client(), request({ filePath: short }), {
      partSize: PART,
      queueSize: 1
    }).catch(e => e)

    expect(err).toBeInstanceOf(Error)
    expect(err.message).toBe(
      `${short} is shorter than the ${bytes.length} bytes it had when it was bundled`
    )
    expect(s3Mock.commandCalls(UploadPartCommand)).toHaveLength(3)
    expect(s3Mock.commandCalls(AbortMultipartUploadCommand)).toHaveLength(1)
    expect(s3Mock.commandCalls(CompleteMultipartUploadCommand)).toHaveLength(0)
  })

  it('fails before sending anything when the file is missing', async () => {
    const err = await uploadFile(
      s3Client(),
      request({ filePath: path.join(tmp, 'nope.zip') })
    ).catch(e => e)
    expect(err.code).toBe('ENOENT')
    expect(s3Mock.calls()).toHaveLength(0)
  })
})
