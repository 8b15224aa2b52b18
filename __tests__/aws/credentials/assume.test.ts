import { describe, expect, it } from '@jest/globals'
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand
} from '@aws-sdk/client-sts'
import { resolveCredentials } from '../../../src/aws/credentials/resolve.js'
import { stsException } from '../../support/aws.js'
import {
  ENV_KEYS,
  IDENTITIES,
  OIDC_ROLE,
  SESSION,
  TARGET,
  TARGET_ROLE,
  WEB,
  credentialsError,
  deps,
  getIdToken,
  logged,
  options,
  signingCredentials,
  sts,
  useStsAsAws
} from './harness.js'

useStsAsAws()

describe('assume: role-to-assume from the oidc-role-arn session', () => {
  it('caps role-duration-seconds at 3600 for the chained role, with a notice', async () => {
    await resolveCredentials(
      options({ oidcRoleArn: OIDC_ROLE, roleDurationSeconds: 7200 }),
      deps({})
    )
    expect(sts.commandCalls(AssumeRoleCommand)[0].args[0].input.DurationSeconds).toBe(3600)
    expect(
      sts.commandCalls(AssumeRoleWithWebIdentityCommand)[0].args[0].input.DurationSeconds
    ).toBe(3600)
    const notices = logged().notices
    expect(notices).toEqual([
      'role-duration-seconds is 7200, but AWS caps sessions assumed by role chaining at 3600 seconds; using 3600. Credentials are refreshed before they expire.'
    ])
  })

  it('gives no notice when the duration is within the cap', async () => {
    await resolveCredentials(
      options({ oidcRoleArn: OIDC_ROLE, roleDurationSeconds: 900 }),
      deps({})
    )
    expect(sts.commandCalls(AssumeRoleCommand)[0].args[0].input.DurationSeconds).toBe(900)
    expect(logged().notices).toEqual([])
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
      `${TARGET_ROLE} must exist (AWS gives the same answer for a misspelt role name); its trust policy (in account 222222222222) must allow sts:AssumeRole for ${source}`
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
})

describe('assume: role-to-assume with keys in the environment', () => {
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
    expect(logged().notices).toEqual([])
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
    expect(logged().notices).toEqual([
      'AWS caps sessions assumed by role chaining at 3600 seconds; using 3600.'
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

/** No keys, a role to assume and the token endpoint: role-to-assume is signed into with the token. */
const WEB_ENV = { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token' }

describe('assume: session tags and policies', () => {
  const session = {
    tags: [
      { Key: 'Team', Value: 'shop' },
      { Key: 'Repository', Value: 'octo/shop' }
    ],
    transitiveTagKeys: ['Team'],
    policy:
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}',
    policyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess']
  }

  it('sends the tags and session policies with AssumeRole, and only with it', async () => {
    await resolveCredentials(options({ oidcRoleArn: OIDC_ROLE, session }), deps({}))

    expect(sts.commandCalls(AssumeRoleCommand)[0].args[0].input).toEqual({
      RoleArn: TARGET_ROLE,
      RoleSessionName: SESSION,
      ExternalId: undefined,
      DurationSeconds: 3600,
      Tags: session.tags,
      TransitiveTagKeys: ['Team'],
      Policy: session.policy,
      PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }]
    })
    const web = sts.commandCalls(AssumeRoleWithWebIdentityCommand)[0].args[0].input
    expect(Object.keys(web).sort()).toEqual([
      'DurationSeconds',
      'RoleArn',
      'RoleSessionName',
      'WebIdentityToken'
    ])
  })

  it('sends nothing more than before when none is set', async () => {
    await resolveCredentials(
      options({ session: { tags: [], transitiveTagKeys: [], policyArns: [] } }),
      deps({ ...ENV_KEYS })
    )
    expect(Object.keys(sts.commandCalls(AssumeRoleCommand)[0].args[0].input).sort()).toEqual([
      'DurationSeconds',
      'ExternalId',
      'RoleArn',
      'RoleSessionName'
    ])
  })

  it('gives role-to-assume signed into with the OIDC token its session policies, not tags', async () => {
    const direct = { ...session, tags: [], transitiveTagKeys: [] }
    // The mocked STS answers GetCallerIdentity as the development role: only the request matters.
    await resolveCredentials(options({ session: direct }), deps({ ...WEB_ENV })).catch(() => {})

    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(0)
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)[0].args[0].input).toMatchObject({
      RoleArn: TARGET_ROLE,
      Policy: session.policy,
      PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }]
    })
  })

  it('refuses tags when role-to-assume is signed into with the OIDC token, before any call', async () => {
    const err = await credentialsError(
      resolveCredentials(options({ session }), deps({ ...WEB_ENV }))
    )

    expect(err.message).toMatch(/^role-session-tags need an AssumeRole of role-to-assume/)
    expect(err.message).toContain('set oidc-role-arn to a development role')
    expect(sts.calls()).toHaveLength(0)
    expect(getIdToken).not.toHaveBeenCalled()
  })

  it('says sts:TagSession is missing when AssumeRole with tags is denied', async () => {
    sts
      .on(AssumeRoleCommand)
      .rejects(stsException('AccessDenied', 403, 'not authorized to perform: sts:TagSession'))

    const err = await credentialsError(
      resolveCredentials(options({ oidcRoleArn: OIDC_ROLE, session }), deps({}))
    )

    expect(err.message).toContain(
      `the request carries session tags (role-session-tags), so the trust policy of ${TARGET_ROLE} (in account 222222222222) must allow sts:TagSession as well as sts:AssumeRole`
    )
    expect(err.message).toContain(
      `Likely missing from the trust policy of ${TARGET_ROLE} in account 222222222222: {"Sid":"TrustTaggedSessions","Effect":"Allow","Principal":{"AWS":"${OIDC_ROLE}"},"Action":"sts:TagSession"}`
    )
    expect(err.message).toContain(
      `and from the permissions policy of ${OIDC_ROLE} in account 111111111111: {"Sid":"TagProductionSession","Effect":"Allow","Action":"sts:TagSession","Resource":"${TARGET_ROLE}"}`
    )
  })
})
