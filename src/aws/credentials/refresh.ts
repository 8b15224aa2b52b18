import * as core from '@actions/core'
import type { Credentials as StsCredentials } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import { CredentialsError } from '../../common/errors.js'
import type { CredentialDeps } from './types.js'

const DEFAULT_REFRESH_MARGIN_MS = 5 * 60 * 1000

/** Hides every secret of `credentials` in the job's log, wherever it would appear. */
export function mask(credentials: AwsCredentialIdentity): AwsCredentialIdentity {
  core.setSecret(credentials.accessKeyId)
  core.setSecret(credentials.secretAccessKey)
  if (credentials.sessionToken) core.setSecret(credentials.sessionToken)
  return credentials
}

/** The session STS answered with for `roleArn`, masked. */
export function fromSts(c: StsCredentials | undefined, roleArn: string): AwsCredentialIdentity {
  if (!c?.AccessKeyId || !c.SecretAccessKey) {
    throw new CredentialsError(`STS returned no credentials for ${roleArn}.`)
  }
  return mask({
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    sessionToken: c.SessionToken,
    expiration: c.Expiration
  })
}

/**
 * Caches credentials and fetches new ones shortly before they expire, so a wait that outlives
 * the session never makes a call with expired credentials.
 */
export function refreshing(
  fetch: () => Promise<AwsCredentialIdentity>,
  marginMs: number,
  now: () => number,
  onRefresh?: (c: AwsCredentialIdentity) => void
): AwsCredentialIdentityProvider {
  let cached: AwsCredentialIdentity | undefined
  // A session shorter than four margins is refreshed when a quarter of it is left instead.
  let margin = marginMs
  let pending: Promise<AwsCredentialIdentity> | undefined
  return async () => {
    if (cached && (!cached.expiration || cached.expiration.getTime() - now() > margin)) {
      return cached
    }
    if (!pending) {
      const isRefresh = cached !== undefined
      const fetchedAt = now()
      pending = fetch()
        .then(c => {
          cached = c
          const lifetime = c.expiration ? c.expiration.getTime() - fetchedAt : Infinity
          margin = Math.min(marginMs, lifetime / 4)
          if (isRefresh) onRefresh?.(c)
          return c
        })
        .finally(() => {
          pending = undefined
        })
    }
    return pending
  }
}

/** `refreshing` with the margin and the clock of the run. */
export type KeepFresh = (
  fetch: () => Promise<AwsCredentialIdentity>,
  onRefresh?: () => void
) => AwsCredentialIdentityProvider

export function keepFresh(deps: Pick<CredentialDeps, 'refreshMarginMs' | 'now'>): KeepFresh {
  const margin = deps.refreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS
  const now = deps.now ?? Date.now
  return (fetch, onRefresh) => refreshing(fetch, margin, now, onRefresh)
}
