import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  HeadObjectCommand,
  NoSuchBucket,
  PutObjectCommand,
  S3Client,
  UploadPartCommand
} from '@aws-sdk/client-s3'
import { mockClient } from 'aws-sdk-client-mock'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { InputError, UploadError } from '../../src/common/errors.js'
import { parseRevisionLocation, validateKeyPrefix } from '../../src/inputs/aws-names.js'
import { bundleKey } from '../../src/s3/keys.js'
import {
  describeObject,
  findBundle,
  putBundle,
  revisionLocation,
  s3Error,
  type BundleTarget,
  type Uploader
} from '../../src/s3/objects.js'
import { PART_SIZE } from '../../src/s3/upload.js'
import { saveEnv } from '../support/actions.js'
import { noAwsConfig, s3Client, s3Exception, s3NotFound } from '../support/aws.js'
import { recordingLog } from '../support/log.js'

const s3Mock = mockClient(S3Client)
const restoreEnv = saveEnv()
const BUCKET = 'shop-api-bundles'
const OWNER = '222222222222'
const KEY = 'releases/shop-api/0f1e2d.zip'
const UPLOADER: Uploader = {
  identity:
    'arn:aws:sts::222222222222:assumed-role/codedeploy-deployer/GitHubActions-shop-api-42-1',
  account: '222222222222'
}
const SHA = 'a'.repeat(64)

let tmp: string
let small: { path: string; size: number; sha256: string; bytes: Buffer }
let large: { path: string; size: number; sha256: string; bytes: Buffer }

function writeBundle(name: string, size: number) {
  const bytes = Buffer.alloc(size)
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >> 13)) & 0xff
  const file = path.join(tmp, name)
  writeFileSync(file, bytes)
  return { path: file, size, sha256: createHash('sha256').update(bytes).digest('hex'), bytes }
}

function client(): S3Client {
  return s3Client({ requestChecksumCalculation: 'WHEN_SUPPORTED' })
}

const target = (owner?: string): BundleTarget => ({
  bucket: BUCKET,
  key: KEY,
  expectedBucketOwner: owner
})

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 's3-test-'))
  small = writeBundle('small.zip', 70_000)
  large = writeBundle('large.zip', 2 * PART_SIZE + 1234)
})

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true })
})

beforeEach(() => {
  s3Mock.reset()
  Object.assign(process.env, noAwsConfig(tmp))
})

afterEach(() => {
  restoreEnv()
})

describe('bundleKey', () => {
  it('is content-addressed under the prefix and application', () => {
    expect(bundleKey('releases/', 'shop-api', SHA, 'zip')).toBe(`releases/shop-api/${SHA}.zip`)
    expect(bundleKey('', 'shop-api', SHA, 'zip')).toBe(`shop-api/${SHA}.zip`)
  })

  it("fits in S3's 1,024 bytes with the longest prefix and application name accepted", () => {
    const prefix = validateKeyPrefix('p'.repeat(854))
    const key = bundleKey(prefix, 'n'.repeat(100), SHA, 'zip')
    expect(Buffer.byteLength(key)).toBeLessThanOrEqual(1024)
    expect(() => validateKeyPrefix('p'.repeat(855))).toThrow(InputError)
  })

  it('replaces characters that do not belong in a key', () => {
    expect(bundleKey('', 'My App/v2 (beta)', SHA, 'tgz')).toBe(`My-App-v2--beta-/${SHA}.tgz`)
    expect(bundleKey('', 'app_1.2-x', SHA, 'zip')).toBe(`app_1.2-x/${SHA}.zip`)
  })
})

