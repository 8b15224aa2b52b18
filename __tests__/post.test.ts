import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import {
  CodeDeployClient,
  GetDeploymentCommand,
  StopDeploymentCommand
} from '@aws-sdk/client-codedeploy'
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { run as runPost } from '../src/post.js'
import { captureStdout, clearEnv, saveEnv, setInputs } from './support/actions.js'
import { SOURCE_KEYS_ENV, awsError, noAwsConfig, targetRoleCredentials } from './support/aws.js'

const PROD_ROLE = 'arn:aws:iam::222222222222:role/deployer'
const SOURCE_ARN = 'arn:aws:iam::111111111111:user/ci'
const ID = 'd-POSTSTEP1'
const URL = `https://eu-west-1.console.aws.amazon.com/codesuite/codedeploy/deployments/${ID}?region=eu-west-1`
const sts = mockClient(STSClient)
const cd = mockClient(CodeDeployClient)
const restoreEnv = saveEnv()

let dir: string
let stdout: string[]

/** What the main step saved with core.saveState, as the runner passes it to the post step. */
function savedState(values: Record<string, string>): void {
  for (const [k, v] of Object.entries(values)) process.env[`STATE_${k}`] = v
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'post-test-'))
  const workspace = path.join(dir, 'workspace')
  mkdirSync(workspace)
  writeFileSync(path.join(dir, 'output'), '')
  clearEnv('INPUT_', 'STATE_', 'AWS_', 'ACTIONS_')
  Object.assign(process.env, {
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_REPOSITORY: 'octo/shop',
    GITHUB_RUN_ID: '42',
    ...SOURCE_KEYS_ENV,
    ...noAwsConfig(dir)
  })
  setInputs({
    'aws-region': 'eu-west-1',
    'role-to-assume': PROD_ROLE,
    application: 'shop',
    'deployment-group': 'production'
  })
  stdout = captureStdout()
  process.exitCode = undefined

  sts.reset()
  cd.reset()
  sts.on(AssumeRoleCommand).resolves({ Credentials: targetRoleCredentials() })
  sts.on(GetCallerIdentityCommand).resolves({
    Account: '222222222222',
    Arn: 'arn:aws:sts::222222222222:assumed-role/deployer/GitHubActions-shop-42-1'
  })
})

afterEach(() => {
  jest.restoreAllMocks()
  restoreEnv()
  process.exitCode = undefined
  rmSync(dir, { recursive: true, force: true })
})

