import { describe, expect, it } from '@jest/globals'
import { GetApplicationRevisionCommand } from '@aws-sdk/client-codedeploy'
import {
  GetBucketEncryptionCommand,
  GetBucketPolicyCommand,
  HeadBucketCommand,
  HeadObjectCommand
} from '@aws-sdk/client-s3'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { runPreflight } from '../../src/preflight/preflight.js'
import { setInputs } from '../support/actions.js'
import { awsError } from '../support/aws.js'
import { DEV, PROD, cd, inputs, line, log, s3, summaryFile, useCorrectSetup } from './harness.js'

useCorrectSetup()

describe('runPreflight: the bucket', () => {
  it('passes the instance check when the bucket policy grants the production account', async () => {
    setInputs({
      'upload-credentials': 'source',
      's3-bucket': 'shop-releases-dev',
      's3-bucket-owner': DEV
    })
    s3.on(GetBucketPolicyCommand).resolves({
      Policy: JSON.stringify({
        Statement: {
          Sid: 'ProductionInstancesRead',
          Effect: 'Allow',
          Principal: { AWS: [`arn:aws:iam::${PROD}:role/codedeploy-instance`] },
          Action: ['s3:Get*', 's3:List*'],
          Resource: ['arn:aws:s3:::shop-releases-dev/*']
        }
      })
    })

    const ok = await runPreflight(inputs(), process.env)

    expect(ok).toBe(true)
    expect(line('Production instances can read the revision')).toContain(
      `allows s3:GetObject on arn:aws:s3:::shop-releases-dev/shop/`
    )
    expect(line('Production instances can read the revision')).toContain(
      `to arn:aws:iam::${PROD}:role/codedeploy-instance (statement ProductionInstancesRead)`
    )
  })

  it('fails when the development bucket has no bucket policy', async () => {
    setInputs({
      'upload-credentials': 'source',
      's3-bucket': 'shop-releases-dev',
      's3-bucket-owner': DEV
    })
    s3.on(GetBucketPolicyCommand).rejects(awsError('NoSuchBucketPolicy', 404))

    expect(await runPreflight(inputs(), process.env)).toBe(false)
    expect(line('Production instances can read the revision')).toContain('has no bucket policy')
  })

  it('explains a bucket that cannot be reached', async () => {
    s3.on(HeadBucketCommand).rejects(awsError('NotFound', 404))

    expect(await runPreflight(inputs(), process.env)).toBe(false)
    expect(line('Bucket shop-releases-prod')).toContain(
      'bucket shop-releases-prod does not exist; create it, or fix the s3-bucket input'
    )
    expect(line('Bucket owner')).toContain('skipped')
  })

  it('reports a bucket in another region, and KMS encryption', async () => {
    s3.on(HeadBucketCommand).resolves({ BucketRegion: 'us-east-1' })
    s3.on(GetBucketEncryptionCommand).resolves({
      ServerSideEncryptionConfiguration: {
        Rules: [
          {
            ApplyServerSideEncryptionByDefault: {
              SSEAlgorithm: 'aws:kms',
              KMSMasterKeyID: `arn:aws:kms:eu-west-1:${PROD}:key/1234`
            }
          }
        ]
      }
    })

    expect(await runPreflight(inputs(), process.env)).toBe(true)
    expect(line('Bucket region')).toContain('us-east-1, while the deployment is in eu-west-1')
    expect(line('Bucket encryption')).toContain(
      `aws:kms with key arn:aws:kms:eu-west-1:${PROD}:key/1234`
    )
    expect(readFileSync(summaryFile, 'utf8')).toContain('InstancesDecryptRevisions')
  })

  it('says the bundle would not be uploaded again when it is already in S3', async () => {
    s3.on(HeadObjectCommand).callsFake(input => ({
      ETag: '"etag"',
      Metadata: { sha256: path.basename(input.Key as string, '.zip') }
    }))
    cd.on(GetApplicationRevisionCommand).resolves({
      revisionInfo: { registerTime: new Date('2026-01-02T03:04:05Z') }
    })

    expect(await runPreflight(inputs(), process.env)).toBe(true)
    expect(line('Bundle object')).toContain(
      'already holds this bundle: the upload would be skipped'
    )
    expect(line('Revision registration')).toContain(
      'already registered (since 2026-01-02T03:04:05.000Z)'
    )
  })

  it('checks the revision-location object instead of bundling', async () => {
    setInputs({ 'revision-location': 's3://shop-releases-prod/builds/shop-1.2.3.zip?versionId=v7' })
    s3.on(HeadObjectCommand).resolves({ ContentLength: 1234, ETag: '"e1"', VersionId: 'v7' })

    expect(await runPreflight(inputs(), process.env)).toBe(true)
    expect(line('Revision object')).toContain(
      's3://shop-releases-prod/builds/shop-1.2.3.zip?versionId=v7 exists (1234 bytes, ETag "e1", version v7)'
    )
    expect(s3.commandCalls(HeadObjectCommand)[0].args[0].input).toMatchObject({
      Bucket: 'shop-releases-prod',
      Key: 'builds/shop-1.2.3.zip',
      VersionId: 'v7'
    })
    expect(cd.commandCalls(GetApplicationRevisionCommand)[0].args[0].input.revision).toEqual({
      revisionType: 'S3',
      s3Location: {
        bucket: 'shop-releases-prod',
        key: 'builds/shop-1.2.3.zip',
        bundleType: 'zip',
        version: 'v7'
      }
    })
    expect(log()).not.toContain('Upload permission')
  })

  it('fails when the revision-location object is missing or its version is denied', async () => {
    setInputs({ 'revision-location': 's3://shop-releases-prod/builds/shop-1.2.3.zip?versionId=v7' })
    s3.on(HeadObjectCommand).rejects(awsError('AccessDenied', 403))

    expect(await runPreflight(inputs(), process.env)).toBe(false)
    expect(line('Revision object')).toContain(`must allow s3:GetObjectVersion`)
    expect(line('Revision object')).toContain('"Sid":"ReadExistingRevision"')
  })
})
