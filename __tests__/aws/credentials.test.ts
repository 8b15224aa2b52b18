import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  ExpiredTokenException,
  GetCallerIdentityCommand,
  InvalidIdentityTokenException,
  STSClient,
  type Credentials
} from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import { mockClient } from 'aws-sdk-client-mock'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import {
  chooseSource,
  refreshing,
  resolveCredentials,
  type CredentialDeps,
  type CredentialOptions
} from '../../src/aws/credentials.js'
import { CredentialsError } from '../../src/common/errors.js'
import { captureStdout, clearEnv, saveEnv } from '../support/actions.js'
import { stsException } from '../support/aws.js'

const OIDC_ROLE = 'arn:aws:iam::111111111111:role/github-oidc'
const TARGET_ROLE = 'arn:aws:iam::222222222222:role/codedeploy-deployer'
const SESSION = 'GitHubActions-shop-api-42-1'
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm8vcjpyZWY6cmVmcy9oZWFkcy9tYWluIn0.sig'
const FAR_FUTURE = new Date('2099-01-01T00:00:00Z')

const WEB: Credentials = {
  AccessKeyId: 'ASIAWEBIDENTITY00001',
  SecretAccessKey: 'webSecretKey/abc+0001',
  SessionToken: 'webSessionToken//0001==',
  Expiration: FAR_FUTURE
}
const TARGET: Credentials = {
  AccessKeyId: 'ASIATARGETROLE000001',
  SecretAccessKey: 'targetSecretKey/abc+0001',
  SessionToken: 'targetSessionToken//0001==',
  Expiration: FAR_FUTURE
}
const ENV_KEYS = {
  AWS_ACCESS_KEY_ID: 'ASIAENVIRONMENT00001',
  AWS_SECRET_ACCESS_KEY: 'envSecretKey/abc+0001',
  AWS_SESSION_TOKEN: 'envSessionToken//0001=='
}
const INI_KEYS = { accessKeyId: 'AKIAINIFILE000000001', secretAccessKey: 'iniSecretKey/abc+0001' }

/** GetCallerIdentity answers according to the credentials the request is signed with. */
const IDENTITIES: Record<string, { Account: string; Arn: string; UserId: string }> = {
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

const sts = mockClient(STSClient)
const restoreEnv = saveEnv()
let stdout: string[]
let tmp: string

/** The credentials a client signs with (resolving them, as the SDK's signer does). */
async function signingCredentials(client: unknown): Promise<AwsCredentialIdentity> {
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

function options(overrides: Partial<CredentialOptions> = {}): CredentialOptions {
  return {
    roleToAssume: TARGET_ROLE,
    roleSessionName: SESSION,
    roleDurationSeconds: 3600,
    audience: 'sts.amazonaws.com',
    ...overrides
  }
}

const getIdToken = jest.fn<(audience: string) => Promise<string>>()

function deps(env: NodeJS.ProcessEnv, overrides: Partial<CredentialDeps> = {}): CredentialDeps {
  return {
    sts: (credentials?: AwsCredentialIdentityProvider) =>
      new STSClient({ region: 'us-east-1', credentials }),
    getIdToken,
    env,
    ...overrides
  }
}

function masked(value: string | undefined): boolean {
  return stdout.some(line => line === `::add-mask::${value}\n`)
}

function expectMasked(c: Credentials): void {
  expect(masked(c.AccessKeyId)).toBe(true)
  expect(masked(c.SecretAccessKey)).toBe(true)
  expect(masked(c.SessionToken)).toBe(true)
}

async function credentialsError(promise: Promise<unknown>): Promise<CredentialsError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(CredentialsError)
  return err as CredentialsError
}

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
})

afterEach(() => {
  jest.restoreAllMocks()
  restoreEnv()
  rmSync(tmp, { recursive: true, force: true })
})