describe('revisionLocation', () => {
  it('is s3://bucket/key', () => {
    expect(revisionLocation(BUCKET, KEY)).toBe(`s3://${BUCKET}/${KEY}`)
  })

  it('adds the encoded version ID of a versioned bucket', () => {
    expect(revisionLocation(BUCKET, KEY, 'a+b/c=d')).toBe(
      `s3://${BUCKET}/${KEY}?versionId=a%2Bb%2Fc%3Dd`
    )
  })

  it('encodes what would make the key ambiguous or break the line', () => {
    expect(revisionLocation(BUCKET, `web?q=1/shop/${SHA}.zip`, 'v1')).toBe(
      `s3://${BUCKET}/web%3Fq=1/shop/${SHA}.zip?versionId=v1`
    )
    expect(revisionLocation(BUCKET, 'a#b%c d\te\nf\u0085g\u2028h\u202ei.zip')).toBe(
      `s3://${BUCKET}/a%23b%25c%20d%09e%0Af%C2%85g%E2%80%A8h%E2%80%AEi.zip`
    )
  })

  it('leaves the rest of a key as it is, so plain keys read as they always did', () => {
    const key = "releases/shop-api/(blue)_v1.2*!'~+=,@:;$&é/x.tar.gz"
    expect(revisionLocation(BUCKET, key)).toBe(`s3://${BUCKET}/${key}`)
  })

  it('reads back as the same bucket, key and version for any key (parse what is printed)', () => {
    const awkward = [
      'a',
      '/',
      '//',
      '?',
      '#',
      '%',
      '%25',
      '%zz',
      '&',
      '=',
      '+',
      ' ',
      '\t',
      '\n',
      '\r',
      '\u0000',
      '\u007f',
      '\u0085',
      '\u00a0',
      '\u2028',
      '\u2029',
      '\u202e',
      '\ufeff',
      'é',
      '漢',
      '😀',
      '?versionId=',
      '.',
      '..',
      '\\',
      "'",
      '"',
      '<',
      '>',
      '~',
      '*',
      ':'
    ]
    let seed = 14
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const pick = () => awkward[random(awkward.length)]
    const keys = [...awkward.map(a => `k${a}`), ...awkward.map(a => `${a}x.zip`)]
    for (let i = 0; i < 500; i++) {
      keys.push(Array.from({ length: 1 + random(12) }, pick).join(''))
    }
    const versions = [undefined, 'v1', 'a+b/c=d', 'x&y?z#%', '3/L4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY']
    for (const key of keys) {
      for (const versionId of versions) {
        const printed = revisionLocation(BUCKET, key, versionId)
        expect(printed).not.toMatch(/[\s\p{Cc}\p{Cf}]/u)
        expect(parseRevisionLocation(printed, 'zip')).toEqual({
          bucket: BUCKET,
          key,
          versionId,
          bundleType: 'zip'
        })
      }
    }
  })
})

describe('findBundle', () => {
  it('finds an object with the same SHA-256 metadata', async () => {
    s3Mock.on(HeadObjectCommand).resolves({
      ETag: '"9b2cf535f27731c974343645a3985328"',
      VersionId: 'v-123',
      Metadata: { sha256: SHA }
    })
    const found = await findBundle(client(), target(OWNER), SHA, UPLOADER, recordingLog())
    expect(found).toEqual({ etag: '9b2cf535f27731c974343645a3985328', versionId: 'v-123' })
    const calls = s3Mock.commandCalls(HeadObjectCommand)
    expect(calls).toHaveLength(1)
    expect(calls[0].args[0].input).toEqual({
      Bucket: BUCKET,
      Key: KEY,
      ExpectedBucketOwner: OWNER
    })
  })

  it('leaves ExpectedBucketOwner out when no owner is set', async () => {
    s3Mock.on(HeadObjectCommand).resolves({ ETag: '"e"', Metadata: { sha256: SHA } })
    expect(await findBundle(client(), target(), SHA, UPLOADER, recordingLog())).toEqual({
      etag: 'e',
      versionId: undefined
    })
    expect(s3Mock.commandCalls(HeadObjectCommand)[0].args[0].input.ExpectedBucketOwner).toBe(
      undefined
    )
  })

  it('ignores an object with another SHA-256', async () => {
    s3Mock.on(HeadObjectCommand).resolves({ ETag: '"e"', Metadata: { sha256: 'b'.repeat(64) } })
    expect(await findBundle(client(), target(OWNER), SHA, UPLOADER, recordingLog())).toBeUndefined()
  })

  it('ignores an object without SHA-256 metadata', async () => {
    s3Mock.on(HeadObjectCommand).resolves({ ETag: '"e"' })
    expect(await findBundle(client(), target(OWNER), SHA, UPLOADER, recordingLog())).toBeUndefined()
  })

  it('returns undefined when the object does not exist (404)', async () => {
    s3Mock.on(HeadObjectCommand).rejects(s3NotFound())
    const log = recordingLog()
    expect(await findBundle(client(), target(OWNER), SHA, UPLOADER, log)).toBeUndefined()
    expect(log.lines).toEqual([])
  })

  it('returns undefined on 403 (no s3:ListBucket), and says so in the log', async () => {
    s3Mock.on(HeadObjectCommand).rejects(s3Exception('Forbidden', 403, 'UnknownError'))
    const log = recordingLog()
    expect(await findBundle(client(), target(OWNER), SHA, UPLOADER, log)).toBeUndefined()
    expect(log.lines).toEqual([
      `HeadObject on s3://${BUCKET}/${KEY} was denied: Forbidden (HTTP 403)`
    ])
  })

  it('fails with an UploadError and a hint on other errors', async () => {
    s3Mock
      .on(HeadObjectCommand)
      .rejects(s3Exception('PermanentRedirect', 301, 'The bucket is in another region'))
    const err = await findBundle(client(), target(OWNER), SHA, UPLOADER, recordingLog()).catch(
      e => e
    )
    expect(err).toBeInstanceOf(UploadError)
    expect(err.message).toBe(
      `s3:GetObject on s3://${BUCKET}/${KEY} failed: PermanentRedirect: The bucket is in another region. Check: bucket ${BUCKET} is in another region than the client expected.`
    )
  })

  it('fails on server errors instead of uploading blindly', async () => {
    s3Mock
      .on(HeadObjectCommand)
      .rejects(s3Exception('InternalError', 500, 'We encountered an internal error'))
    const err = await findBundle(client(), target(), SHA, UPLOADER, recordingLog()).catch(e => e)
    expect(err).toBeInstanceOf(UploadError)
    expect(err.message).toContain('InternalError: We encountered an internal error')
    expect(err.message).toContain('check the bucket name, its region and the network path to S3')
  })
})

