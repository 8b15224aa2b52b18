import { afterEach, beforeEach, expect, jest } from '@jest/globals'
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
  GetRoleCommand,
  IAMClient,
  SimulatePrincipalPolicyCommand,
  type EvaluationResult,
  type SimulatePrincipalPolicyCommandInput
} from '@aws-sdk/client-iam'
import {
  CreateMultipartUploadCommand,
  GetBucketEncryptionCommand,
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
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { readInputs, type ActionInputs } from '../../src/inputs/inputs.js'
import { runContext } from '../../src/inputs/context.js'
import {
  captureStdout,
  clearEnv,
  saveEnv,
  setInputs,
  sharedSummaryFile,
  writeServerApp
} from '../support/actions.js'
import { SOURCE_KEYS_ENV, awsError, targetRoleCredentials } from '../support/aws.js'

/**
 * A correct cross-account setup for runPreflight: a development account that signs in with keys
 * in the environment, a production account with the bucket and the deployment group. A test
 * changes only what it is about.
 */

export const DEV = '111111111111'
export const PROD = '222222222222'
export const PROD_ROLE = `arn:aws:iam::${PROD}:role/codedeploy-cross-account`
export const OIDC_ROLE = `arn:aws:iam::${DEV}:role/github-deploy`
export const DEV_ARN = `arn:aws:sts::${DEV}:assumed-role/github-deploy/GitHubActions-shop-42-1`
export const PROD_ARN = `arn:aws:sts::${PROD}:assumed-role/codedeploy-cross-account/GitHubActions-shop-42-1`
export const SUB = 'repo:octo/shop:environment:production'
export const TOKEN = `e30.${Buffer.from(JSON.stringify({ sub: SUB, aud: 'sts.amazonaws.com' })).toString('base64url')}.sig`

export const sts = mockClient(STSClient)
export const s3 = mockClient(S3Client)
export const cd = mockClient(CodeDeployClient)
export const iam = mockClient(IAMClient)

export const summaryFile = sharedSummaryFile('preflight-summary-')
const restoreEnv = saveEnv()
let dir: string
let workspace: string
let stdout: string[]

/** The test's temporary directory (RUNNER_TEMP) and the workspace inside it. */
export function paths(): { dir: string; workspace: string } {
  return { dir, workspace }
}

export function inputs(): ActionInputs {
  return readInputs(runContext(process.env))
}

export function log(): string {
  return stdout.join('')
}

/** The checklist line of one check, e.g. "❌ failed  Bucket owner: ...". */
export function line(title: string): string {
  const found = log()
    .split('\n')
    .find(l =>
      new RegExp(`^\\S+ (passed|failed|skipped|warning) +${title.replace(/[()]/g, '\\$&')}:`).test(
        l
      )
    )
  if (!found) throw new Error(`no checklist line for ${title} in:\n${log()}`)
  return found
}

export function assertNothingCreated(): void {
  expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0)
  expect(s3.commandCalls(CreateMultipartUploadCommand)).toHaveLength(0)
  expect(cd.commandCalls(RegisterApplicationRevisionCommand)).toHaveLength(0)
  expect(cd.commandCalls(CreateDeploymentCommand)).toHaveLength(0)
  expect(cd.commandCalls(StopDeploymentCommand)).toHaveLength(0)
}

/** Registers the hooks that give every test of the file the correct setup above. */
export function useCorrectSetup(): void {
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
    answerAsCorrectSetup()
  })

  afterEach(() => {
    jest.restoreAllMocks()
    restoreEnv()
    rmSync(dir, { recursive: true, force: true })
  })
}

/** The access key of the client a mocked command was sent with: whose credentials signed it. */
export async function signedWith(getClient: () => unknown): Promise<string> {
  const client = getClient() as { config: { credentials: () => Promise<{ accessKeyId: string }> } }
  return (await client.config.credentials()).accessKeyId
}

/** The account of the identity whose credentials signed a mocked command. */
async function accountOfCaller(getClient: () => unknown): Promise<string> {
  return (await signedWith(getClient)) === 'ASIAPRODUCTION' ? PROD : DEV
}

/** What the simulator answers for one action on one resource, beyond "allowed". */
export type Decide = (
  action: string,
  resource: string,
  input: SimulatePrincipalPolicyCommandInput
) => Partial<EvaluationResult> | undefined

/** Each page SimulatePrincipalPolicy was asked for, as it was asked (the SDK's paginator reuses its input). */
export const simulationPages: SimulatePrincipalPolicyCommandInput[] = []

/**
 * SimulatePrincipalPolicy as AWS answers it: one result per action and resource, allowed by the
 * role's own policy unless `decide` says otherwise, `pageSize` results a page (AWS may return
 * fewer than MaxItems), the next page named by Marker.
 */
export function answerSimulation(decide: Decide = () => undefined, pageSize = 100): void {
  iam
    .on(SimulatePrincipalPolicyCommand)
    .callsFake(async (input: SimulatePrincipalPolicyCommandInput) => {
      simulationPages.push({ ...input })
      const results: EvaluationResult[] = (input.ActionNames ?? []).flatMap(action =>
        (input.ResourceArns ?? ['*']).map(resource => ({
          EvalActionName: action,
          EvalResourceName: resource,
          EvalDecision: 'allowed',
          MatchedStatements: [{ SourcePolicyId: 'deploy', SourcePolicyType: 'role' }],
          ...decide(action, resource, input)
        }))
      )
      const start = Number(input.Marker ?? 0)
      const more = start + pageSize < results.length
      return {
        EvaluationResults: results.slice(start, start + pageSize),
        IsTruncated: more,
        Marker: more ? String(start + pageSize) : undefined
      }
    })
}

/** The SimulatePrincipalPolicy requests of the run, in order: the first page of each. */
export function simulationRequests(): SimulatePrincipalPolicyCommandInput[] {
  return iam
    .commandCalls(SimulatePrincipalPolicyCommand)
    .map(call => call.args[0].input)
    .filter(input => input.Marker === undefined)
}

function answerAsCorrectSetup(): void {
  sts.reset()
  s3.reset()
  cd.reset()
  iam.reset()
  simulationPages.length = 0
  // Roles without a path, in the account of the credentials that ask.
  iam.on(GetRoleCommand).callsFake(async ({ RoleName }, getClient) => {
    const account = await accountOfCaller(getClient)
    return {
      Role: {
        Path: '/',
        RoleName,
        RoleId: 'AROAEXAMPLE',
        Arn: `arn:aws:iam::${account}:role/${RoleName}`,
        CreateDate: new Date(0)
      }
    }
  })
  answerSimulation()
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
  sts
    .on(GetCallerIdentityCommand)
    .callsFake(async (_input, getClient) =>
      (await accountOfCaller(getClient)) === PROD
        ? { Account: PROD, Arn: PROD_ARN }
        : { Account: DEV, Arn: DEV_ARN }
    )
  s3.on(HeadBucketCommand).resolves({ BucketRegion: 'eu-west-1' })
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
}
