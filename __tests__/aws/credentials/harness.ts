/**
 * STS as the credentials tests see it: it answers like AWS, for whoever signs, and tells who
 * signed. Not a test file (jest collects `*.test.ts`).
 */
import { afterEach, beforeEach, expect, jest } from '@jest/globals'
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
  type Credentials
} from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import { mockClient } from 'aws-sdk-client-mock'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import type { CredentialDeps, CredentialOptions } from '../../../src/aws/credentials/types.js'
import { CredentialsError } from '../../../src/common/errors.js'
import { captureStdout, clearEnv, saveEnv } from '../../support/actions.js'
import { stsException } from '../../support/aws.js'
import { recordingLog, type RecordingLog } from '../../support/log.js'

export const OIDC_ROLE = 'arn:aws:iam::111111111111:role/github-oidc'
export const TARGET_ROLE = 'arn:aws:iam::222222222222:role/codedeploy-deployer'
export const SESSION = 'GitHubActions-shop-api-42-1'
export const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm8vcjpyZWY6cmVmcy9oZWFkcy9tYWluIn0.sig'
export const FAR_FUTURE = new Date('2099-01-01T00:00:00Z')

export const WEB: Credentials = {
  AccessKeyId: 'ASIAWEBIDENTITY00001',
  SecretAccessKey: 'webSecretKey/abc+0001',
  SessionToken: 'webSessionToken//0001==',
  Expiration: FAR_FUTURE
}
export const TARGET: Credentials = {
  AccessKeyId: 'ASIATARGETROLE000001',
  SecretAccessKey: 'targetSecretKey/abc+0001',
  SessionToken: 'targetSessionToken//0001==',
  Expiration: FAR_FUTURE
}
export const ENV_KEYS = {
  AWS_ACCESS_KEY_ID: 'ASIAENVIRONMENT00001',
  AWS_SECRET_ACCESS_KEY: 'envSecretKey/abc+0001',
  AWS_SESSION_TOKEN: 'envSessionToken//0001=='
}
export const INI_KEYS = {
  accessKeyId: 'AKIAINIFILE000000001',
  secretAccessKey: 'iniSecretKey/abc+0001'
}

/** GetCallerIdentity answers according to the credentials the request is signed with. */
export const IDENTITIES: Record<string, { Account: string; Arn: string; UserId: string }> = {
  [WEB.AccessKeyId as string]: {
    Account: '111111111111',
    Arn: `arn:aws:sts::111111111111:assumed-role/github-oidc/${SESSION}`,
    UserId: 'AROAWEB:session'
  },
  [TARGET.AccessKeyId as string]: {
    Account: '222222222222',
    Arn: `arn:aws:sts::222222222222:assumed-role/codedeploy-deployer/${SESSION}`,
    UserId: 'AROATARGET:session'
  },
  [ENV_KEYS.AWS_ACCESS_KEY_ID]: {
    Account: '111111111111',
    Arn: 'arn:aws:iam::111111111111:user/ci',
    UserId: 'AIDAENV'
  },
  [INI_KEYS.accessKeyId]: {
    Account: '111111111111',
    Arn: 'arn:aws:iam::111111111111:user/from-ini',
    UserId: 'AIDAINI'
  }
}

export const sts = mockClient(STSClient)
const restoreEnv = saveEnv()
let stdout: string[]
let log: RecordingLog
let tmp: string

/** What the step wrote to its output (the masks, here). */
export function printed(): string[] {
  return stdout
}

/** What resolveCredentials logged. */
export function logged(): RecordingLog {
  return log
}

/** A directory of the test's own, deleted after it. */
export function tmpDir(): string {
  return tmp
}

/** The credentials a client signs with (resolving them, as the SDK's signer does). */
export async function signingCredentials(client: unknown): Promise<AwsCredentialIdentity> {
  return (client as STSClient).config.credentials()
}

/** Sets the default behaviour: STS answers like AWS, for whoever signs. */
function mockSts(): void {
  sts.on(AssumeRoleWithWebIdentityCommand).resolves({ Credentials: WEB })
  sts.on(AssumeRoleCommand).callsFake(async (_input, getClient) => {
    const client = getClient()
    await signingCredentials(client)
    return { Credentials: TARGET }
  })
  sts.on(GetCallerIdentityCommand).callsFake(async (_input, getClient) => {
    const client = getClient()
    const c = await signingCredentials(client)
    const identity = IDENTITIES[c.accessKeyId]
    if (!identity) throw stsException('InvalidClientTokenId', 403, 'The security token is invalid.')
    return identity
  })
}

export function options(overrides: Partial<CredentialOptions> = {}): CredentialOptions {
  return {
    roleToAssume: TARGET_ROLE,
    roleSessionName: SESSION,
    roleDurationSeconds: 3600,
    audience: 'sts.amazonaws.com',
    ...overrides
  }
}

export const getIdToken = jest.fn<(audience: string) => Promise<string>>()

export function deps(
  env: NodeJS.ProcessEnv,
  overrides: Partial<CredentialDeps> = {}
): CredentialDeps {
  return {
    sts: (credentials?: AwsCredentialIdentityProvider) =>
      new STSClient({ region: 'us-east-1', credentials }),
    getIdToken,
    env,
    log,
    ...overrides
  }
}

export function masked(value: string | undefined): boolean {
  return stdout.some(line => line === `::add-mask::${value}\n`)
}

export function expectMasked(c: Credentials): void {
  expect(masked(c.AccessKeyId)).toBe(true)
  expect(masked(c.SecretAccessKey)).toBe(true)
  expect(masked(c.SessionToken)).toBe(true)
}

export async function credentialsError(promise: Promise<unknown>): Promise<CredentialsError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(CredentialsError)
  return err as CredentialsError
}

/** STS as AWS answers, a clean environment, and the step's output captured, for each test. */
export function useStsAsAws(): void {
  beforeEach(() => {
    sts.reset()
    mockSts()
    getIdToken.mockReset()
    getIdToken.mockResolvedValue(TOKEN)
    tmp = mkdtempSync(path.join(os.tmpdir(), 'credentials-test-'))
    clearEnv('AWS_', 'ACTIONS_', 'GITHUB_')
    process.env.GITHUB_ENV = path.join(tmp, 'github_env')
    writeFileSync(process.env.GITHUB_ENV, '')
    stdout = captureStdout()
    log = recordingLog()
  })

  afterEach(() => {
    jest.restoreAllMocks()
    restoreEnv()
    rmSync(tmp, { recursive: true, force: true })
  })
}