describe('chooseSource', () => {
  it.each([
    [
      'oidc-role when oidc-role-arn is set, even with keys in the environment',
      { oidcRoleArn: OIDC_ROLE },
      { ...ENV_KEYS, ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token' },
      'oidc-role'
    ],
    ['environment when both keys are exported', {}, { ...ENV_KEYS }, 'environment'],
    [
      'environment before OIDC when keys are exported',
      {},
      { ...ENV_KEYS, ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token' },
      'environment'
    ],
    [
      'oidc-direct with no keys, a role to assume and the token endpoint',
      {},
      { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token' },
      'oidc-direct'
    ],
    [
      'oidc-direct when only the access key ID is exported',
      {},
      { AWS_ACCESS_KEY_ID: 'AKIA', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token' },
      'oidc-direct'
    ],
    [
      'default-chain with the token endpoint but no role to assume',
      { roleToAssume: undefined },
      { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token' },
      'default-chain'
    ],
    ['default-chain without the token endpoint', {}, {}, 'default-chain']
  ])('chooses %s', (_why, overrides, env, expected) => {
    expect(chooseSource(options(overrides), env)).toBe(expected)
  })
})

describe('resolveCredentials: oidc-role', () => {
  it('exchanges the OIDC token for oidc-role-arn, then assumes role-to-assume from it', async () => {
    const resolved = await resolveCredentials(
      options({ oidcRoleArn: OIDC_ROLE, roleExternalId: 'ext-123' }),
      deps({})
    )

    expect(getIdToken).toHaveBeenCalledTimes(1)
    expect(getIdToken).toHaveBeenCalledWith('sts.amazonaws.com')
    const web = sts.commandCalls(AssumeRoleWithWebIdentityCommand)
    expect(web).toHaveLength(1)
    expect(web[0].args[0].input).toEqual({
      RoleArn: OIDC_ROLE,
      RoleSessionName: SESSION,
      WebIdentityToken: TOKEN,
      DurationSeconds: 3600
    })
    const assume = sts.commandCalls(AssumeRoleCommand)
    expect(assume).toHaveLength(1)
    expect(assume[0].args[0].input).toEqual({
      RoleArn: TARGET_ROLE,
      RoleSessionName: SESSION,
      ExternalId: 'ext-123',
      DurationSeconds: 3600
    })
    // AssumeRole is signed with the web-identity session, GetCallerIdentity with the target one.
    expect(await signingCredentials(assume[0].thisValue)).toMatchObject({
      accessKeyId: WEB.AccessKeyId
    })
    const whoami = sts.commandCalls(GetCallerIdentityCommand)
    expect(whoami).toHaveLength(1)
    expect(whoami[0].args[0].input).toEqual({})
    expect(await signingCredentials(whoami[0].thisValue)).toMatchObject({
      accessKeyId: TARGET.AccessKeyId
    })

    expect(resolved.sourceKind).toBe('oidc-role')
    expect(resolved.targetAccountId).toBe('222222222222')
    expect(resolved.targetArn).toBe(IDENTITIES[TARGET.AccessKeyId as string].Arn)
    expect(await resolved.source()).toEqual({
      accessKeyId: WEB.AccessKeyId,
      secretAccessKey: WEB.SecretAccessKey,
      sessionToken: WEB.SessionToken,
      expiration: FAR_FUTURE
    })
    expect(await resolved.target()).toEqual({
      accessKeyId: TARGET.AccessKeyId,
      secretAccessKey: TARGET.SecretAccessKey,
      sessionToken: TARGET.SessionToken,
      expiration: FAR_FUTURE
    })
  })

  it('masks every secret of both sessions', async () => {
    await resolveCredentials(options({ oidcRoleArn: OIDC_ROLE }), deps({}))
    expectMasked(WEB)
    expectMasked(TARGET)
  })

  it('never exports the credentials to the job environment', async () => {
    const before = { ...process.env }
    await resolveCredentials(options({ oidcRoleArn: OIDC_ROLE }), deps({}))
    expect(process.env).toEqual(before)
    expect(readFileSync(process.env.GITHUB_ENV as string, 'utf8')).toBe('')
    expect(stdout.join('')).not.toContain('set-env')
  })

  it('uses the audience input for the OIDC token', async () => {
    await resolveCredentials(options({ oidcRoleArn: OIDC_ROLE, audience: 'my-audience' }), deps({}))
    expect(getIdToken).toHaveBeenCalledWith('my-audience')
  })

  it('caps role-duration-seconds at 3600 for the chained role, with a notice', async () => {
    await resolveCredentials(
      options({ oidcRoleArn: OIDC_ROLE, roleDurationSeconds: 7200 }),
      deps({})
    )
    expect(sts.commandCalls(AssumeRoleCommand)[0].args[0].input.DurationSeconds).toBe(3600)
    expect(
      sts.commandCalls(AssumeRoleWithWebIdentityCommand)[0].args[0].input.DurationSeconds
    ).toBe(3600)
    const notices = stdout.filter(line => line.startsWith('::notice::'))
    expect(notices).toEqual([
      '::notice::role-duration-seconds is 7200, but AWS caps sessions assumed by role chaining at 3600 seconds; using 3600. Credentials are refreshed before they expire.\n'
    ])
  })

  it('gives no notice when the duration is within the cap', async () => {
    await resolveCredentials(
      options({ oidcRoleArn: OIDC_ROLE, roleDurationSeconds: 900 }),
      deps({})
    )
    expect(sts.commandCalls(AssumeRoleCommand)[0].args[0].input.DurationSeconds).toBe(900)
    expect(stdout.filter(line => line.startsWith('::notice::'))).toEqual([])
  })

  it('deploys with the OIDC role itself when there is no role to assume', async () => {
    const resolved = await resolveCredentials(
      options({ oidcRoleArn: OIDC_ROLE, roleToAssume: undefined }),
      deps({})
    )
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(0)
    expect(resolved.targetAccountId).toBe('111111111111')
    expect(resolved.target).toBe(resolved.source)
  })

  it('explains a missing id-token permission when the token cannot be had', async () => {
    getIdToken.mockRejectedValue(
      new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable')
    )
    const err = await credentialsError(
      resolveCredentials(options({ oidcRoleArn: OIDC_ROLE }), deps({}))
    )
    expect(err.message).toBe(
      "Could not get the GitHub OIDC token: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable. Check that the job has 'permissions: id-token: write'."
    )
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(0)
  })

  it('points to the OIDC identity provider on InvalidIdentityToken', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).rejects(
      new InvalidIdentityTokenException({
        $metadata: { httpStatusCode: 400 },
        message:
          'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com'
      })
    )
    const err = await credentialsError(
      resolveCredentials(options({ oidcRoleArn: OIDC_ROLE }), deps({}))
    )
    expect(err.message).not.toContain('\n')
    expect(err.message).toContain(
      `Could not assume ${OIDC_ROLE} with the GitHub OIDC token (AssumeRoleWithWebIdentity): InvalidIdentityTokenException: No OpenIDConnect provider found`
    )
    expect(err.message).toContain(
      "account 111111111111 must have an IAM OIDC identity provider for token.actions.githubusercontent.com with audience 'sts.amazonaws.com'"
    )
  })

  it('points to the trust policy conditions on AccessDenied', async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(
        stsException('AccessDenied', 403, 'Not authorized to perform sts:AssumeRoleWithWebIdentity')
      )
    const err = await credentialsError(
      resolveCredentials(options({ oidcRoleArn: OIDC_ROLE, audience: 'aud-x' }), deps({}))
    )
    expect(err.message).toContain(
      'AssumeRoleWithWebIdentity): AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity'
    )
    expect(err.message).toContain(
      `the trust policy of ${OIDC_ROLE} must allow sts:AssumeRoleWithWebIdentity for the GitHub OIDC provider of account 111111111111, with 'token.actions.githubusercontent.com:aud' = 'aud-x' and a 'sub' condition`
    )
  })

  it('says to re-run on an expired token', async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(new ExpiredTokenException({ $metadata: {}, message: 'Token expired' }))
    const err = await credentialsError(
      resolveCredentials(options({ oidcRoleArn: OIDC_ROLE }), deps({}))
    )
    expect(err.message).toContain(
      'the GitHub OIDC token expired before it was used; re-run the job'
    )
  })

  it('names the audience and the token subject when the provider rejects a claim', async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(stsException('IDPRejectedClaim', 400, 'Incorrect token audience'))
    const err = await credentialsError(
      resolveCredentials(options({ oidcRoleArn: OIDC_ROLE }), deps({}))
    )
    expect(err.message).toBe(
      `Could not assume ${OIDC_ROLE} with the GitHub OIDC token (AssumeRoleWithWebIdentity): IDPRejectedClaim: Incorrect token audience. Check: the GitHub OIDC identity provider of account 111111111111 must list 'sts.amazonaws.com' (the audience input) among its audiences; this job's token has sub 'repo:o/r:ref:refs/heads/main'.`
    )
  })

  it('gives a generic hint for other web identity errors', async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(stsException('MalformedPolicyDocument', 400, 'bad session policy'))
    const err = await credentialsError(
      resolveCredentials(options({ oidcRoleArn: OIDC_ROLE }), deps({}))
    )
    expect(err.message).toContain(`MalformedPolicyDocument: bad session policy.`)
    expect(err.message).toContain(
      `Check: check that ${OIDC_ROLE} exists and trusts GitHub's OIDC provider.`
    )
  })

  it('fails clearly when STS returns no credentials', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).resolves({})
    const err = await credentialsError(
      resolveCredentials(options({ oidcRoleArn: OIDC_ROLE }), deps({}))
    )
    expect(err.message).toBe(`STS returned no credentials for ${OIDC_ROLE}.`)
  })

  it('names the source identity and the trust policy when AssumeRole is denied', async () => {
    sts
      .on(AssumeRoleCommand)
      .rejects(
        stsException(
          'AccessDenied',
          403,
          `User: ${IDENTITIES[WEB.AccessKeyId as string].Arn} is not authorized to perform: sts:AssumeRole on resource: ${TARGET_ROLE}`
        )
      )
    const err = await credentialsError(
      resolveCredentials(options({ oidcRoleArn: OIDC_ROLE }), deps({}))
    )
    const source = IDENTITIES[WEB.AccessKeyId as string].Arn
    expect(err.message).not.toContain('\n')
    expect(err.message).toContain(
      `Could not assume ${TARGET_ROLE} from ${source} (AssumeRole): AccessDenied: User: ${source} is not authorized`
    )
    expect(err.message).toContain(
      `the trust policy of ${TARGET_ROLE} (in account 222222222222) must allow sts:AssumeRole for ${source}`
    )
    expect(err.message).toContain(
      "if the trust policy has an 'sts:ExternalId' condition, set the role-external-id input"
    )
    expect(err.message).toContain(
      `the source identity's own policy must allow sts:AssumeRole on ${TARGET_ROLE}`
    )
    // The source identity was read with the source (web identity) credentials.
    const signers = await Promise.all(
      sts.commandCalls(GetCallerIdentityCommand).map(call =>
        signingCredentials(call.thisValue).then(
          c => c.accessKeyId,
          () => 'failed'
        )
      )
    )
    expect(signers).toContain(WEB.AccessKeyId)
  })

  it('says the external ID must match when one is set and AssumeRole is denied', async () => {
    sts.on(AssumeRoleCommand).rejects(stsException('AccessDenied', 403, 'not authorized'))
    const err = await credentialsError(
      resolveCredentials(options({ oidcRoleArn: OIDC_ROLE, roleExternalId: 'ext-1' }), deps({}))
    )
    expect(err.message).toContain(
      "and the 'sts:ExternalId' condition must equal the role-external-id input"
    )
    expect(sts.commandCalls(AssumeRoleCommand)[0].args[0].input.ExternalId).toBe('ext-1')
  })

  it('falls back to "the source credentials" when the source identity cannot be read', async () => {
    sts.on(AssumeRoleCommand).rejects(stsException('AccessDenied', 403, 'not authorized'))
    sts.on(GetCallerIdentityCommand).callsFake(async (_input, getClient) => {
      const client = getClient()
      await signingCredentials(client)
      throw stsException('AccessDenied', 403, 'not allowed to call GetCallerIdentity')
    })
    const err = await credentialsError(
      resolveCredentials(options({ oidcRoleArn: OIDC_ROLE }), deps({}))
    )
    expect(err.message).toContain(`Could not assume ${TARGET_ROLE} from the source credentials`)
  })

  it('says when the assumed role is in another account than role-to-assume', async () => {
    sts.on(GetCallerIdentityCommand).resolves({
      Account: '333333333333',
      Arn: 'arn:aws:sts::333333333333:assumed-role/codedeploy-deployer/s'
    })
    const err = await credentialsError(
      resolveCredentials(options({ oidcRoleArn: OIDC_ROLE }), deps({}))
    )
    expect(err.message).toBe(
      `The assumed identity arn:aws:sts::333333333333:assumed-role/codedeploy-deployer/s is in account 333333333333, not in account 222222222222 of role-to-assume ${TARGET_ROLE}.`
    )
  })

  it('wraps a failing GetCallerIdentity', async () => {
    sts
      .on(GetCallerIdentityCommand)
      .rejects(stsException('RegionDisabledException', 403, 'STS is not activated in this region'))
    const err = await credentialsError(
      resolveCredentials(options({ oidcRoleArn: OIDC_ROLE }), deps({}))
    )
    expect(err.message).toBe(
      'Could not confirm the target identity (GetCallerIdentity): RegionDisabledException: STS is not activated in this region.'
    )
  })
})

