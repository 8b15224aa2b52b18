import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import {
  BatchGetDeploymentTargetsCommand,
  CodeDeployClient,
  CreateDeploymentCommand,
  GetDeploymentCommand,
  GetDeploymentGroupCommand,
  ListDeploymentTargetsCommand,
  ListDeploymentsCommand,
  RegisterApplicationRevisionCommand,
  StopDeploymentCommand,
  type DeploymentCreator
} from '@aws-sdk/client-codedeploy'
import { IAMClient, SimulatePrincipalPolicyCommand } from '@aws-sdk/client-iam'
import { HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { run } from '../src/main.js'
import { run as runPost } from '../src/post.js'
import {
  captureStdout,
  clearEnv,
  readFileCommands,
  saveEnv,
  setInputs,
  sharedSummaryFile,
  writeServerApp
} from './support/actions.js'
import { SOURCE_KEYS_ENV, awsError, targetRoleCredentials } from './support/aws.js'
import { runnerCommands } from './support/commands.js'

const PROD_ROLE = 'arn:aws:iam::222222222222:role/deployer'
const sts = mockClient(STSClient)
const s3 = mockClient(S3Client)
const cd = mockClient(CodeDeployClient)
const iam = mockClient(IAMClient)

let dir: string
let stdout: string[]
const summaryFile = sharedSummaryFile('main-summary-')
const restoreEnv = saveEnv()

function outputs(): Record<string, string> {
  return readFileCommands(path.join(dir, 'output'))
}

function state(): Record<string, string> {
  return readFileCommands(path.join(dir, 'state'))
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'main-test-'))
  const workspace = path.join(dir, 'workspace')
  writeServerApp(workspace)
  for (const f of ['output', 'state', 'env']) writeFileSync(path.join(dir, f), '')
  writeFileSync(summaryFile, '')
  clearEnv('INPUT_', 'AWS_', 'ACTIONS_')
  Object.assign(process.env, {
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STATE: path.join(dir, 'state'),
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'octo/shop',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_RUN_ID: '42',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: dir,
    ...SOURCE_KEYS_ENV
  })
  setInputs({
    'aws-region': 'eu-west-1',
    'role-to-assume': PROD_ROLE,
    'role-external-id': 'ext-123',
    application: 'shop',
    'deployment-group': 'production',
    'revision-path': 'app',
    's3-bucket': 'prod-releases',
    's3-bucket-owner': '222222222222',
    'wait-timeout-seconds': '60',
    'poll-interval-seconds': '1'
  })
  stdout = captureStdout()
  process.exitCode = undefined

  sts.reset()
  s3.reset()
  cd.reset()
  iam.reset()
  sts.on(AssumeRoleCommand).resolves({ Credentials: targetRoleCredentials() })
  sts.on(GetCallerIdentityCommand).resolves({
    Account: '222222222222',
    Arn: 'arn:aws:sts::222222222222:assumed-role/deployer/GitHubActions-shop-42-1'
  })
  s3.on(HeadObjectCommand).rejects(awsError('NotFound', 404))
  s3.on(PutObjectCommand).resolves({ ETag: '"etag-1"', VersionId: 'v1' })
  cd.on(GetDeploymentGroupCommand).resolves({
    deploymentGroupInfo: { deploymentGroupName: 'production', computePlatform: 'Server' }
  })
  cd.on(ListDeploymentsCommand).resolves({ deployments: [] })
  cd.on(RegisterApplicationRevisionCommand).resolves({})
  cd.on(CreateDeploymentCommand).resolves({ deploymentId: 'd-ABCDEFGHI' })
  // A deployment with no target to read, unless a test gives it some.
  cd.on(ListDeploymentTargetsCommand).resolves({ targetIds: [] })
})

afterEach(() => {
  jest.restoreAllMocks()
  restoreEnv()
  process.exitCode = undefined
  rmSync(dir, { recursive: true, force: true })
})

