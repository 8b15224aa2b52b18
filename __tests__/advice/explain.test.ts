import { describe, expect, it } from '@jest/globals'
import {
  describeFix,
  explain,
  explainedMessage,
  formatExplanation,
  roleArnOf,
  tokenClaims,
  type CodeDeployContext,
  type S3Context
} from '../../src/advice/explain.js'
import { awsError } from '../support/aws.js'

const DEV = '111111111111'
const PROD = '222222222222'
const OIDC_ROLE = `arn:aws:iam::${DEV}:role/github-deploy`
const PROD_ROLE = `arn:aws:iam::${PROD}:role/deployer`
const DEV_SESSION = `arn:aws:sts::${DEV}:assumed-role/github-deploy/run-42`
const PROD_SESSION = `arn:aws:sts::${PROD}:assumed-role/deployer/run-42`

function err(name: string, status = 400): Error {
  return awsError(name, status, `${name} message`)
}

const s3Ctx = (over: Partial<S3Context> = {}): S3Context => ({
  step: 's3',
  action: 's3:PutObject',
  bucket: 'releases',
  key: 'prod/shop/abc.zip',
  identity: PROD_SESSION,
  upload: 'target',
  ...over
})

const cdCtx = (over: Partial<CodeDeployContext> = {}): CodeDeployContext => ({
  step: 'codedeploy',
  action: 'codedeploy:CreateDeployment',
  application: 'shop',
  deploymentGroup: 'production',
  identity: PROD_SESSION,
  accountId: PROD,
  region: 'eu-west-1',
  ...over
})

describe('roleArnOf', () => {
  it('turns an assumed-role session into its role, and keeps role and user ARNs', () => {
    expect(roleArnOf(PROD_SESSION)).toBe(PROD_ROLE)
    expect(roleArnOf(`arn:aws-cn:sts::${PROD}:assumed-role/r/s`)).toBe(
      `arn:aws-cn:iam::${PROD}:role/r`
    )
    expect(roleArnOf(OIDC_ROLE)).toBe(OIDC_ROLE)
    expect(roleArnOf(`arn:aws:iam::${DEV}:user/ci`)).toBe(`arn:aws:iam::${DEV}:user/ci`)
    expect(roleArnOf('the source credentials')).toBeUndefined()
    expect(roleArnOf(undefined)).toBeUndefined()
  })
})

describe('tokenClaims', () => {
  it('reads the payload of a JWT without verifying it', () => {
    const payload = Buffer.from(JSON.stringify({ sub: 'repo:o/r:ref:refs/heads/main' })).toString(
      'base64url'
    )
    expect(tokenClaims(`h.${payload}.s`)).toEqual({ sub: 'repo:o/r:ref:refs/heads/main' })
    expect(tokenClaims('not-a-jwt')).toBeUndefined()
    expect(tokenClaims('h.%%%.s')).toBeUndefined()
  })
})

