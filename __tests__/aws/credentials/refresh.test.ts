import { describe, expect, it, jest } from '@jest/globals'
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand
} from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity } from '@smithy/types'
import { refreshing } from '../../../src/aws/credentials/refresh.js'
import { resolveCredentials } from '../../../src/aws/credentials/resolve.js'
import { stsException } from '../../support/aws.js'
import {
  ENV_KEYS,
  IDENTITIES,
  OIDC_ROLE,
  TARGET,
  TARGET_ROLE,
  WEB,
  deps,
  getIdToken,
  logged,
  masked,
  options,
  sts,
  useStsAsAws
} from './harness.js'

useStsAsAws()

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
    expect(logged().lines).toContain(`Refreshed the credentials of ${TARGET_ROLE}.`)
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

  it('says when the session of role-to-assume, signed into with the OIDC token, is refreshed', async () => {
    let clock = T0
    sts.on(AssumeRoleWithWebIdentityCommand).callsFake(async () => ({
      Credentials: { ...TARGET, Expiration: new Date(clock + HOUR) }
    }))
    const resolved = await resolveCredentials(
      options(),
      deps({ ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/' }, { now: () => clock })
    )
    expect(resolved.sourceKind).toBe('oidc-direct')
    expect(logged().lines).toEqual([])
    clock = T0 + HOUR
    await resolved.target()
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(2)
    expect(logged().lines).toEqual([`Refreshed the credentials of ${TARGET_ROLE}.`])
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
