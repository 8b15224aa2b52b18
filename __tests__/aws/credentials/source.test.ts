import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  ExpiredTokenException,
  InvalidIdentityTokenException
} from '@aws-sdk/client-sts'
import { writeFileSync } from 'node:fs'
import net from 'node:net'
import * as path from 'node:path'
import { resolveCredentials } from '../../../src/aws/credentials/resolve.js'
import { chooseSource } from '../../../src/aws/credentials/source.js'
import { stsException } from '../../support/aws.js'
import {
  ENV_KEYS,
  INI_KEYS,
  OIDC_ROLE,
  SESSION,
  TARGET,
  TARGET_ROLE,
  TOKEN,
  credentialsError,
  deps,
  expectMasked,
  getIdToken,
  logged,
  masked,
  options,
  signingCredentials,
  sts,
  tmpDir,
  useStsAsAws
} from './harness.js'

useStsAsAws()

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

describe('source: the GitHub OIDC token for oidc-role-arn', () => {
  it('uses the audience input for the OIDC token', async () => {
    await resolveCredentials(options({ oidcRoleArn: OIDC_ROLE, audience: 'my-audience' }), deps({}))
    expect(getIdToken).toHaveBeenCalledWith('my-audience')
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

  it('names the token subject and says to re-run when the provider rejects a claim', async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(stsException('IDPRejectedClaim', 400, 'Token has been revoked'))
    const err = await credentialsError(
      resolveCredentials(options({ oidcRoleArn: OIDC_ROLE }), deps({}))
    )
    expect(err.message).toBe(
      `Could not assume ${OIDC_ROLE} with the GitHub OIDC token (AssumeRoleWithWebIdentity): IDPRejectedClaim: Token has been revoked. Check: the identity provider rejected a claim of the GitHub OIDC token: it is not valid, has expired or was revoked; this job's token has sub 'repo:o/r:ref:refs/heads/main'; re-run the job for a fresh token.`
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
})

describe('source: keys in the environment', () => {
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
})

describe('source: oidc-direct', () => {
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
    expect(logged().notices).toEqual([])
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

describe('source: default-chain', () => {
  let connect: ReturnType<typeof jest.spyOn>

  beforeEach(() => {
    process.env.HOME = tmpDir()
    process.env.USERPROFILE = tmpDir()
    process.env.AWS_EC2_METADATA_DISABLED = 'true'
    process.env.AWS_CONFIG_FILE = path.join(tmpDir(), 'config')
    process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(tmpDir(), 'credentials')
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