describe('resolveCredentials: environment', () => {
  it('assumes role-to-assume with the exported keys, without capping the duration', async () => {
    const resolved = await resolveCredentials(
      options({ roleDurationSeconds: 7200 }),
      deps({ ...ENV_KEYS })
    )
    expect(resolved.sourceKind).toBe('environment')
    expect(getIdToken).not.toHaveBeenCalled()
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(0)
    const assume = sts.commandCalls(AssumeRoleCommand)
    expect(assume).toHaveLength(1)
    expect(assume[0].args[0].input).toEqual({
      RoleArn: TARGET_ROLE,
      RoleSessionName: SESSION,
      ExternalId: undefined,
      DurationSeconds: 7200
    })
    expect(await signingCredentials(assume[0].thisValue)).toMatchObject({
      accessKeyId: ENV_KEYS.AWS_ACCESS_KEY_ID,
      secretAccessKey: ENV_KEYS.AWS_SECRET_ACCESS_KEY,
      sessionToken: ENV_KEYS.AWS_SESSION_TOKEN
    })
    expect(resolved.targetAccountId).toBe('222222222222')
    expect(stdout.filter(line => line.startsWith('::notice::'))).toEqual([])
  })

  it('masks the exported keys and the assumed session', async () => {
    await resolveCredentials(options(), deps({ ...ENV_KEYS }))
    expectMasked({
      AccessKeyId: ENV_KEYS.AWS_ACCESS_KEY_ID,
      SecretAccessKey: ENV_KEYS.AWS_SECRET_ACCESS_KEY,
      SessionToken: ENV_KEYS.AWS_SESSION_TOKEN,
      Expiration: undefined
    })
    expectMasked(TARGET)
  })

  it('treats an empty AWS_SESSION_TOKEN as none', async () => {
    const resolved = await resolveCredentials(
      options({ roleToAssume: undefined }),
      deps({ ...ENV_KEYS, AWS_SESSION_TOKEN: '' })
    )
    expect((await resolved.source()).sessionToken).toBeUndefined()
    expect(resolved.targetArn).toBe('arn:aws:iam::111111111111:user/ci')
  })

  it('retries with 3600 seconds when the keys are a role session (role chaining)', async () => {
    let calls = 0
    sts.on(AssumeRoleCommand).callsFake(async () => {
      if (++calls === 1) {
        throw stsException(
          'ValidationError',
          400,
          'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.'
        )
      }
      return { Credentials: TARGET }
    })
    const resolved = await resolveCredentials(
      options({ roleDurationSeconds: 7200 }),
      deps({ ...ENV_KEYS })
    )
    const durations = sts
      .commandCalls(AssumeRoleCommand)
      .map(call => call.args[0].input.DurationSeconds)
    expect(durations).toEqual([7200, 3600])
    expect(stdout.filter(line => line.startsWith('::notice::'))).toEqual([
      '::notice::AWS caps sessions assumed by role chaining at 3600 seconds; using 3600.\n'
    ])
    expect(resolved.targetAccountId).toBe('222222222222')
  })

  it('does not retry other validation errors, and names the duration input', async () => {
    sts
      .on(AssumeRoleCommand)
      .rejects(
        stsException(
          'ValidationError',
          400,
          'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.'
        )
      )
    const err = await credentialsError(
      resolveCredentials(options({ roleDurationSeconds: 7200 }), deps({ ...ENV_KEYS }))
    )
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(1)
    expect(err.message).toContain(
      'from arn:aws:iam::111111111111:user/ci (AssumeRole): ValidationError: The requested DurationSeconds exceeds the MaxSessionDuration'
    )
    expect(err.message).toContain(
      'the role-duration-seconds input must not exceed the maximum session duration of the role'
    )
  })

  it('says the source credentials are invalid on InvalidClientTokenId', async () => {
    sts
      .on(AssumeRoleCommand)
      .rejects(
        stsException(
          'InvalidClientTokenId',
          403,
          'The security token included in the request is invalid.'
        )
      )
    const err = await credentialsError(resolveCredentials(options(), deps({ ...ENV_KEYS })))
    expect(err.message).toContain(
      'the source credentials are invalid or expired; check the step that provided them'
    )
  })

  it('says to check the role exists for other errors', async () => {
    sts.on(AssumeRoleCommand).rejects(stsException('MalformedPolicyDocument', 400, 'bad policy'))
    const err = await credentialsError(resolveCredentials(options(), deps({ ...ENV_KEYS })))
    expect(err.message).toContain(`Check: check that ${TARGET_ROLE} exists.`)
  })
})

