import { describe, expect, it } from '@jest/globals'
import { explainS3 } from '../../../src/advice/explain/s3.js'
import { awsError } from '../../support/aws.js'
import { DEV, OIDC_ROLE, PROD, PROD_ROLE, PROD_SESSION, err, s3Ctx } from './fixtures.js'

describe('S3', () => {
  it('names the uploading role’s policy and the statement on AccessDenied', () => {
    const e = explainS3(err('AccessDenied', 403), s3Ctx())
    expect(e.hint).toContain(
      `the policy of ${PROD_SESSION} must allow s3:PutObject on arn:aws:s3:::releases/*`
    )
    expect(e.fixes).toEqual([
      {
        policy: 'target-permissions',
        owner: PROD_ROLE,
        account: PROD,
        statement: {
          Sid: 'UploadRevision',
          Effect: 'Allow',
          Action: ['s3:PutObject', 's3:GetObject', 's3:AbortMultipartUpload'],
          Resource: 'arn:aws:s3:::releases/prod/shop/*'
        }
      }
    ])
  })

  it('names the bucket in the partition of the identity (GovCloud, China)', () => {
    const gov = `arn:aws-us-gov:sts::${PROD}:assumed-role/deployer/run-42`
    const e = explainS3(err('AccessDenied', 403), s3Ctx({ identity: gov }))
    expect(e.hint).toContain(`must allow s3:PutObject on arn:aws-us-gov:s3:::releases/*`)
    expect(e.fixes[0].statement?.Resource).toBe('arn:aws-us-gov:s3:::releases/prod/shop/*')
  })

  it('adds the bucket policy of the owning account when the bucket is in another account', () => {
    const e = explainS3(
      err('Forbidden', 403),
      s3Ctx({ expectedBucketOwner: DEV, action: 's3:ListBucket' })
    )
    expect(e.hint).toContain(
      `the policy of ${PROD_SESSION} must allow s3:ListBucket on arn:aws:s3:::releases;`
    )
    expect(e.hint).toContain(
      `the bucket belongs to account ${DEV}, so its bucket policy there must allow it to ${PROD_ROLE} too`
    )
    expect(e.hint).toContain(
      `Also check that the bucket is owned by account ${DEV} (s3-bucket-owner)`
    )
    expect(e.fixes.map(f => [f.policy, f.account, f.statement?.Sid])).toEqual([
      ['target-permissions', PROD, 'ListRevisionBucket'],
      ['bucket-policy', DEV, 'CrossAccountList']
    ])
    expect(e.fixes[1].statement?.Principal).toEqual({ AWS: PROD_ROLE })
  })

  it('names the development role when the source credentials upload', () => {
    const e = explainS3(
      err('AccessDenied', 403),
      s3Ctx({ identity: OIDC_ROLE, upload: 'source', expectedBucketOwner: PROD })
    )
    expect(e.fixes.map(f => [f.policy, f.account, f.statement?.Sid])).toEqual([
      ['source-permissions', DEV, 'UploadRevision'],
      ['bucket-policy', PROD, 'CrossAccountUpload']
    ])
    expect(e.fixes[1].statement?.Principal).toEqual({ AWS: OIDC_ROLE })
  })

  it.each([
    [
      'NoSuchBucket',
      's3:PutObject',
      'bucket releases does not exist; create it, or fix the s3-bucket input'
    ],
    ['NotFound', 's3:ListBucket', 'bucket releases does not exist'],
    [
      'PermanentRedirect',
      's3:PutObject',
      'bucket releases is in another region than the client expected'
    ],
    ['AuthorizationHeaderMalformed', 's3:PutObject', 'in another region'],
    ['IllegalLocationConstraintException', 's3:PutObject', 'in another region'],
    ['InvalidBucketName', 's3:PutObject', "'releases' is not a valid bucket name"],
    ['ExpiredToken', 's3:PutObject', `the credentials of ${PROD_SESSION} expired`],
    ['InvalidAccessKeyId', 's3:PutObject', 'are not valid'],
    ['SlowDown', 's3:PutObject', 'check the bucket name, its region and the network path to S3']
  ])('explains %s', (name, action, hint) => {
    expect(explainS3(err(name), s3Ctx({ action })).hint).toContain(hint)
  })

  it.each([
    ['InvalidAccessKeyId', 'are not valid'],
    ['SignatureDoesNotMatch', 'are not valid'],
    ['RequestTimeTooSkewed', "the runner's clock"]
  ])('explains %s as S3 sends it, with HTTP 403, as credentials, not a policy', (name, hint) => {
    const e = explainS3(err(name, 403), s3Ctx())
    expect(e.hint).toContain(hint)
    expect(e.hint).not.toContain('must allow')
    expect(e.fixes).toEqual([])
  })

  it.each([
    ['NoSuchBucketPolicy', 's3:GetBucketPolicy'],
    ['ServerSideEncryptionConfigurationNotFoundError', 's3:GetEncryptionConfiguration']
  ])('does not call a bucket missing when %s (a 404 about one of its settings)', (name, action) => {
    const hint = explainS3(err(name, 404), s3Ctx({ action, key: undefined })).hint
    expect(hint).not.toContain('does not exist')
  })

  it.each([
    ['KMS.DisabledException', 'disabled or pending deletion'],
    ['KMS.NotFoundException', 'does not exist'],
    ['KMS.AccessDeniedException', "the bucket's KMS key must allow"]
  ])('points %s to the key policy and the role’s KMS statement', (name, hint) => {
    const e = explainS3(err(name), s3Ctx())
    expect(e.hint).toContain(hint)
    expect(e.fixes.map(f => [f.policy, f.statement?.Sid])).toEqual([
      ['kms-key-policy', 'UploaderUsesKey'],
      ['target-permissions', 'UploadWithKey']
    ])
  })

  describe('a KMS refusal that S3 passes on as AccessDenied', () => {
    const KEY = `arn:aws:kms:eu-west-1:${DEV}:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d`
    const refused = (action: string, side: string) =>
      awsError(
        'AccessDenied',
        403,
        `User: ${PROD_SESSION} is not authorized to perform: ${action} on resource: ${KEY} because no ${side}-based policy allows the ${action} action`
      )

    it('names the key policy in the key’s account when the key policy leaves the role out', () => {
      const e = explainS3(refused('kms:GenerateDataKey', 'resource'), s3Ctx())
      expect(e.hint).toBe(
        `KMS refused kms:GenerateDataKey on the bucket's key ${KEY} to ${PROD_SESSION}: the key policy, in account ${DEV}, must allow the role`
      )
      expect(e.fixes).toEqual([
        {
          policy: 'kms-key-policy',
          owner: KEY,
          account: DEV,
          statement: {
            Sid: 'UploaderUsesKey',
            Effect: 'Allow',
            Principal: { AWS: PROD_ROLE },
            Action: ['kms:GenerateDataKey', 'kms:Decrypt'],
            Resource: '*'
          }
        }
      ])
    })

    it('names the role’s own policy, with the key’s ARN, when that policy leaves the key out', () => {
      const e = explainS3(refused('kms:Decrypt', 'identity'), s3Ctx())
      expect(e.hint).toBe(
        `the policy of ${PROD_SESSION} must allow kms:Decrypt on the bucket's KMS key ${KEY}`
      )
      expect(e.fixes).toEqual([
        {
          policy: 'target-permissions',
          owner: PROD_ROLE,
          account: PROD,
          statement: {
            Sid: 'UploadWithKey',
            Effect: 'Allow',
            Action: ['kms:GenerateDataKey', 'kms:Decrypt'],
            Resource: KEY
          }
        }
      ])
    })

    it('is read only from AWS’s own message shape: a key ARN in another form is an S3 refusal', () => {
      const e = explainS3(
        awsError('AccessDenied', 403, 'not authorized to perform: kms:Decrypt on resource: x'),
        s3Ctx()
      )
      expect(e.fixes.map(f => f.statement?.Sid)).toEqual(['UploadRevision'])
    })
  })
})