describe('web identity', () => {
  const ctx = {
    step: 'web-identity' as const,
    roleArn: OIDC_ROLE,
    audience: 'sts.amazonaws.com',
    role: 'oidc-role-arn' as const,
    subject: 'repo:octo/shop:ref:refs/heads/main'
  }

  it.each(['InvalidIdentityToken', 'InvalidIdentityTokenException'])(
    'points %s to the OIDC identity provider of the role’s account',
    name => {
      const e = explain(err(name), ctx)
      expect(e.hint).toContain(
        `account ${DEV} must have an IAM OIDC identity provider for token.actions.githubusercontent.com with audience 'sts.amazonaws.com'`
      )
      expect(e.fixes).toEqual([])
    }
  )

  it.each(['IDPRejectedClaim', 'IDPRejectedClaimException'])('points %s to the audience', name => {
    expect(explain(err(name), ctx).hint).toContain(
      `the GitHub OIDC identity provider of account ${DEV} must list 'sts.amazonaws.com'`
    )
  })

  it('gives the trust policy statement with the token’s own sub on AccessDenied', () => {
    const e = explain(err('AccessDenied', 403), ctx)
    expect(e.hint).toContain(
      `the trust policy of ${OIDC_ROLE} must allow sts:AssumeRoleWithWebIdentity`
    )
    expect(e.hint).toContain("this job's token has sub 'repo:octo/shop:ref:refs/heads/main'")
    expect(e.fixes).toEqual([
      {
        policy: 'source-trust',
        owner: OIDC_ROLE,
        account: DEV,
        statement: {
          Sid: 'GitHubOidc',
          Effect: 'Allow',
          Principal: {
            Federated: `arn:aws:iam::${DEV}:oidc-provider/token.actions.githubusercontent.com`
          },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
            StringLike: {
              'token.actions.githubusercontent.com:sub': 'repo:octo/shop:ref:refs/heads/main'
            }
          }
        }
      }
    ])
  })

  it('names the trust policy of role-to-assume when it trusts GitHub directly', () => {
    const e = explain(err('AccessDeniedException', 403), {
      ...ctx,
      roleArn: PROD_ROLE,
      role: 'role-to-assume'
    })
    expect(e.fixes[0]).toMatchObject({ policy: 'target-trust', account: PROD })
    expect(e.fixes[0].statement?.Sid).toBe('GitHubOidcDirect')
  })

  it('says to re-run on an expired token, and on a provider STS could not reach', () => {
    expect(explain(err('ExpiredTokenException'), ctx).hint).toBe(
      'the GitHub OIDC token expired before it was used; re-run the job'
    )
    expect(explain(err('IDPCommunicationError'), ctx).hint).toContain('re-run the job')
  })

  it('falls back to the role and its trust for other errors', () => {
    expect(explain(err('MalformedPolicyDocument'), ctx).hint).toBe(
      `check that ${OIDC_ROLE} exists and trusts GitHub's OIDC provider`
    )
  })
})

describe('assume role', () => {
  const ctx = {
    step: 'assume-role' as const,
    roleArn: PROD_ROLE,
    sourceIdentity: DEV_SESSION
  }

  it('names both policies, in both accounts, on AccessDenied', () => {
    const e = explain(err('AccessDenied', 403), { ...ctx, externalId: 'ext-1' })
    expect(e.hint).toContain(
      `the trust policy of ${PROD_ROLE} (in account ${PROD}) must allow sts:AssumeRole for ${DEV_SESSION} and the 'sts:ExternalId' condition must equal the role-external-id input`
    )
    expect(e.hint).toContain('both must also allow sts:TagSession')
    expect(e.fixes.map(f => [f.policy, f.account, f.statement?.Sid])).toEqual([
      ['target-trust', PROD, 'TrustDevelopmentRole'],
      ['source-permissions', DEV, 'AssumeProductionRole']
    ])
    expect(e.fixes[0].statement).toMatchObject({
      Principal: { AWS: OIDC_ROLE },
      Condition: { StringEquals: { 'sts:ExternalId': 'ext-1' } }
    })
    expect(e.fixes[1].statement).toMatchObject({ Action: 'sts:AssumeRole', Resource: PROD_ROLE })
  })

  it('suggests role-external-id when none is set', () => {
    const e = explain(err('AccessDenied', 403), ctx)
    expect(e.hint).toContain(
      "if the trust policy has an 'sts:ExternalId' condition, set the role-external-id input"
    )
    expect(e.fixes[0].statement?.Condition).toBeUndefined()
  })

  it.each([
    ['InvalidClientTokenId', 'the source credentials are invalid or expired'],
    ['ExpiredToken', 'the source credentials are invalid or expired'],
    ['ValidationError', 'role-duration-seconds input must not exceed'],
    ['RegionDisabledException', `STS must be activated for this region in account ${PROD}`],
    ['PackedPolicyTooLarge', 'session tags'],
    ['SignatureDoesNotMatch', `the credentials of ${DEV_SESSION} are not valid`],
    ['RequestTimeTooSkewed', "the runner's clock"],
    ['NoSuchEntity', `check that ${PROD_ROLE} exists`]
  ])('explains %s', (name, hint) => {
    expect(explain(err(name), ctx).hint).toContain(hint)
  })
})