describe('resolveCredentials: oidc-direct', () => {
  const env = {
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't'
  }

  it('assumes role-to-assume directly with the OIDC token, for the full duration', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).resolves({ Credentials: TARGET })
    const resolved = await resolveCredentials(options({ roleDurationSeconds: 7200 }), deps(env))
    expect(resolved.sourceKind).toBe('oidc-direct')
    const web = sts.commandCalls(AssumeRoleWithWebIdentityCommand)
    expect(web).toHaveLength(1)
    expect(web[0].args[0].input).toEqual({
      RoleArn: TARGET_ROLE,
      RoleSessionName: SESSION,
      WebIdentityToken: TOKEN,
      DurationSeconds: 7200
    })
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(0)
    expect(resolved.target).toBe(resolved.source)
    expect(resolved.targetAccountId).toBe('222222222222')
    expect(stdout.filter(line => line.startsWith('::notice::'))).toEqual([])
    expectMasked(TARGET)
  })

  it('names role-to-assume when the web identity exchange fails', async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(stsException('AccessDenied', 403, 'Not authorized'))
    const err = await credentialsError(resolveCredentials(options(), deps(env)))
    expect(err.message).toContain(`Could not assume ${TARGET_ROLE} with the GitHub OIDC token`)
    expect(err.message).toContain('for the GitHub OIDC provider of account 222222222222')
  })
})