describe('runPost', () => {
  it('does nothing when the main step created no deployment', async () => {
    await runPost()

    expect(sts.calls()).toHaveLength(0)
    expect(cd.calls()).toHaveLength(0)
    expect(stdout.join('')).toBe('')
    expect(process.exitCode).toBeUndefined()
  })

  it('stops a deployment left running, with the rollback setting, and warns', async () => {
    savedState({ 'deployment-id': ID })
    setInputs({ 'rollback-on-stop': 'false' })
    cd.on(GetDeploymentCommand).resolves({
      deploymentInfo: { deploymentId: ID, status: 'InProgress' }
    })
    cd.on(StopDeploymentCommand).resolves({ status: 'Pending' })

    await runPost()

    expect(sts.commandCalls(AssumeRoleCommand)[0].args[0].input).toMatchObject({
      RoleArn: PROD_ROLE
    })
    expect(cd.commandCalls(GetDeploymentCommand)[0].args[0].input).toEqual({ deploymentId: ID })
    expect(cd.commandCalls(StopDeploymentCommand).map(c => c.args[0].input)).toEqual([
      { deploymentId: ID, autoRollbackEnabled: false }
    ])
    const log = stdout.join('')
    expect(log).toContain(
      `Stopping deployment ${ID} (the main step ended before the deployment did), without rollback.`
    )
    expect(log).toContain(
      `::warning::Deployment ${ID} was stopped because the job ended before it did: ${URL}`
    )
    expect(process.exitCode).toBeUndefined()
  })

  it('stops it even when the files the main step read (bundle-file, task-definition) are gone', async () => {
    savedState({ 'deployment-id': ID })
    setInputs({ 'bundle-file': 'dist/removed.zip', 'task-definition': 'gone.json' })
    cd.on(GetDeploymentCommand).resolves({
      deploymentInfo: { deploymentId: ID, status: 'InProgress' }
    })
    cd.on(StopDeploymentCommand).resolves({ status: 'Pending' })

    await runPost()

    expect(cd.commandCalls(StopDeploymentCommand).map(c => c.args[0].input)).toEqual([
      { deploymentId: ID, autoRollbackEnabled: true }
    ])
    expect(process.exitCode).toBeUndefined()
  })

  it('only warns, and calls no AWS API, when stop-on-cancel is false', async () => {
    savedState({ 'deployment-id': ID })
    setInputs({ 'stop-on-cancel': 'false' })

    await runPost()

    expect(sts.calls()).toHaveLength(0)
    expect(cd.calls()).toHaveLength(0)
    expect(stdout.join('')).toContain(
      `::warning::Deployment ${ID} may still be running (stop-on-cancel is false): ${URL}`
    )
    expect(process.exitCode).toBeUndefined()
  })

  it('fails the post step, naming the deployment and the role, when credentials fail', async () => {
    savedState({ 'deployment-id': ID })
    sts.on(AssumeRoleCommand).rejects(awsError('AccessDenied', 403, 'not authorized to assume'))
    sts.on(GetCallerIdentityCommand).resolves({ Account: '111111111111', Arn: SOURCE_ARN })

    await runPost()

    expect(process.exitCode).toBe(1)
    expect(cd.calls()).toHaveLength(0)
    const log = stdout.join('')
    expect(log).toContain(
      `::error::Could not stop deployment ${ID}: Could not assume ${PROD_ROLE} from ${SOURCE_ARN} (AssumeRole): AccessDenied: not authorized to assume. Check: ${PROD_ROLE} must exist (AWS gives the same answer for a misspelt role name); its trust policy (in account 222222222222) must allow sts:AssumeRole for ${SOURCE_ARN}`
    )
    expect(log).toContain(
      `Likely missing from the trust policy of ${PROD_ROLE} in account 222222222222:`
    )
  })

  it('fails the post step when StopDeployment is refused', async () => {
    savedState({ 'deployment-id': ID })
    cd.on(GetDeploymentCommand).resolves({
      deploymentInfo: { deploymentId: ID, status: 'InProgress' }
    })
    cd.on(StopDeploymentCommand).rejects(
      awsError('AccessDeniedException', 400, 'not authorized to perform StopDeployment')
    )

    await runPost()

    expect(process.exitCode).toBe(1)
    expect(stdout.join('')).toContain(
      `::error::Could not stop deployment ${ID}: Could not stop deployment ${ID} (codedeploy:StopDeployment): AccessDeniedException: not authorized to perform StopDeployment. Stop it in the AWS console`
    )
  })

  it('stops the deployment under stop-on-timeout when the main step could not see it end, even with stop-on-cancel false', async () => {
    savedState({ 'deployment-id': ID, 'stop-on-timeout': 'true' })
    setInputs({ 'stop-on-cancel': 'false', 'stop-on-timeout': 'true' })
    cd.on(GetDeploymentCommand).resolves({
      deploymentInfo: { deploymentId: ID, status: 'InProgress' }
    })
    cd.on(StopDeploymentCommand).resolves({ status: 'Pending' })

    await runPost()

    expect(cd.commandCalls(StopDeploymentCommand).map(c => c.args[0].input)).toEqual([
      { deploymentId: ID, autoRollbackEnabled: true }
    ])
    const log = stdout.join('')
    expect(log).toContain(
      `Stopping deployment ${ID} (stop-on-timeout, and the main step could not see it end), with rollback.`
    )
    expect(log).toContain(
      `::warning::Deployment ${ID} was stopped because the main step could not see it end: ${URL}`
    )
    expect(log).not.toContain('stop-on-cancel is false')
    expect(process.exitCode).toBeUndefined()
  })

  it('still asks StopDeployment, and does not fail, when GetDeployment keeps being throttled', async () => {
    savedState({ 'deployment-id': ID, 'stop-on-timeout': 'true' })
    cd.on(GetDeploymentCommand).rejects(awsError('ThrottlingException', 400, 'Rate exceeded'))
    cd.on(StopDeploymentCommand).resolves({ status: 'Pending' })

    await runPost()

    expect(cd.commandCalls(GetDeploymentCommand).map(c => c.args[0].input)).toEqual([
      { deploymentId: ID }
    ])
    expect(cd.commandCalls(StopDeploymentCommand).map(c => c.args[0].input)).toEqual([
      { deploymentId: ID, autoRollbackEnabled: true }
    ])
    const log = stdout.join('')
    expect(log).not.toContain('::error::')
    expect(log).toContain(
      `::warning::Deployment ${ID} was stopped because the main step could not see it end: ${URL}`
    )
    expect(process.exitCode).toBeUndefined()
  })

  it('says the deployment has already ended, and does not fail, when StopDeployment finds it completed', async () => {
    savedState({ 'deployment-id': ID, 'stop-on-timeout': 'true' })
    cd.on(GetDeploymentCommand).rejects(awsError('ThrottlingException', 400, 'Rate exceeded'))
    cd.on(StopDeploymentCommand).rejects(
      awsError('DeploymentAlreadyCompletedException', 400, 'The deployment is already completed')
    )

    await runPost()

    expect(cd.commandCalls(StopDeploymentCommand).map(c => c.args[0].input)).toEqual([
      { deploymentId: ID, autoRollbackEnabled: true }
    ])
    const log = stdout.join('')
    expect(log).toMatch(new RegExp(`^Deployment ${ID} has already ended\\.$`, 'm'))
    expect(log).not.toContain('::error::')
    expect(log).not.toContain('::warning::')
    expect(process.exitCode).toBeUndefined()
  })

  it('fails the post step with the input error when the inputs are bad', async () => {
    savedState({ 'deployment-id': ID })
    setInputs({ 'stop-on-cancel': 'maybe' })

    await runPost()

    expect(process.exitCode).toBe(1)
    expect(sts.calls()).toHaveLength(0)
    expect(stdout.join('')).toContain(
      `::error::Could not stop deployment ${ID}: Input 'stop-on-cancel' is 'maybe': expected true or false.`
    )
  })
})
