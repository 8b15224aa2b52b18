import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import {
  CodeDeployClient,
  CreateDeploymentCommand,
  GetApplicationCommand,
  GetApplicationRevisionCommand,
  GetDeploymentCommand,
  GetDeploymentConfigCommand,
  GetDeploymentGroupCommand,
  ListDeploymentTargetsCommand,
  ListDeploymentsCommand,
  RegisterApplicationRevisionCommand,
  StopDeploymentCommand
} from '@aws-sdk/client-codedeploy'
import {
  CreateMultipartUploadCommand,
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketPolicyCommand,
  GetBucketVersioningCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client
} from '@aws-sdk/client-s3'
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient
} from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { readInputs, runContext, type ActionInputs } from '../../src/inputs/inputs.js'
import {
  bucketPolicyGrants,
  bucketRegion,
  countChecks,
  defaultPreflightDeps,
  describeRequirement,
  formatCheck,
  formatChecklist,
  platformCheck,
  preflightSetup,
  runPreflight,
  summaryRows,
  type Check
} from '../../src/preflight/preflight.js'
import { REQUIREMENTS } from '../../src/advice/permissions.js'
import {
  captureStdout,
  clearEnv,
  saveEnv,
  setInputs,
  sharedSummaryFile,
  writeServerApp
} from '../support/actions.js'
import { SOURCE_KEYS_ENV, awsError, targetRoleCredentials } from '../support/aws.js'

const DEV = '111111111111'
const PROD = '222222222222'
const PROD_ROLE = `arn:aws:iam::${PROD}:role/codedeploy-cross-account`
const OIDC_ROLE = `arn:aws:iam::${DEV}:role/github-deploy`
const DEV_ARN = `arn:aws:sts::${DEV}:assumed-role/github-deploy/GitHubActions-shop-42-1`
const PROD_ARN = `arn:aws:sts::${PROD}:assumed-role/codedeploy-cross-account/GitHubActions-shop-42-1`
const SUB = 'repo:octo/shop:environment:production'
const TOKEN = `e30.${Buffer.from(JSON.stringify({ sub: SUB, aud: 'sts.amazonaws.com' })).toString('base64url')}.sig`

const sts = mockClient(STSClient)
const s3 = mockClient(S3Client)
const cd = mockClient(CodeDeployClient)

const summaryFile = sharedSummaryFile('preflight-summary-')
const restoreEnv = saveEnv()
let dir: string
let workspace: string
let stdout: string[]

function inputs(): ActionInputs {
  return readInputs(runContext(process.env))
}

function log(): string {
  return stdout.join('')
}

/** The checklist line of one check, e.g. "❌ failed  Bucket owner: ...". */
function line(title: string): string {
  const found = log()
    .split('\n')
    .find(l =>
      new RegExp(`^\\S+ (passed|failed|skipped) +${title.replace(/[()]/g, '\\$&')}:`).test(l)
    )
  if (!found) throw new Error(`no checklist line for ${title} in:\n${log()}`)
  return found
}