describe('run', () => {
  it('bundles, uploads, deploys into the target account and reports success', async () => {
    cd.on(GetDeploymentCommand).resolves({
      deploymentInfo: {
        deploymentId: 'd-ABCDEFGHI',
        status: 'Succeeded',
        deploymentOverview: { Succeeded: 2, Failed: 0, Pending: 0, InProgress: 0, Skipped: 0 }
      }
    })

    await run()

    expect(process.exitCode).toBeUndefined()
    expect(sts.commandCalls(AssumeRoleCommand)[0].args[0].input).toEqual({
      RoleArn: PROD_ROLE,
      RoleSessionName: 'GitHubActions-shop-42-1',
      ExternalId: 'ext-123',
      DurationSeconds: 3600
    })
    const put = s3.commandCalls(PutObjectCommand)[0].args[0].input
    const sha = outputs()['revision-sha256']
    expect(sha).toMatch(/^[0-9a-f]{64}$/)
    expect(put).toMatchObject({
      Bucket: 'prod-releases',
      Key: `shop/${sha}.zip`,
      ExpectedBucketOwner: '222222222222',
      ChecksumAlgorithm: 'SHA256',
      Metadata: { sha256: sha }
    })
    const revision = {
      revisionType: 'S3',
      s3Location: {
        bucket: 'prod-releases',
        key: `shop/${sha}.zip`,
        bundleType: 'zip',
        eTag: 'etag-1',
        version: 'v1'
      }
    }
    expect(cd.commandCalls(RegisterApplicationRevisionCommand)[0].args[0].input).toMatchObject({
      applicationName: 'shop',
      revision
    })
    expect(cd.commandCalls(CreateDeploymentCommand)[0].args[0].input).toMatchObject({
      applicationName: 'shop',
      deploymentGroupName: 'production',
      revision,
      ignoreApplicationStopFailures: false,
      description: expect.stringContaining(
        'octo/shop at 0123456789ab: https://github.com/octo/shop/actions/runs/42'
      )
    })
    expect(outputs()).toEqual({
      'target-account-id': '222222222222',
      'revision-location': `s3://prod-releases/shop/${sha}.zip?versionId=v1`,
      'revision-etag': 'etag-1',
      'revision-sha256': sha,
      'deployment-id': 'd-ABCDEFGHI',
      'deployment-url':
        'https://eu-west-1.console.aws.amazon.com/codesuite/codedeploy/deployments/d-ABCDEFGHI?region=eu-west-1',
      'deployment-status': 'Succeeded',
      'instances-succeeded': '2',
      'instances-failed': '0',
      'diagnostics-file': path.join(dir, 'codedeploy-d-ABCDEFGHI-diagnostics.json')
    })
    const summary = readFileSync(summaryFile, 'utf8')
    expect(summary).toContain('222222222222')
    expect(summary).toContain(sha)
    expect(summary).toContain('Succeeded')
    expect(state()).toMatchObject({ 'deployment-id': 'd-ABCDEFGHI', settled: 'true' })
    const log = stdout.join('')
    for (const secret of ['dev-secret-key', 'prod-secret-key', 'prod-session-token']) {
      expect(log).toContain(`::add-mask::${secret}`)
      expect(log.replaceAll(`::add-mask::${secret}`, '')).not.toContain(secret)
    }
  })

  it('skips the upload when the same bundle is already in S3', async () => {
    s3.on(HeadObjectCommand).callsFake(input => ({
      ETag: '"etag-old"',
      Metadata: { sha256: (input.Key as string).split('/')[1].replace('.zip', '') }
    }))
    cd.on(GetDeploymentCommand).resolves({
      deploymentInfo: { deploymentId: 'd-ABCDEFGHI', status: 'Succeeded' }
    })

    await run()

    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0)
    expect(outputs()['revision-etag']).toBe('etag-old')
    expect(stdout.join('')).toContain('upload skipped')
  })

  it('deploys an AppSpec the agent accepts with a warning annotation naming its line', async () => {
    const appspec = path.join(process.env.GITHUB_WORKSPACE as string, 'app', 'appspec.yml')
    writeFileSync(appspec, `${readFileSync(appspec, 'utf8')}      timeout: 5400\n`)
    cd.on(GetDeploymentCommand).resolves({
      deploymentInfo: { deploymentId: 'd-ABCDEFGHI', status: 'Succeeded' }
    })

    await run()

    expect(process.exitCode).toBeUndefined()
    expect(stdout.join('')).toContain(
      "::warning::appspec.yml line 9: ApplicationStart timeout 5400 is over 3600 seconds, the most AWS's AppSpec reference allows for a script; the agent accepts it and waits that long"
    )
  })

  it('fails the step and annotates each failed instance when the deployment fails', async () => {
    cd.on(GetDeploymentCommand).resolves({
      deploymentInfo: {
        deploymentId: 'd-ABCDEFGHI',
        status: 'Failed',
        errorInformation: { code: 'HEALTH_CONSTRAINTS', message: 'Too many instances failed' }
      }
    })
    cd.on(ListDeploymentTargetsCommand).resolves({ targetIds: ['i-0abc'] })
    cd.on(BatchGetDeploymentTargetsCommand).resolves({
      deploymentTargets: [
        {
          deploymentTargetType: 'InstanceTarget',
          instanceTarget: {
            targetId: 'i-0abc',
            status: 'Failed',
            lifecycleEvents: [
              { lifecycleEventName: 'BeforeInstall', status: 'Succeeded' },
              {
                lifecycleEventName: 'ApplicationStart',
                status: 'Failed',
                diagnostics: {
                  errorCode: 'ScriptFailed',
                  scriptName: 'scripts/start.sh',
                  message:
                    'Script at specified location: scripts/start.sh run as user root failed with exit code 1',
                  logTail: '[stdout]starting\n[stderr]port 80 in use'
                }
              }
            ]
          }
        }
      ]
    })

    await run()

    expect(process.exitCode).toBe(1)
    expect(outputs()).toMatchObject({
      'deployment-status': 'Failed',
      'error-code': 'HEALTH_CONSTRAINTS',
      'error-message': 'Too many instances failed'
    })
    const log = stdout.join('')
    expect(log).toContain(
      '::error title=Deployment d-ABCDEFGHI failed on i-0abc during ApplicationStart::'
    )
    expect(log).toContain('port 80 in use')
    expect(log).toMatch(
      /::error::Deployment d-ABCDEFGHI ended with status Failed: HEALTH_CONSTRAINTS/
    )
    expect(readFileSync(summaryFile, 'utf8')).toContain('port 80 in use')
  })

  it('deploys an object already in S3 without bundling or uploading', async () => {
    setInputs({
      'revision-location': 's3://dev-releases/shop/abc.tgz?versionId=v7',
      'revision-path': 'does-not-matter',
      's3-bucket': '',
      'upload-credentials': 'source'
    })
    s3.on(HeadObjectCommand).resolves({
      ETag: '"etag-7"',
      VersionId: 'v7',
      ContentLength: 1234,
      Metadata: { sha256: 'a'.repeat(64) }
    })
    cd.on(GetDeploymentCommand).resolves({
      deploymentInfo: { deploymentId: 'd-ABCDEFGHI', status: 'Succeeded' }
    })

    await run()

    expect(process.exitCode).toBeUndefined()
    expect(s3.commandCalls(HeadObjectCommand)[0].args[0].input).toEqual({
      Bucket: 'dev-releases',
      Key: 'shop/abc.tgz',
      VersionId: 'v7',
      ExpectedBucketOwner: '222222222222'
    })
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0)
    expect(cd.commandCalls(CreateDeploymentCommand)[0].args[0].input.revision).toEqual({
      revisionType: 'S3',
      s3Location: {
        bucket: 'dev-releases',
        key: 'shop/abc.tgz',
        bundleType: 'tgz',
        eTag: 'etag-7',
        version: 'v7'
      }
    })
    expect(outputs()).toMatchObject({
      'revision-location': 's3://dev-releases/shop/abc.tgz?versionId=v7',
      'revision-sha256': 'a'.repeat(64)
    })
  })

  it('fails clearly when revision-location does not exist', async () => {
    setInputs({ 'revision-location': 's3://dev-releases/shop/missing.zip', 's3-bucket': '' })

    await run()

    expect(process.exitCode).toBe(1)
    expect(stdout.join('')).toContain(
      '::error::revision-location: s3://dev-releases/shop/missing.zip does not exist.'
    )
    expect(cd.commandCalls(RegisterApplicationRevisionCommand)).toHaveLength(0)
    expect(cd.commandCalls(CreateDeploymentCommand)).toHaveLength(0)
    expect(outputs()['error-code']).toBe('UploadError')
  })

  it('refuses a role-to-assume outside allowed-account-ids before any AWS call', async () => {
    setInputs({ 'allowed-account-ids': '333333333333' })

    await run()

    expect(process.exitCode).toBe(1)
    expect(stdout.join('')).toContain(
      `::error::The account of role-to-assume ${PROD_ROLE} is account 222222222222, which allowed-account-ids (333333333333) does not list`
    )
    expect([...sts.calls(), ...s3.calls(), ...cd.calls()]).toHaveLength(0)
    expect(outputs()['error-code']).toBe('AccountNotAllowedError')
  })

  it('refuses the account the credentials resolve to when allowed-account-ids leaves it out', async () => {
    // No role to assume: only signing in tells which account the keys belong to.
    setInputs({
      'role-to-assume': '',
      'role-external-id': '',
      's3-bucket-owner': '',
      'allowed-account-ids': '111111111111'
    })

    await run()

    expect(process.exitCode).toBe(1)
    expect(stdout.join('')).toContain(
      '::error::The target account (the credentials resolve to arn:aws:sts::222222222222:assumed-role/deployer/GitHubActions-shop-42-1) is account 222222222222, which allowed-account-ids (111111111111) does not list: nothing was uploaded or deployed.'
    )
    expect(sts.commandCalls(GetCallerIdentityCommand)).toHaveLength(1)
    expect([...s3.calls(), ...cd.calls()]).toHaveLength(0)
  })

  it('uploads and registers the revision, but creates no deployment, with upload-only', async () => {
    setInputs({ 'upload-only': 'true' })

    await run()

    expect(process.exitCode).toBeUndefined()
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(1)
    expect(cd.commandCalls(RegisterApplicationRevisionCommand)).toHaveLength(1)
    expect(cd.commandCalls(CreateDeploymentCommand)).toHaveLength(0)
    expect(outputs()['revision-location']).toMatch(
      /^s3:\/\/prod-releases\/shop\/[0-9a-f]{64}\.zip\?versionId=v1$/
    )
    expect(outputs()['deployment-id']).toBeUndefined()
  })

  it('sends an ECS AppSpec as the revision itself, with nothing uploaded', async () => {
    const ecs = path.join(process.env.GITHUB_WORKSPACE as string, 'ecs')
    mkdirSync(ecs)
    const appspec = [
      'version: 0.0',
      'Resources:',
      '  - TargetService:',
      '      Type: AWS::ECS::Service',
      '      Properties:',
      '        TaskDefinition: arn:aws:ecs:eu-west-1:222222222222:task-definition/shop:7',
      '        LoadBalancerInfo:',
      '          ContainerName: web',
      '          ContainerPort: 8080',
      ''
    ].join('\n')
    writeFileSync(path.join(ecs, 'appspec.yaml'), appspec)
    setInputs({ 'revision-path': 'ecs', 's3-bucket': '' })
    cd.on(GetDeploymentGroupCommand).resolves({
      deploymentGroupInfo: { computePlatform: 'ECS' }
    })
    cd.on(GetDeploymentCommand).resolves({
      deploymentInfo: { deploymentId: 'd-ABCDEFGHI', status: 'Succeeded' }
    })

    await run()

    expect(process.exitCode).toBeUndefined()
    expect(s3.calls()).toHaveLength(0)
    const sha = createHash('sha256').update(appspec).digest('hex')
    expect(cd.commandCalls(CreateDeploymentCommand)[0].args[0].input.revision).toEqual({
      revisionType: 'AppSpecContent',
      appSpecContent: { content: appspec, sha256: sha }
    })
    expect(outputs()['revision-sha256']).toBe(sha)
  })

  it('refuses an EC2 bundle for an ECS deployment group before uploading', async () => {
    cd.on(GetDeploymentGroupCommand).resolves({
      deploymentGroupInfo: { computePlatform: 'ECS' }
    })

    await run()

    expect(process.exitCode).toBe(1)
    expect(stdout.join('')).toMatch(
      /::error::Deployment group 'production' of application 'shop' deploys to Amazon ECS/
    )
    expect(s3.calls()).toHaveLength(0)
    expect(cd.commandCalls(RegisterApplicationRevisionCommand)).toHaveLength(0)
  })

  it('returns as soon as the deployment is created when wait is false', async () => {
    setInputs({ wait: 'false' })

    await run()

    expect(process.exitCode).toBeUndefined()
    expect(cd.commandCalls(GetDeploymentCommand)).toHaveLength(0)
    expect(outputs()['deployment-id']).toBe('d-ABCDEFGHI')
    expect(outputs()['deployment-status']).toBe('Created')
  })

  it('stops the deployment on timeout when stop-on-timeout is set', async () => {
    setInputs({ 'wait-timeout-seconds': '1', 'stop-on-timeout': 'true' })
    cd.on(GetDeploymentCommand).resolves({
      deploymentInfo: { deploymentId: 'd-ABCDEFGHI', status: 'InProgress' }
    })
    cd.on(StopDeploymentCommand).resolves({ status: 'Pending' })

    await run()

    expect(process.exitCode).toBe(1)
    expect(cd.commandCalls(StopDeploymentCommand)[0].args[0].input).toEqual({
      deploymentId: 'd-ABCDEFGHI',
      autoRollbackEnabled: true
    })
    expect(stdout.join('')).toMatch(
      /::error::Deployment d-ABCDEFGHI was InProgress and has been stopped/
    )
  })

  it('fails at once with the active deployment when on-active-deployment is fail', async () => {
    setInputs({ 'on-active-deployment': 'fail' })
    cd.on(ListDeploymentsCommand).resolves({ deployments: ['d-RUNNING01'] })
    cd.on(GetDeploymentCommand).resolves({
      deploymentInfo: { deploymentId: 'd-RUNNING01', status: 'InProgress', creator: 'user' }
    })

    await run()

    expect(process.exitCode).toBe(1)
    expect(cd.commandCalls(CreateDeploymentCommand)).toHaveLength(0)
    expect(stdout.join('')).toMatch(
      /already has a deployment in progress: d-RUNNING01 \(InProgress, started by user/
    )
  })

  it('stops the active deployment, then deploys, when on-active-deployment is stop', async () => {
    setInputs({ 'on-active-deployment': 'stop', 'rollback-on-stop': 'false' })
    cd.on(ListDeploymentsCommand).resolves({ deployments: ['d-RUNNING01'] })
    cd.on(StopDeploymentCommand).resolves({ status: 'Succeeded' })
    cd.on(GetDeploymentCommand, { deploymentId: 'd-RUNNING01' }).resolves({
      deploymentInfo: { deploymentId: 'd-RUNNING01', status: 'Stopped' }
    })
    cd.on(GetDeploymentCommand, { deploymentId: 'd-ABCDEFGHI' }).resolves({
      deploymentInfo: { deploymentId: 'd-ABCDEFGHI', status: 'Succeeded' }
    })

    await run()

    expect(process.exitCode).toBeUndefined()
    expect(cd.commandCalls(StopDeploymentCommand).map(c => c.args[0].input)).toEqual([
      { deploymentId: 'd-RUNNING01', autoRollbackEnabled: false }
    ])
    expect(cd.commandCalls(CreateDeploymentCommand)).toHaveLength(1)
  })

  it('applies the policy again when CreateDeployment finds the group busy', async () => {
    cd.on(ListDeploymentsCommand)
      .resolvesOnce({ deployments: [] })
      .resolves({ deployments: ['d-RUNNING01'] })
    cd.on(CreateDeploymentCommand)
      .rejectsOnce(awsError('DeploymentLimitExceededException'))
      .resolves({ deploymentId: 'd-ABCDEFGHI' })
    cd.on(GetDeploymentCommand, { deploymentId: 'd-RUNNING01' }).resolves({
      deploymentInfo: { deploymentId: 'd-RUNNING01', status: 'Succeeded' }
    })
    cd.on(GetDeploymentCommand, { deploymentId: 'd-ABCDEFGHI' }).resolves({
      deploymentInfo: { deploymentId: 'd-ABCDEFGHI', status: 'Succeeded' }
    })

    await run()

    expect(process.exitCode).toBeUndefined()
    expect(cd.commandCalls(CreateDeploymentCommand)).toHaveLength(2)
    expect(stdout.join('')).toContain('Deployment d-RUNNING01 ended with status Succeeded')
  })

  it('names a deployment someone else started without running their text as commands', async () => {
    setInputs({ 'on-active-deployment': 'wait' })
    const other = {
      deploymentId: 'd-RUNNING01',
      creator: 'user\r::warning::x ##[error]y' as DeploymentCreator,
      description:
        'release 7\n::error title=X::pwned\n::add-mask::Succeeded\n  ::stop-commands::tok\u0085::notice::n'
    }
    cd.on(ListDeploymentsCommand).resolves({ deployments: ['d-RUNNING01'] })
    cd.on(GetDeploymentCommand, { deploymentId: 'd-RUNNING01' })
      .resolvesOnce({ deploymentInfo: { ...other, status: 'InProgress' } })
      .resolvesOnce({ deploymentInfo: { ...other, status: 'InProgress' } })
      .resolves({ deploymentInfo: { ...other, status: 'Succeeded' } })
    cd.on(GetDeploymentCommand, { deploymentId: 'd-ABCDEFGHI' }).resolves({
      deploymentInfo: { deploymentId: 'd-ABCDEFGHI', status: 'Succeeded' }
    })

    await run()

    expect(process.exitCode).toBeUndefined()
    const log = stdout.join('')
    // The only commands are the masks of the credentials.
    expect(runnerCommands(log).map(c => c.line)).toEqual(
      [
        'AKIADEVELOPMENT',
        'dev-secret-key',
        'ASIAPRODUCTION',
        'prod-secret-key',
        'prod-session-token'
      ].map(secret => `::add-mask::${secret}`)
    )
    expect(log).toContain(
      `Deployment d-RUNNING01 (InProgress, started by user\\r::warning::x ##\\[error]y: "release 7\\n::error title=X::pwned\\n::add-mask::Succeeded\\n  ::stop-commands::tok\\u0085::notice::n") is in progress in 'production': waiting for it to end (`
    )
    expect(log).toContain('Deployment d-RUNNING01 ended with status Succeeded.\n')
  })

  it('fails a dry run whose checks fail, with error outputs, and creates nothing', async () => {
    setInputs({ 'dry-run': 'true' })
    sts.on(AssumeRoleCommand).rejects(awsError('AccessDenied', 403, 'not authorized to assume'))
    iam.on(SimulatePrincipalPolicyCommand).rejects(awsError('AccessDenied', 403))

    await run()

    expect(process.exitCode).toBe(1)
    // The IAM client, loaded on demand for the dry run alone, asked as the source identity.
    expect(iam.commandCalls(SimulatePrincipalPolicyCommand)[0].args[0].input).toMatchObject({
      PolicySourceArn: PROD_ROLE,
      ActionNames: ['sts:AssumeRole']
    })
    expect(stdout.join('')).toContain(
      "Policy simulation for the source credentials: AWS's policy simulator was refused"
    )
    expect(outputs()).toMatchObject({
      'error-code': 'PreflightError',
      'error-message': 'Dry run: some checks failed; see the checklist above.'
    })
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0)
    expect(cd.commandCalls(RegisterApplicationRevisionCommand)).toHaveLength(0)
    expect(cd.commandCalls(CreateDeploymentCommand)).toHaveLength(0)
  })

  it('rejects a bad input before any AWS call', async () => {
    setInputs({ 'file-exists-behavior': 'CLOBBER' })

    await run()

    expect(process.exitCode).toBe(1)
    expect(stdout.join('')).toContain(
      "::error::Input 'file-exists-behavior' is 'CLOBBER': expected one of DISALLOW, OVERWRITE, RETAIN."
    )
    expect(sts.calls()).toHaveLength(0)
    expect(s3.calls()).toHaveLength(0)
    expect(cd.calls()).toHaveLength(0)
  })

  it('rejects a revision without an appspec before any AWS call', async () => {
    rmSync(path.join(process.env.GITHUB_WORKSPACE as string, 'app', 'appspec.yml'))

    await run()

    expect(process.exitCode).toBe(1)
    expect(stdout.join('')).toMatch(/::error::.*appspec\.yml/)
    expect(sts.calls()).toHaveLength(0)
  })
})