describe('describeObject', () => {
  it('pins the ETag and version of an existing object', async () => {
    s3Mock.on(HeadObjectCommand).resolves({
      ETag: '"etag-1"',
      VersionId: 'v-7',
      ContentLength: 4096,
      Metadata: { sha256: SHA }
    })
    const found = await describeObject(client(), { ...target(OWNER), versionId: 'v-7' }, UPLOADER)
    expect(found).toEqual({ etag: 'etag-1', versionId: 'v-7', size: 4096, sha256: SHA })
    expect(s3Mock.commandCalls(HeadObjectCommand)[0].args[0].input).toEqual({
      Bucket: BUCKET,
      Key: KEY,
      VersionId: 'v-7',
      ExpectedBucketOwner: OWNER
    })
  })

  it('reads the current version of an object uploaded elsewhere', async () => {
    s3Mock.on(HeadObjectCommand).resolves({ ETag: '"etag-2"', VersionId: 'v-latest' })
    expect(await describeObject(client(), target(), UPLOADER)).toEqual({
      etag: 'etag-2',
      versionId: 'v-latest',
      size: 0,
      sha256: undefined
    })
    expect(s3Mock.commandCalls(HeadObjectCommand)[0].args[0].input).toEqual({
      Bucket: BUCKET,
      Key: KEY,
      VersionId: undefined,
      ExpectedBucketOwner: undefined
    })
  })

  it('says which object and version does not exist', async () => {
    s3Mock.on(HeadObjectCommand).rejects(s3NotFound())
    const err = await describeObject(client(), { ...target(), versionId: 'v-9' }, UPLOADER).catch(
      e => e
    )
    expect(err).toBeInstanceOf(UploadError)
    expect(err.message).toBe(
      `revision-location: version v-9 of s3://${BUCKET}/${KEY} does not exist. Check the bucket, the key and the version, and that the object was uploaded by an earlier job.`
    )
  })

  it('names s3:GetObject when reading the object is denied', async () => {
    s3Mock.on(HeadObjectCommand).rejects(s3Exception('Forbidden', 403, 'UnknownError'))
    const err = await describeObject(client(), target(OWNER), UPLOADER).catch(e => e)
    expect(err).toBeInstanceOf(UploadError)
    expect(err.message).toContain(
      `s3:GetObject on s3://${BUCKET}/${KEY} failed: Forbidden (HTTP 403). Check: the policy of ${UPLOADER.identity} must allow s3:GetObject`
    )
    expect(err.message).toContain(`owned by account ${OWNER} (s3-bucket-owner)`)
  })

  it('names s3:GetObjectVersion when reading a given version is denied', async () => {
    s3Mock.on(HeadObjectCommand).rejects(s3Exception('Forbidden', 403, 'UnknownError'))
    const err = await describeObject(client(), { ...target(), versionId: 'v-1' }, UPLOADER).catch(
      e => e
    )
    expect(err.message).toContain(
      `the policy of ${UPLOADER.identity} must allow s3:GetObjectVersion on arn:aws:s3:::${BUCKET}/*`
    )
  })
})

