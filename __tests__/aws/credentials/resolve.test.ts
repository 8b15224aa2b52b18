import { describe, expect, it } from '@jest/globals'
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand
} from '@aws-sdk/client-sts'
import { readFileSync } from 'node:fs'
import { resolveCredentials } from '../../../src/aws/credentials/resolve.js'
import { stsException } from '../../support/aws.js'
import {
  FAR_FUTURE,
  IDENTITIES,
  OIDC_ROLE,
  SESSION,
  TARGET,
  TARGET_ROLE,
  TOKEN,
  WEB,
  credentialsError,
  deps,
  expectMasked,
  getIdToken,
  options,
  printed,
  signingCredentials,
  sts,
  useStsAsAws
} from './harness.js'

useStsAsAws()

describe('resolveCredentials', () => {
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
    expect(printed().join('')).not.toContain('set-env')
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