describe('runPost', () => {
  function saveState(values: Record<string, string>): void {
    for (const [k, v] of Object.entries(values)) process.env[`STATE_${k}`] = v
  }

  it('stops a deployment the main step left running', async () => {
    saveState({ 'deployment-id': 'd-ABCDEFGHI' })
    cd.on(GetDeploymentCommand).resolves({
      deploymentInfo: { deploymentId: 'd-ABCDEFGHI', status: 'InProgress' }
    })
    cd.on(StopDeploymentCommand).resolves({ status: 'Pending' })

    await runPost()

    expect(cd.commandCalls(StopDeploymentCommand)[0].args[0].input).toEqual({
      deploymentId: 'd-ABCDEFGHI',
      autoRollbackEnabled: true
    })
  })

  it('leaves a deployment alone once the main step settled it', async () => {
    saveState({ 'deployment-id': 'd-ABCDEFGHI', settled: 'true' })

    await runPost()

    expect(sts.calls()).toHaveLength(0)
    expect(cd.calls()).toHaveLength(0)
  })

  it('does not stop a deployment that has already ended', async () => {
    saveState({ 'deployment-id': 'd-ABCDEFGHI' })
    cd.on(GetDeploymentCommand).resolves({
      deploymentInfo: { deploymentId: 'd-ABCDEFGHI', status: 'Succeeded' }
    })

    await runPost()

    expect(cd.commandCalls(StopDeploymentCommand)).toHaveLength(0)
  })
})