describe('putBundle', () => {
  it('uploads a small bundle with one PutObject carrying its SHA-256', async () => {
    s3Mock.on(PutObjectCommand).resolves({ ETag: '"small-etag"', VersionId: 'v-1' })
    const stored = await putBundle(
      client(),
      { ...target(OWNER), filePath: small.path, size: small.size, sha256: small.sha256 },
      UPLOADER
    )
    expect(stored).toEqual({ etag: 'small-etag', versionId: 'v-1' })
    const calls = s3Mock.commandCalls(PutObjectCommand)
    expect(calls).toHaveLength(1)
    const { Body, ...input } = calls[0].args[0].input
    expect(input).toEqual({
      Bucket: BUCKET,
      Key: KEY,
      ContentLength: small.size,
      ContentType: 'application/octet-stream',
      ChecksumAlgorithm: 'SHA256',
      Metadata: { sha256: small.sha256 },
      ExpectedBucketOwner: OWNER
    })
    expect(Buffer.compare(Buffer.from(Body as Uint8Array), small.bytes)).toBe(0)
    expect(s3Mock.commandCalls(CreateMultipartUploadCommand)).toHaveLength(0)
  })

  it('returns an object without a version when the bucket is not versioned', async () => {
    s3Mock.on(PutObjectCommand).resolves({ ETag: '"e"' })
    const stored = await putBundle(
      client(),
      { ...target(), filePath: small.path, size: small.size, sha256: small.sha256 },
      UPLOADER
    )
    expect(stored).toEqual({ etag: 'e', versionId: undefined })
    expect(s3Mock.commandCalls(PutObjectCommand)[0].args[0].input.ExpectedBucketOwner).toBe(
      undefined
    )
  })

  it('uploads a large bundle in parts, each with ExpectedBucketOwner and SHA-256', async () => {
    s3Mock.on(CreateMultipartUploadCommand).resolves({ UploadId: 'upload-1' })
    // Part buffers are reused once a request has finished: keep a copy of what was sent.
    const sent = new Map<number, Buffer>()
    s3Mock.on(UploadPartCommand).callsFake(input => {
      sent.set(input.PartNumber, Buffer.from(input.Body as Uint8Array))
      return { ETag: `"part-${input.PartNumber}"`, ChecksumSHA256: `sha-${input.PartNumber}` }
    })
    s3Mock
      .on(CompleteMultipartUploadCommand)
      .resolves({ ETag: '"multi-etag-3"', VersionId: 'v-multi' })
    const stored = await putBundle(
      client(),
      { ...target(OWNER), filePath: large.path, size: large.size, sha256: large.sha256 },
      UPLOADER
    )

    expect(stored).toEqual({ etag: 'multi-etag-3', versionId: 'v-multi' })
    expect(s3Mock.commandCalls(PutObjectCommand)).toHaveLength(0)

    const create = s3Mock.commandCalls(CreateMultipartUploadCommand)
    expect(create).toHaveLength(1)
    expect(create[0].args[0].input).toMatchObject({
      Bucket: BUCKET,
      Key: KEY,
      ContentType: 'application/octet-stream',
      ChecksumAlgorithm: 'SHA256',
      Metadata: { sha256: large.sha256 },
      ExpectedBucketOwner: OWNER
    })
    expect((create[0].args[0].input as { Body?: unknown }).Body).toBeUndefined()

    const parts = s3Mock
      .commandCalls(UploadPartCommand)
      .map(call => call.args[0].input)
      .sort((a, b) => (a.PartNumber ?? 0) - (b.PartNumber ?? 0))
    expect(parts.map(p => p.PartNumber)).toEqual([1, 2, 3])
    for (const part of parts) {
      expect(part).toMatchObject({
        Bucket: BUCKET,
        Key: KEY,
        UploadId: 'upload-1',
        ChecksumAlgorithm: 'SHA256',
        ExpectedBucketOwner: OWNER
      })
      expect(part.ContentLength).toBeUndefined()
    }
    const bodies = parts.map(p => sent.get(p.PartNumber ?? 0) as Buffer)
    expect(bodies.map(b => b.length)).toEqual([PART_SIZE, PART_SIZE, 1234])
    expect(Buffer.compare(Buffer.concat(bodies), large.bytes)).toBe(0)

    const complete = s3Mock.commandCalls(CompleteMultipartUploadCommand)
    expect(complete).toHaveLength(1)
    expect(complete[0].args[0].input).toMatchObject({
      Bucket: BUCKET,
      Key: KEY,
      UploadId: 'upload-1',
      ExpectedBucketOwner: OWNER,
      MultipartUpload: {
        Parts: [
          { PartNumber: 1, ETag: '"part-1"', ChecksumSHA256: 'sha-1' },
          { PartNumber: 2, ETag: '"part-2"', ChecksumSHA256: 'sha-2' },
          { PartNumber: 3, ETag: '"part-3"', ChecksumSHA256: 'sha-3' }
        ]
      }
    })
  })

  it('aborts the multipart upload and explains a denied part', async () => {
    s3Mock.on(CreateMultipartUploadCommand).resolves({ UploadId: 'upload-2' })
    s3Mock.on(UploadPartCommand).rejects(s3Exception('AccessDenied', 403, 'Access Denied'))
    s3Mock.on(AbortMultipartUploadCommand).resolves({})
    const err = await putBundle(
      client(),
      { ...target(OWNER), filePath: large.path, size: large.size, sha256: large.sha256 },
      UPLOADER
    ).catch(e => e)
    expect(err).toBeInstanceOf(UploadError)
    expect(err.message).toContain(`s3:PutObject on s3://${BUCKET}/${KEY} failed: AccessDenied`)
    const abort = s3Mock.commandCalls(AbortMultipartUploadCommand)
    expect(abort).toHaveLength(1)
    expect(abort[0].args[0].input).toMatchObject({ Bucket: BUCKET, Key: KEY, UploadId: 'upload-2' })
    expect(s3Mock.commandCalls(CompleteMultipartUploadCommand)).toHaveLength(0)
  })

  it('says when the parts of a failed upload could not be removed', async () => {
    s3Mock.on(CreateMultipartUploadCommand).resolves({ UploadId: 'upload-3' })
    s3Mock.on(UploadPartCommand).rejects(s3Exception('AccessDenied', 403, 'Access Denied'))
    s3Mock.on(AbortMultipartUploadCommand).rejects(s3Exception('AccessDenied', 403, 'Denied'))
    const err = await putBundle(
      client(),
      { ...target(OWNER), filePath: large.path, size: large.size, sha256: large.sha256 },
      UPLOADER
    ).catch(e => e)
    expect(err).toBeInstanceOf(UploadError)
    expect(err.message).not.toContain('\n')
    expect(err.message).toMatch(
      new RegExp(
        `^s3:PutObject on s3://${BUCKET}/${KEY} failed: AccessDenied: Access Denied\\. Check: .*` +
          'Its parts could not be removed \\(aborting multipart upload upload-3 failed: AccessDenied: Denied\\); ' +
          'a lifecycle rule with AbortIncompleteMultipartUpload on the bucket cleans them up\\.$'
      )
    )
  })

  it('names the identity, the action, the bucket and the policies on AccessDenied', async () => {
    s3Mock.on(PutObjectCommand).rejects(s3Exception('AccessDenied', 403, 'Access Denied'))
    const err = await putBundle(
      client(),
      { ...target(), filePath: small.path, size: small.size, sha256: small.sha256 },
      UPLOADER
    ).catch(e => e)
    expect(err).toBeInstanceOf(UploadError)
    expect(err.message).not.toContain('\n')
    expect(err.message).toBe(
      `s3:PutObject on s3://${BUCKET}/${KEY} failed: AccessDenied: Access Denied. Check: the policy of ${UPLOADER.identity} must allow s3:PutObject on arn:aws:s3:::${BUCKET}/*; if the bucket belongs to another account, that account's bucket policy must allow it too; if the bucket is encrypted with a KMS key, the identity needs kms:GenerateDataKey and kms:Decrypt on it. Likely missing from the permissions policy of arn:aws:iam::222222222222:role/codedeploy-deployer in account 222222222222: {"Sid":"UploadRevision","Effect":"Allow","Action":["s3:PutObject","s3:GetObject","s3:AbortMultipartUpload"],"Resource":"arn:aws:s3:::${BUCKET}/releases/shop-api/*"}.`
    )
  })

  it('adds the s3-bucket-owner hint when an owner is expected', async () => {
    s3Mock.on(PutObjectCommand).rejects(s3Exception('AccessDenied', 403, 'Access Denied'))
    const err = await putBundle(
      client(),
      { ...target(OWNER), filePath: small.path, size: small.size, sha256: small.sha256 },
      UPLOADER
    ).catch(e => e)
    expect(err.message).toContain(`the policy of ${UPLOADER.identity} must allow s3:PutObject`)
    expect(err.message).toContain(
      `Also check that the bucket is owned by account ${OWNER} (s3-bucket-owner): S3 answers AccessDenied when it is not.`
    )
  })

  it('says the bucket does not exist on NoSuchBucket', async () => {
    s3Mock.on(PutObjectCommand).rejects(
      new NoSuchBucket({
        $metadata: { httpStatusCode: 404 },
        message: 'The specified bucket does not exist'
      })
    )
    const err = await putBundle(
      client(),
      { ...target(), filePath: small.path, size: small.size, sha256: small.sha256 },
      UPLOADER
    ).catch(e => e)
    expect(err).toBeInstanceOf(UploadError)
    expect(err.message).toContain(
      `bucket ${BUCKET} does not exist; create it, or fix the s3-bucket input`
    )
  })
})

