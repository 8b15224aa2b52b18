import { describe, expect, it } from '@jest/globals'
import { GetBucketPolicyCommand } from '@aws-sdk/client-s3'
import { AssumeRoleCommand, AssumeRoleWithWebIdentityCommand } from '@aws-sdk/client-sts'
import { defaultPreflightDeps } from '../../src/preflight/deps.js'
import { runPreflight } from '../../src/preflight/preflight.js'
import { setInputs } from '../support/actions.js'
import { awsError } from '../support/aws.js'
import {
  DEV,
  DEV_ARN,
  OIDC_ROLE,
  PROD,
  PROD_ROLE,
  SUB,
  TOKEN,
  assertNothingCreated,
  cd,
  inputs,
  line,
  log,
  s3,
  sts,
  useCorrectSetup
} from './harness.js'

useCorrectSetup()

describe('runPreflight: credentials', () => {
  it('shows the OIDC token subject and checks a development bucket policy for the instances', async () => {
    delete process.env.AWS_ACCESS_KEY_ID
    delete process.env.AWS_SECRET_ACCESS_KEY
    setInputs({
      'oidc-role-arn': OIDC_ROLE,
      'upload-credentials': 'source',
      's3-bucket': 'shop-releases-dev',
      's3-bucket-owner': DEV
    })
    s3.on(GetBucketPolicyCommand).resolves({
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'DevelopmentOnly',
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${DEV}:root` },
            Action: 's3:*',
            Resource: 'arn:aws:s3:::shop-releases-dev/*'
          }
        ]
      })
    })
    const deps = { ...defaultPreflightDeps('eu-west-1'), getIdToken: async () => TOKEN }

    const ok = await runPreflight(inputs(), process.env, deps)

    expect(ok).toBe(false)
    assertNothingCreated()
    expect(line('GitHub OIDC token')).toContain(`with sub '${SUB}'`)
    expect(
      line(`Source credentials (oidc-role-arn ${OIDC_ROLE} through the GitHub OIDC token)`)
    ).toContain(`signed in as ${DEV_ARN}`)
    expect(line('Bucket shop-releases-dev')).toContain(`reachable as ${DEV_ARN}`)
    const instances = line('Production instances can read the revision')
    expect(instances).toContain('failed')
    expect(instances).toContain(
      `the bucket policy of shop-releases-dev (account ${DEV}) does not let the instances in account ${PROD} s3:GetObject arn:aws:s3:::shop-releases-dev/shop/`
    )
    expect(instances).toContain(
      `add to the bucket policy of shop-releases-dev in account ${DEV}: {"Sid":"ProductionInstancesRead","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::${PROD}:role/YOUR-INSTANCE-PROFILE-ROLE"},"Action":["s3:GetObject","s3:GetObjectVersion"],"Resource":"arn:aws:s3:::shop-releases-dev/shop/*"}`
    )
    expect(log()).toContain('::error title=Production instances can read the revision (dry run)::')
    // One sign-in: the source identity is read with the credentials the chain used.
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(1)
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(1)
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)[0].args[0].input).toMatchObject({
      RoleArn: OIDC_ROLE,
      WebIdentityToken: TOKEN
    })
  })

  it('names the trust policy to fix when role-to-assume cannot be assumed, and skips what needs it', async () => {
    sts
      .on(AssumeRoleCommand)
      .rejects(
        awsError(
          'AccessDenied',
          403,
          `User: ${DEV_ARN} is not authorized to perform: sts:AssumeRole`
        )
      )

    const ok = await runPreflight(inputs(), process.env)

    expect(ok).toBe(false)
    const assume = line(`Assume role-to-assume ${PROD_ROLE}`)
    expect(assume).toContain('failed')
    expect(assume).toContain(
      `${PROD_ROLE} must exist (AWS gives the same answer for a misspelt role name); its trust policy (in account ${PROD}) must allow sts:AssumeRole for ${DEV_ARN}`
    )
    expect(assume).toContain(
      `Likely missing from the trust policy of ${PROD_ROLE} in account ${PROD}: {"Sid":"TrustDevelopmentRole","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::${DEV}:role/github-deploy"},"Action":"sts:AssumeRole"}`
    )
    expect(line('Bucket shop-releases-prod')).toContain('skipped')
    expect(line('Application shop')).toContain(
      'skipped Application shop: needs the target credentials'
    )
    expect(cd.calls()).toHaveLength(0)
  })

  it('reports allowed-account-ids as a skipped check when it is not set', async () => {
    await runPreflight(inputs(), process.env)
    expect(line('Allowed accounts')).toBe(
      '⏭️ skipped Allowed accounts: allowed-account-ids is not set: any account is allowed'
    )
  })

  it('passes allowed-account-ids when it lists the target account', async () => {
    setInputs({ 'allowed-account-ids': `${DEV},${PROD}` })
    await runPreflight(inputs(), process.env)
    expect(line('Allowed accounts')).toContain(
      `passed  Allowed accounts: the target account ${PROD} is in allowed-account-ids`
    )
  })

  it('fails allowed-account-ids when the credentials reach another account', async () => {
    // Without role-to-assume, only signing in tells which account the credentials are in.
    setInputs({
      'role-to-assume': '',
      'role-external-id': '',
      's3-bucket-owner': '',
      'allowed-account-ids': '333333333333'
    })
    expect(await runPreflight(inputs(), process.env)).toBe(false)
    expect(line('Allowed accounts')).toContain('failed  Allowed accounts: The target account (')
    expect(line('Allowed accounts')).toContain(
      'which allowed-account-ids (333333333333) does not list'
    )
    assertNothingCreated()
  })
})