function assertNothingCreated(): void {
  expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0)
  expect(s3.commandCalls(CreateMultipartUploadCommand)).toHaveLength(0)
  expect(cd.commandCalls(RegisterApplicationRevisionCommand)).toHaveLength(0)
  expect(cd.commandCalls(CreateDeploymentCommand)).toHaveLength(0)
  expect(cd.commandCalls(StopDeploymentCommand)).toHaveLength(0)
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'preflight-test-'))
  workspace = path.join(dir, 'workspace')
  writeServerApp(workspace)
  writeFileSync(path.join(dir, 'output'), '')
  writeFileSync(summaryFile, '')
  clearEnv('INPUT_', 'AWS_', 'ACTIONS_')
  Object.assign(process.env, {
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'octo/shop',
    GITHUB_RUN_ID: '42',
    RUNNER_TEMP: dir,
    ...SOURCE_KEYS_ENV
  })
  setInputs({
    'aws-region': 'eu-west-1',
    'role-to-assume': PROD_ROLE,
    application: 'shop',
    'deployment-group': 'production',
    'revision-path': 'app',
    's3-bucket': 'shop-releases-prod',
    's3-bucket-owner': PROD
  })
  stdout = captureStdout()

  sts.reset()
  s3.reset()
  cd.reset()
  sts.on(AssumeRoleCommand).resolves({ Credentials: targetRoleCredentials() })
  sts.on(AssumeRoleWithWebIdentityCommand).resolves({
    Credentials: {
      AccessKeyId: 'ASIAWEBIDENTITY',
      SecretAccessKey: 'web-secret-key',
      SessionToken: 'web-session-token',
      Expiration: new Date(Date.now() + 3600_000)
    }
  })
  // Answers according to the credentials that sign the request, as STS does.
  sts.on(GetCallerIdentityCommand).callsFake(async (_input, getClient) => {
    const client = getClient() as STSClient
    const credentials = await client.config.credentials()
    return credentials.accessKeyId === 'ASIAPRODUCTION'
      ? { Account: PROD, Arn: PROD_ARN }
      : { Account: DEV, Arn: DEV_ARN }
  })
  s3.on(HeadBucketCommand).resolves({ BucketRegion: 'eu-west-1' })
  s3.on(GetBucketLocationCommand).resolves({ LocationConstraint: 'eu-west-1' })
  s3.on(GetBucketVersioningCommand).resolves({ Status: 'Enabled' })
  s3.on(GetBucketEncryptionCommand).resolves({
    ServerSideEncryptionConfiguration: {
      Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }]
    }
  })
  s3.on(HeadObjectCommand).rejects(awsError('NotFound', 404))
  cd.on(GetApplicationCommand).resolves({
    application: { applicationName: 'shop', computePlatform: 'Server' }
  })
  cd.on(GetDeploymentGroupCommand).resolves({
    deploymentGroupInfo: {
      deploymentGroupName: 'production',
      computePlatform: 'Server',
      serviceRoleArn: `arn:aws:iam::${PROD}:role/CodeDeployServiceRole`,
      deploymentConfigName: 'CodeDeployDefault.OneAtATime',
      deploymentStyle: { deploymentType: 'IN_PLACE', deploymentOption: 'WITHOUT_TRAFFIC_CONTROL' }
    }
  })
  cd.on(GetDeploymentConfigCommand).resolves({
    deploymentConfigInfo: { minimumHealthyHosts: { type: 'HOST_COUNT', value: 1 } }
  })
  cd.on(GetApplicationRevisionCommand).rejects(awsError('RevisionDoesNotExistException'))
  cd.on(ListDeploymentsCommand).resolves({ deployments: [] })
  cd.on(ListDeploymentsCommand, { includeOnlyStatuses: undefined }).resolves({
    deployments: ['d-PREVIOUS1']
  })
  cd.on(GetDeploymentCommand).resolves({
    deploymentInfo: { deploymentId: 'd-PREVIOUS1', status: 'Succeeded' }
  })
  cd.on(ListDeploymentTargetsCommand).resolves({ targetIds: ['i-0abc', 'i-0def'] })
})

afterEach(() => {
  jest.restoreAllMocks()
  restoreEnv()
  rmSync(dir, { recursive: true, force: true })
})