describe('S3', () => {
  it('names the uploading role’s policy and the statement on AccessDenied', () => {
    const e = explain(err('AccessDenied', 403), s3Ctx())
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
    const e = explain(err('AccessDenied', 403), s3Ctx({ identity: gov }))
    expect(e.hint).toContain(`must allow s3:PutObject on arn:aws-us-gov:s3:::releases/*`)
    expect(e.fixes[0].statement?.Resource).toBe('arn:aws-us-gov:s3:::releases/prod/shop/*')
  })

  it('adds the bucket policy of the owning account when the bucket is in another account', () => {
    const e = explain(
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
    const e = explain(
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
    expect(explain(err(name), s3Ctx({ action })).hint).toContain(hint)
  })

  it.each([
    ['InvalidAccessKeyId', 'are not valid'],
    ['SignatureDoesNotMatch', 'are not valid'],
    ['RequestTimeTooSkewed', "the runner's clock"]
  ])('explains %s as S3 sends it, with HTTP 403, as credentials, not a policy', (name, hint) => {
    const e = explain(err(name, 403), s3Ctx())
    expect(e.hint).toContain(hint)
    expect(e.hint).not.toContain('must allow')
    expect(e.fixes).toEqual([])
  })

  it.each([
    ['NoSuchBucketPolicy', 's3:GetBucketPolicy'],
    ['ServerSideEncryptionConfigurationNotFoundError', 's3:GetEncryptionConfiguration']
  ])('does not call a bucket missing when %s (a 404 about one of its settings)', (name, action) => {
    const hint = explain(err(name, 404), s3Ctx({ action, key: undefined })).hint
    expect(hint).not.toContain('does not exist')
  })

  it.each([
    ['KMS.DisabledException', 'disabled or pending deletion'],
    ['KMS.NotFoundException', 'does not exist'],
    ['KMS.AccessDeniedException', "the bucket's KMS key must allow"]
  ])('points %s to the key policy and the role’s KMS statement', (name, hint) => {
    const e = explain(err(name), s3Ctx())
    expect(e.hint).toContain(hint)
    expect(e.fixes.map(f => [f.policy, f.statement?.Sid])).toEqual([
      ['kms-key-policy', 'UploaderUsesKey'],
      ['target-permissions', 'UploadWithKey']
    ])
  })
})

describe('CodeDeploy', () => {
  const where = `account ${PROD}, region eu-west-1`
  it.each([
    ['ApplicationDoesNotExistException', `application 'shop' does not exist in ${where}`],
    [
      'DeploymentGroupDoesNotExistException',
      `deployment group 'production' of application 'shop' does not exist in ${where}`
    ],
    [
      'DeploymentConfigDoesNotExistException',
      `deployment configuration '(the group's)' does not exist`
    ],
    [
      'InvalidRoleException',
      "the service role of deployment group 'production' is missing or does not trust codedeploy.amazonaws.com"
    ],
    ['DeploymentLimitExceededException', "another deployment to 'production' is still in progress"],
    ['RevisionDoesNotExistException', 'the revision must be readable by CodeDeploy'],
    ['InvalidRevisionException', 'the revision must be readable by CodeDeploy'],
    ['DeploymentDoesNotExistException', `deployment (unknown) does not exist in ${where}`],
    ['DeploymentAlreadyCompletedException', 'has already ended'],
    ['DescriptionTooLongException', 'the description input'],
    ['ThrottlingException', 'CodeDeploy throttled the call'],
    ['UnrecognizedClientException', `the credentials of ${PROD_SESSION} are not valid`],
    ['ExpiredTokenException', 'expired'],
    [
      'InvalidAutoRollbackConfigException',
      `check the inputs and the permissions of ${PROD_SESSION}`
    ]
  ])('explains %s', (name, hint) => {
    const e = explain(err(name), cdCtx())
    expect(e.hint).toContain(hint)
    expect(e.fixes).toEqual([])
  })

  it.each([
    [
      'codedeploy:CreateDeployment',
      'CreateDeployment',
      `arn:aws:codedeploy:eu-west-1:${PROD}:deploymentgroup:shop/production`
    ],
    [
      'codedeploy:RegisterApplicationRevision',
      'RegisterRevision',
      `arn:aws:codedeploy:eu-west-1:${PROD}:application:shop`
    ],
    [
      'codedeploy:GetDeploymentConfig',
      'ReadDeploymentConfig',
      `arn:aws:codedeploy:eu-west-1:${PROD}:deploymentconfig:*`
    ],
    [
      'codedeploy:StopDeployment',
      'StopDeployment',
      `arn:aws:codedeploy:eu-west-1:${PROD}:deploymentgroup:shop/production`
    ],
    [
      'codedeploy:ListDeployments',
      'FindDeploymentsInProgress',
      `arn:aws:codedeploy:eu-west-1:${PROD}:deploymentgroup:shop/production`
    ],
    [
      'codedeploy:BatchGetDeploymentTargets',
      'ExplainFailures',
      `arn:aws:codedeploy:eu-west-1:${PROD}:deploymentgroup:shop/production`
    ]
  ])('gives the statement for %s on AccessDeniedException', (action, sid, resource) => {
    const e = explain(err('AccessDeniedException'), cdCtx({ action }))
    expect(e.hint).toContain(
      `the policy of ${PROD_SESSION} must allow ${action} on the application 'shop'`
    )
    expect(e.fixes).toHaveLength(1)
    expect(e.fixes[0]).toMatchObject({
      policy: 'target-permissions',
      owner: PROD_ROLE,
      account: PROD
    })
    expect(e.fixes[0].statement).toMatchObject({ Sid: sid, Resource: resource })
  })

  it('keeps placeholders when the context is not known', () => {
    const e = explain(err('AccessDeniedException'), {
      step: 'codedeploy',
      action: 'codedeploy:GetDeployment',
      deploymentId: 'd-1'
    })
    expect(e.hint).toContain('the policy of the deploying role must allow codedeploy:GetDeployment')
    expect(e.fixes[0].statement?.Resource).toBe(
      'arn:aws:codedeploy:{region}:{targetAccount}:deploymentgroup:{application}/{deploymentGroup}'
    )
  })
})

describe('formatting', () => {
  it('puts the hint and the missing statements on one line', () => {
    const text = formatExplanation(explain(err('AccessDeniedException'), cdCtx()))
    expect(text).not.toContain('\n')
    expect(text).toMatch(
      new RegExp(
        `^Check: the policy of .+\\. Likely missing from the permissions policy of ${PROD_ROLE} in account ${PROD}: \\{"Sid":"CreateDeployment",.+\\}\\.$`
      )
    )
  })

  it('leaves fixes without a statement out', () => {
    expect(formatExplanation({ hint: 'do this', fixes: [{ policy: 'bucket-policy' }] })).toBe(
      'Check: do this.'
    )
  })

  it('describes where a fix goes', () => {
    expect(describeFix({ policy: 'instance-profile' })).toBe(
      'the instance profile role of the production instances'
    )
    expect(describeFix({ policy: 'bucket-policy', owner: 'releases', account: DEV })).toBe(
      `the bucket policy of releases in account ${DEV}`
    )
  })

  it('builds the whole message', () => {
    expect(
      explainedMessage(
        'codedeploy:CreateDeployment failed',
        'X: y',
        err('DeploymentLimitExceededException'),
        cdCtx()
      )
    ).toBe(
      "codedeploy:CreateDeployment failed: X: y. Check: another deployment to 'production' is still in progress; wait for it to end or stop it."
    )
  })
})