describe('s3Error', () => {
  it.each([
    [
      'AuthorizationHeaderMalformed',
      400,
      `bucket ${BUCKET} is in another region than the client expected.`
    ],
    ['SlowDown', 503, 'check the bucket name, its region and the network path to S3.']
  ])('gives a hint for %s', (name, status, hint) => {
    const err = s3Error('s3:PutObject', target(), UPLOADER, s3Exception(name, status, 'message'))
    expect(err).toBeInstanceOf(UploadError)
    expect(err.message).toBe(
      `s3:PutObject on s3://${BUCKET}/${KEY} failed: ${name}: message. Check: ${hint}`
    )
  })

  it('says a disabled KMS key is disabled, and names the key policy and the role policy', () => {
    const err = s3Error(
      's3:PutObject',
      target(),
      UPLOADER,
      s3Exception('KMS.DisabledException', 400, 'message')
    )
    expect(err).toBeInstanceOf(UploadError)
    expect(err.message).toBe(
      `s3:PutObject on s3://${BUCKET}/${KEY} failed: KMS.DisabledException: message. Check: the bucket's KMS key is disabled or pending deletion; enable it, or change the bucket's default encryption. Otherwise the bucket's KMS key must allow ${UPLOADER.identity} to use it (kms:GenerateDataKey, kms:Decrypt). Likely missing from the key policy of the bucket's KMS key: {"Sid":"UploaderUsesKey","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::222222222222:role/codedeploy-deployer"},"Action":["kms:GenerateDataKey","kms:Decrypt"],"Resource":"*"}; and from the permissions policy of arn:aws:iam::222222222222:role/codedeploy-deployer in account 222222222222: {"Sid":"UploadWithKey","Effect":"Allow","Action":["kms:GenerateDataKey","kms:Decrypt"],"Resource":"{kmsKeyArn}"}.`
    )
  })

  it('keeps the original error as the cause', () => {
    const cause = s3Exception('AccessDenied', 403, 'Access Denied')
    expect(s3Error('s3:GetObject', target(), UPLOADER, cause).cause).toBe(cause)
  })
})