describe('runPreflight', () => {
  it('passes a correct setup, with evidence for every check, and creates nothing', async () => {
    const ok = await runPreflight(inputs(), process.env)

    expect(ok).toBe(true)
    assertNothingCreated()
    expect(line('Bundle and AppSpec')).toMatch(
      /passed +Bundle and AppSpec: 2 files, \d+ bytes, SHA-256 [0-9a-f]{64}; appspec.yml is valid \(os linux, hooks: ApplicationStart\)/
    )
    expect(line('GitHub OIDC token')).toContain('skipped')
    expect(line('Source credentials (credentials in the environment)')).toContain(
      `passed  Source credentials (credentials in the environment): signed in as ${DEV_ARN} in account ${DEV}`
    )
    expect(line(`Assume role-to-assume ${PROD_ROLE}`)).toContain(`signed in as ${PROD_ARN}`)
    expect(line('Target account')).toContain(
      `account ${PROD}, the account of role-to-assume (${PROD})`
    )
    expect(line('Bucket shop-releases-prod')).toContain(`reachable as ${PROD_ARN}`)
    expect(line('Bucket owner')).toContain(`owned by account ${PROD}`)
    expect(line('Bucket region')).toContain('eu-west-1, the region of the deployment')
    expect(line('Bucket versioning')).toContain('versioned')
    expect(line('Bucket encryption')).toContain('AES256: no KMS permissions needed')
    expect(line('Bundle object')).toContain('is not there yet')
    expect(line('Upload permission')).toMatch(
      /skipped +Upload permission: not tried: .*statement UploadRevision \(s3:PutObject, s3:GetObject, s3:AbortMultipartUpload on arn:aws:s3:::shop-releases-prod\/shop\/\*\)/
    )
    expect(line('Production instances can read the revision')).toContain('skipped')
    expect(line('Application shop')).toContain(
      `exists in account ${PROD}, region eu-west-1 (compute platform Server)`
    )
    expect(line('Deployment group production')).toContain(
      `service role arn:aws:iam::${PROD}:role/CodeDeployServiceRole, deployment configuration CodeDeployDefault.OneAtATime, IN_PLACE WITHOUT_TRAFFIC_CONTROL`
    )
    expect(line('Compute platform')).toContain('passed')
    expect(line('Deployment configuration')).toContain(
      "CodeDeployDefault.OneAtATime (the group's) exists: minimum healthy hosts 1 host"
    )
    expect(line('Revision registration')).toContain('not registered yet')
    expect(line('Deployments in progress')).toContain('passed  Deployments in progress: none')
    expect(line('Follow a deployment (wait)')).toContain(
      'read deployment d-PREVIOUS1 (Succeeded) and its 2 targets'
    )
    expect(line('Stop a deployment')).toContain(
      'statement StopDeployment (codedeploy:StopDeployment'
    )
    expect(log()).toMatch(
      /Dry run: 1\d passed, 0 failed, \d skipped: every check that could run passed\./
    )

    // Read-only calls, with the owner check on every S3 call.
    for (const call of s3.calls()) {
      expect((call.args[0].input as { ExpectedBucketOwner?: string }).ExpectedBucketOwner).toBe(
        PROD
      )
    }
    expect(cd.commandCalls(GetDeploymentGroupCommand)[0].args[0].input).toEqual({
      applicationName: 'shop',
      deploymentGroupName: 'production'
    })
    const summary = readFileSync(summaryFile, 'utf8')
    expect(summary).toContain('CodeDeploy dry run: shop / production')
    expect(summary).toContain('Policies this configuration needs')
    expect(summary).toContain(
      `arn:aws:codedeploy:eu-west-1:${PROD}:deploymentgroup:shop/production`
    )
  })

  it('leaves no bundle behind', async () => {
    await runPreflight(inputs(), process.env)
    expect(readdirSync(dir).filter(name => name.startsWith('codedeploy-bundle-'))).toEqual([])
  })

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
      `the bucket policy of shop-releases-dev (account ${DEV}) does not let account ${PROD} read arn:aws:s3:::shop-releases-dev/shop/`
    )
    expect(instances).toContain('add statement ProductionInstancesRead')
    expect(log()).toContain('::error title=Production instances can read the revision (dry run)::')
    // One sign-in: the source identity is read with the credentials the chain used.
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(1)
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(1)
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)[0].args[0].input).toMatchObject({
      RoleArn: OIDC_ROLE,
      WebIdentityToken: TOKEN
    })
  })

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
      `the trust policy of ${PROD_ROLE} (in account ${PROD}) must allow sts:AssumeRole for ${DEV_ARN}`
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

  it('fails on a missing deployment group and a group of another compute platform', async () => {
    cd.on(GetDeploymentGroupCommand).rejects(awsError('DeploymentGroupDoesNotExistException'))
    cd.on(GetApplicationCommand).resolves({
      application: { applicationName: 'shop', computePlatform: 'ECS' }
    })

    expect(await runPreflight(inputs(), process.env)).toBe(false)
    expect(line('Deployment group production')).toContain(
      `failed  Deployment group production: DeploymentGroupDoesNotExistException (HTTP 400). Check: deployment group 'production' of application 'shop' does not exist in account ${PROD}, region eu-west-1.`
    )
    expect(line('Compute platform')).toMatch(
      /failed .*deploys to Amazon ECS, but the revision is an EC2\/On-Premises bundle/
    )
    expect(line('Deployment configuration')).toContain('skipped')
  })

  it('reports a check as skipped, not failed, when only dry-run needs the denied permission', async () => {
    cd.on(GetApplicationCommand).rejects(awsError('AccessDeniedException'))
    s3.on(GetBucketVersioningCommand).rejects(awsError('AccessDenied', 403))

    expect(await runPreflight(inputs(), process.env)).toBe(true)
    expect(line('Application shop')).toContain('skipped')
    expect(line('Application shop')).toContain('"Sid":"DryRunApplication"')
    expect(line('Bucket versioning')).toContain('skipped')
  })

  it('fails when a permission the deployment needs is denied', async () => {
    cd.on(GetDeploymentConfigCommand).rejects(awsError('AccessDeniedException'))

    expect(await runPreflight(inputs(), process.env)).toBe(false)
    expect(line('Deployment configuration')).toContain('failed')
    expect(line('Deployment configuration')).toContain('"Sid":"ReadDeploymentConfig"')
    expect(line('Deployment configuration')).toContain(
      `"Resource":"arn:aws:codedeploy:eu-west-1:${PROD}:deploymentconfig:*"`
    )
  })

  it('reports a denied recommended permission as skipped, without failing the dry run', async () => {
    cd.on(ListDeploymentsCommand).rejects(awsError('AccessDeniedException'))
    s3.on(HeadBucketCommand).rejects(awsError('Forbidden', 403))

    expect(await runPreflight(inputs(), process.env)).toBe(true)
    expect(line('Deployments in progress')).toContain('skipped')
    expect(line('Deployments in progress')).toContain('"Sid":"FindDeploymentsInProgress"')
    expect(line('Follow a deployment (wait)')).toContain('skipped')
    expect(line('Bucket shop-releases-prod')).toContain('skipped')
    expect(line('Bucket shop-releases-prod')).toContain('"Sid":"ListRevisionBucket"')
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
    s3.on(GetBucketLocationCommand).resolves({})
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

  it('reports a broken AppSpec and still checks the rest of the setup', async () => {
    writeFileSync(path.join(workspace, 'app', 'appspec.yml'), 'version: 0.0\nos: plan9\n')

    expect(await runPreflight(inputs(), process.env)).toBe(false)
    expect(line('Revision')).toMatch(/failed +Revision: appspec.yml line 2/)
    expect(line('Application shop')).toContain('passed')
    expect(line('Revision registration')).toContain('skipped')
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

  it('checks an ECS AppSpec without any bucket', async () => {
    writeFileSync(
      path.join(workspace, 'app', 'appspec.yml'),
      `version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: "arn:aws:ecs:eu-west-1:${PROD}:task-definition/shop:3"\n        LoadBalancerInfo:\n          ContainerName: "web"\n          ContainerPort: 8080\n`
    )
    cd.on(GetDeploymentGroupCommand).resolves({
      deploymentGroupInfo: {
        computePlatform: 'ECS',
        deploymentConfigName: 'CodeDeployDefault.ECSAllAtOnce'
      }
    })

    expect(await runPreflight(inputs(), process.env)).toBe(true)
    expect(line('AppSpec')).toContain('ECS AppSpec is valid (task definition')
    expect(line('Revision bucket')).toContain('skipped')
    expect(line('Compute platform')).toContain(
      'passed  Compute platform: ECS, which takes this revision'
    )
    expect(s3.calls()).toHaveLength(0)
  })

  it('skips the deployment checks for upload-only', async () => {
    setInputs({ 'upload-only': 'true' })

    expect(await runPreflight(inputs(), process.env)).toBe(true)
    expect(line('Deployments in progress')).toContain('skipped')
    expect(line('Register the revision')).toContain('statement RegisterRevision')
    expect(cd.commandCalls(ListDeploymentsCommand)).toHaveLength(0)
  })

  it('fails when a GitHub environment is named without a token', async () => {
    setInputs({ 'github-environment': 'production', 'github-token': '' })

    expect(await runPreflight(inputs(), process.env)).toBe(false)
    expect(line('GitHub deployment')).toContain('github-token is empty')
  })
})

describe('formatting', () => {
  const checks: Check[] = [
    { title: 'One', status: 'passed', evidence: 'fine' },
    { title: 'Two', status: 'failed', evidence: 'broken <b>' },
    { title: 'Three', status: 'skipped', evidence: 'not tried' }
  ]

  it('counts and formats the checklist', () => {
    expect(countChecks(checks)).toEqual({ passed: 1, failed: 1, skipped: 1 })
    expect(formatCheck(checks[0])).toBe('✅ passed  One: fine')
    expect(formatChecklist(checks)).toEqual([
      'Dry run: nothing is uploaded and no deployment is created.',
      '✅ passed  One: fine',
      '❌ failed  Two: broken <b>',
      '⏭️ skipped Three: not tried',
      'Dry run: 1 passed, 1 failed, 1 skipped: 1 check failed.'
    ])
    expect(formatChecklist(checks.filter(c => c.status !== 'failed')).at(-1)).toBe(
      'Dry run: 1 passed, 0 failed, 1 skipped: every check that could run passed.'
    )
  })

  it('escapes the summary rows', () => {
    expect(summaryRows(checks)[1]).toEqual(['❌ failed', 'Two', 'broken &lt;b&gt;'])
  })

  it('describes a requirement with its resources filled in', () => {
    const req = REQUIREMENTS.find(r => r.sid === 'CreateDeployment')!
    expect(
      describeRequirement(req, {
        partition: 'aws',
        region: 'eu-west-1',
        targetAccount: PROD,
        application: 'shop',
        deploymentGroup: 'production'
      })
    ).toBe(
      `statement CreateDeployment (codedeploy:CreateDeployment, codedeploy:GetDeployment on arn:aws:codedeploy:eu-west-1:${PROD}:deploymentgroup:shop/production)`
    )
  })

  it('reads the bucket region from LocationConstraint', () => {
    expect(bucketRegion(undefined)).toBe('us-east-1')
    expect(bucketRegion('')).toBe('us-east-1')
    expect(bucketRegion('EU')).toBe('eu-west-1')
    expect(bucketRegion('ap-south-1')).toBe('ap-south-1')
  })

  it('compares compute platforms', () => {
    expect(platformCheck(undefined, 'Server', 'a', 'g')[0]).toBe('skipped')
    expect(platformCheck('Server', undefined, 'a', 'g')).toEqual([
      'passed',
      'Server; the revision-location object is not opened, so not compared'
    ])
    expect(platformCheck('Lambda', 'Lambda', 'a', 'g')[0]).toBe('passed')
    expect(platformCheck('Lambda', 'Server', 'a', 'g')[1]).toContain('deploys to AWS Lambda')
  })

  it('derives the setup from the inputs', () => {
    const setup = preflightSetup(
      {
        roleToAssume: PROD_ROLE,
        uploadCredentials: 'source',
        wait: true,
        stopOnCancel: false,
        stopOnTimeout: false,
        onActiveDeployment: 'stop',
        uploadOnly: false
      } as ActionInputs,
      { source: 'oidc-role', bucketAccount: 'source', kms: true, revision: 'bundle' }
    )
    expect(setup).toEqual({
      source: 'oidc-role',
      bucketAccount: 'source',
      kms: true,
      revision: 'bundle',
      crossAccount: true,
      upload: 'source',
      wait: true,
      stop: true,
      sessionTags: false,
      uploadOnly: false
    })
  })
})

describe('bucketPolicyGrants', () => {
  const object = 'arn:aws:s3:::b/shop/abc.zip'
  const policy = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement })

  it('finds an allow for a principal of the account, with wildcards', () => {
    expect(
      bucketPolicyGrants(
        policy({
          Sid: 'Read',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${PROD}:root` },
          Action: 's3:Get*',
          Resource: 'arn:aws:s3:::b/*'
        }),
        PROD,
        's3:GetObject',
        object
      )
    ).toEqual({ verdict: 'allowed', statement: 'Read', principal: `arn:aws:iam::${PROD}:root` })
    expect(
      bucketPolicyGrants(
        policy({ Effect: 'Allow', Principal: { AWS: PROD }, Action: '*', Resource: '*' }),
        PROD,
        's3:GetObject',
        object
      )
    ).toEqual({ verdict: 'allowed', statement: '#1', principal: PROD })
  })

  it('lets a deny win, and ignores other accounts, actions and resources', () => {
    const allow = {
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/*'
    }
    const deny = {
      ...allow,
      Sid: 'NoProd',
      Effect: 'Deny',
      Principal: { AWS: [`arn:aws:iam::${PROD}:role/x`] }
    }
    expect(bucketPolicyGrants(policy(allow, deny), PROD, 's3:GetObject', object)).toEqual({
      verdict: 'denied',
      statement: 'NoProd',
      principal: `arn:aws:iam::${PROD}:role/x`
    })
    const others = [
      { ...allow, Principal: { AWS: `arn:aws:iam::${DEV}:root` } },
      { ...allow, Action: 's3:PutObject' },
      { ...allow, Resource: 'arn:aws:s3:::other/*' }
    ]
    expect(bucketPolicyGrants(policy(...others), PROD, 's3:GetObject', object).verdict).toBe(
      'missing'
    )
  })

  it('treats an unreadable policy as granting nothing', () => {
    expect(bucketPolicyGrants('not json', PROD, 's3:GetObject', object).verdict).toBe('missing')
    expect(bucketPolicyGrants('{}', PROD, 's3:GetObject', object).verdict).toBe('missing')
  })
})