describe('resolveCredentials: default-chain', () => {
  let connect: ReturnType<typeof jest.spyOn>

  beforeEach(() => {
    process.env.HOME = tmp
    process.env.USERPROFILE = tmp
    process.env.AWS_EC2_METADATA_DISABLED = 'true'
    process.env.AWS_CONFIG_FILE = path.join(tmp, 'config')
    process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(tmp, 'credentials')
    writeFileSync(process.env.AWS_CONFIG_FILE, '')
    connect = jest.spyOn(net.Socket.prototype, 'connect').mockImplementation(() => {
      throw new Error('unit tests must not open network connections')
    })
  })

  it('uses the SDK chain (here a shared credentials file) as the source', async () => {
    writeFileSync(
      process.env.AWS_SHARED_CREDENTIALS_FILE as string,
      `[default]\naws_access_key_id = ${INI_KEYS.accessKeyId}\naws_secret_access_key = ${INI_KEYS.secretAccessKey}\n`
    )
    const resolved = await resolveCredentials(options(), deps(process.env))
    expect(resolved.sourceKind).toBe('default-chain')
    expect(getIdToken).not.toHaveBeenCalled()
    expect(await resolved.source()).toMatchObject(INI_KEYS)
    const assume = sts.commandCalls(AssumeRoleCommand)
    expect(assume).toHaveLength(1)
    expect(assume[0].args[0].input).toEqual({
      RoleArn: TARGET_ROLE,
      RoleSessionName: SESSION,
      ExternalId: undefined,
      DurationSeconds: 3600
    })
    expect(await signingCredentials(assume[0].thisValue)).toMatchObject(INI_KEYS)
    expect(resolved.targetAccountId).toBe('222222222222')
    expect(connect).not.toHaveBeenCalled()
  })

  it('masks the credentials the chain found', async () => {
    writeFileSync(
      process.env.AWS_SHARED_CREDENTIALS_FILE as string,
      `[default]\naws_access_key_id = ${INI_KEYS.accessKeyId}\naws_secret_access_key = ${INI_KEYS.secretAccessKey}\n`
    )
    const resolved = await resolveCredentials(options(), deps(process.env))
    await resolved.source()
    expect(masked(INI_KEYS.accessKeyId)).toBe(true)
    expect(masked(INI_KEYS.secretAccessKey)).toBe(true)
    expect(connect).not.toHaveBeenCalled()
  })

  it('explains how to provide credentials when the chain finds none', async () => {
    const err = await credentialsError(
      resolveCredentials(options({ roleToAssume: undefined }), deps(process.env))
    )
    expect(err.message).not.toContain('\n')
    expect(err.message).toMatch(/^No AWS credentials found: .+/)
    expect(err.message).toContain("Set 'oidc-role-arn' (with 'permissions: id-token: write')")
    expect(err.message).toContain('aws-actions/configure-aws-credentials')
    // The instance metadata service (169.254.169.254) was never asked.
    expect(connect).not.toHaveBeenCalled()
  })
})

