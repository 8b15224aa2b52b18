import { describe, expect, it } from '@jest/globals'
import { explainS3 } from '../../../src/advice/explain/s3.js'
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
})