describe('refreshing', () => {
  const T0 = Date.UTC(2030, 0, 1)
  const HOUR = 3600_000
  const MARGIN = 300_000

  function session(n: number, expiresAt?: number): AwsCredentialIdentity {
    return {
      accessKeyId: `ASIA${n}`,
      secretAccessKey: `secret${n}`,
      sessionToken: `token${n}`,
      expiration: expiresAt === undefined ? undefined : new Date(expiresAt)
    }
  }

  it('fetches once, and again only when the margin before expiry is reached', async () => {
    let clock = T0
    let n = 0
    const fetch = jest.fn(async () => session(++n, clock + HOUR))
    const onRefresh = jest.fn()
    const provider = refreshing(fetch, MARGIN, () => clock, onRefresh)

    expect(await provider()).toMatchObject({ accessKeyId: 'ASIA1' })
    clock = T0 + HOUR - MARGIN - 1
    expect(await provider()).toMatchObject({ accessKeyId: 'ASIA1' })
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(onRefresh).not.toHaveBeenCalled()

    clock = T0 + HOUR - MARGIN
    expect(await provider()).toMatchObject({ accessKeyId: 'ASIA2' })
    expect(fetch).toHaveBeenCalledTimes(2)
    expect(onRefresh).toHaveBeenCalledTimes(1)
    expect(onRefresh).toHaveBeenCalledWith(expect.objectContaining({ accessKeyId: 'ASIA2' }))

    expect(await provider()).toMatchObject({ accessKeyId: 'ASIA2' })
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('refreshes a session shorter than four margins when a quarter of it is left', async () => {
    let clock = T0
    let n = 0
    const lifetime = 15 * 60_000
    const fetch = jest.fn(async () => session(++n, clock + lifetime))
    const provider = refreshing(fetch, MARGIN, () => clock)
    await provider()
    clock = T0 + lifetime - lifetime / 4 - 1
    expect(await provider()).toMatchObject({ accessKeyId: 'ASIA1' })
    clock = T0 + lifetime - lifetime / 4
    expect(await provider()).toMatchObject({ accessKeyId: 'ASIA2' })
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('keeps credentials without an expiry', async () => {
    let clock = T0
    const fetch = jest.fn(async () => session(1))
    const provider = refreshing(fetch, MARGIN, () => clock)
    await provider()
    clock = T0 + 100 * HOUR
    await provider()
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('shares one fetch among concurrent callers', async () => {
    let release: (c: AwsCredentialIdentity) => void = () => {}
    const fetch = jest.fn(() => new Promise<AwsCredentialIdentity>(resolve => (release = resolve)))
    const provider = refreshing(fetch, MARGIN, () => T0)
    const callers = [provider(), provider(), provider()]
    release(session(1, T0 + HOUR))
    const results = await Promise.all(callers)
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(results[1]).toBe(results[0])
    expect(results[2]).toBe(results[0])
  })

  it('shares one refresh among concurrent callers after expiry', async () => {
    let clock = T0
    let n = 0
    const fetch = jest.fn(async () => session(++n, clock + HOUR))
    const provider = refreshing(fetch, MARGIN, () => clock)
    await provider()
    clock = T0 + HOUR
    const results = await Promise.all([provider(), provider(), provider()])
    expect(fetch).toHaveBeenCalledTimes(2)
    expect(results.map(r => r.accessKeyId)).toEqual(['ASIA2', 'ASIA2', 'ASIA2'])
  })

  it('tries again on the next call after a failed fetch', async () => {
    const fetch = jest
      .fn<() => Promise<AwsCredentialIdentity>>()
      .mockRejectedValueOnce(new Error('throttled'))
      .mockResolvedValueOnce(session(1, T0 + HOUR))
    const provider = refreshing(fetch, MARGIN, () => T0)
    await expect(provider()).rejects.toThrow('throttled')
    expect(await provider()).toMatchObject({ accessKeyId: 'ASIA1' })
    expect(fetch).toHaveBeenCalledTimes(2)
  })
})

describe('resolveCredentials: refreshing the chain', () => {
  const T0 = Date.UTC(2030, 0, 1)
  const HOUR = 3600_000

  it('assumes role-to-assume again shortly before the session expires, not before', async () => {
    let clock = T0
    let n = 0
    sts.on(AssumeRoleCommand).callsFake(async () => ({
      Credentials: {
        ...TARGET,
        AccessKeyId: `${TARGET.AccessKeyId}${++n}`,
        Expiration: new Date(clock + HOUR)
      }
    }))
    sts.on(GetCallerIdentityCommand).resolves(IDENTITIES[TARGET.AccessKeyId as string])
    const resolved = await resolveCredentials(
      options(),
      deps({ ...ENV_KEYS }, { now: () => clock })
    )
    await resolved.target()
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(1)

    clock = T0 + HOUR - 5 * 60_000 - 1
    expect((await resolved.target()).accessKeyId).toBe(`${TARGET.AccessKeyId}1`)
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(1)

    clock = T0 + HOUR - 5 * 60_000
    const [a, b] = await Promise.all([resolved.target(), resolved.target()])
    expect(a.accessKeyId).toBe(`${TARGET.AccessKeyId}2`)
    expect(b).toBe(a)
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(2)
    expect(stdout).toContain(`Refreshed the credentials of ${TARGET_ROLE}.\n`)
    expect(masked(`${TARGET.AccessKeyId}2`)).toBe(true)
  })

  it('asks for a fresh OIDC token when the web identity session is refreshed', async () => {
    let clock = T0
    sts.on(AssumeRoleWithWebIdentityCommand).callsFake(async () => ({
      Credentials: { ...WEB, Expiration: new Date(clock + HOUR) }
    }))
    const resolved = await resolveCredentials(
      options({ oidcRoleArn: OIDC_ROLE }),
      deps({}, { now: () => clock, refreshMarginMs: 60_000 })
    )
    expect(getIdToken).toHaveBeenCalledTimes(1)
    clock = T0 + HOUR - 60_001
    await resolved.source()
    expect(getIdToken).toHaveBeenCalledTimes(1)
    clock = T0 + HOUR - 60_000
    await resolved.source()
    expect(getIdToken).toHaveBeenCalledTimes(2)
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(2)
  })

  it('keeps the 3600-second cap for later refreshes after a role-chaining retry', async () => {
    let clock = T0
    let calls = 0
    sts.on(AssumeRoleCommand).callsFake(async () => {
      if (++calls === 1) {
        throw stsException(
          'ValidationError',
          400,
          'exceeds the 1 hour session limit for roles assumed by role chaining'
        )
      }
      return { Credentials: { ...TARGET, Expiration: new Date(clock + HOUR) } }
    })
    sts.on(GetCallerIdentityCommand).resolves(IDENTITIES[TARGET.AccessKeyId as string])
    const resolved = await resolveCredentials(
      options({ roleDurationSeconds: 7200 }),
      deps({ ...ENV_KEYS }, { now: () => clock })
    )
    await resolved.target()
    clock = T0 + HOUR
    await resolved.target()
    const durations = sts
      .commandCalls(AssumeRoleCommand)
      .map(call => call.args[0].input.DurationSeconds)
    expect(durations).toEqual([7200, 3600, 3600])
  })
})
