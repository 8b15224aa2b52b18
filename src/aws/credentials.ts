import * as core from '@actions/core'
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  type Credentials as StsCredentials,
  type STSClient
} from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import { CredentialsError } from '../common/errors.js'
import { errorName, errorText } from '../common/aws-errors.js'
import {
  explainedMessage,
  tokenClaims,
  type AssumeRoleContext,
  type WebIdentityContext
} from '../advice/explain.js'
import { accountOf } from '../common/arn.js'
import { logInfo } from '../common/log.js'

/** Where the source (development account) credentials come from. */
export type SourceKind = 'oidc-role' | 'environment' | 'oidc-direct' | 'default-chain'

export interface CredentialOptions {
  roleToAssume?: string
  roleExternalId?: string
  roleSessionName: string
  roleDurationSeconds: number
  oidcRoleArn?: string
  audience: string
}

export interface CredentialDeps {
  /** Creates an STS client; with no credentials, the SDK's default chain is used. */
  sts: (credentials?: AwsCredentialIdentityProvider) => STSClient
  getIdToken: (audience: string) => Promise<string>
  env: NodeJS.ProcessEnv
  /** Refresh this long before expiry, so no call is made with credentials about to lapse. */
  refreshMarginMs?: number
  now?: () => number
}

export interface ResolvedCredentials {
  sourceKind: SourceKind
  /** Credentials of the workflow's own (development) account. */
  source: AwsCredentialIdentityProvider
  /** Credentials in the account the deployment is made in. Refreshed before they expire. */
  target: AwsCredentialIdentityProvider
  targetAccountId: string
  targetArn: string
}

/** Role chaining caps the session at one hour, whatever the role's maximum. */
const CHAINED_MAX_DURATION = 3600
const DEFAULT_REFRESH_MARGIN_MS = 5 * 60 * 1000

export function chooseSource(options: CredentialOptions, env: NodeJS.ProcessEnv): SourceKind {
  if (options.oidcRoleArn) return 'oidc-role'
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) return 'environment'
  if (options.roleToAssume && env.ACTIONS_ID_TOKEN_REQUEST_URL) return 'oidc-direct'
  return 'default-chain'
}

function mask(credentials: AwsCredentialIdentity): AwsCredentialIdentity {
  core.setSecret(credentials.accessKeyId)
  core.setSecret(credentials.secretAccessKey)
  if (credentials.sessionToken) core.setSecret(credentials.sessionToken)
  return credentials
}

function fromSts(c: StsCredentials | undefined, roleArn: string): AwsCredentialIdentity {
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

function webIdentityError(context: WebIdentityContext, err: unknown): CredentialsError {
  return new CredentialsError(
    explainedMessage(
      `Could not assume ${context.roleArn} with the GitHub OIDC token (AssumeRoleWithWebIdentity)`,
      errorText(err),
      err,
      context
    ),
    { cause: err }
  )
}

function assumeRoleError(context: AssumeRoleContext, err: unknown): CredentialsError {
  return new CredentialsError(
    explainedMessage(
      `Could not assume ${context.roleArn} from ${context.sourceIdentity} (AssumeRole)`,
      errorText(err),
      err,
      context
    ),
    { cause: err }
  )
}

async function describeIdentity(sts: STSClient): Promise<string> {
  try {
    const me = await sts.send(new GetCallerIdentityCommand({}))
    return me.Arn ?? 'the source credentials'
  } catch {
    return 'the source credentials'
  }
}

/**
 * Resolves the source credentials and the target-account credentials, assuming each role in
 * the chain, and confirms the target account with GetCallerIdentity. The target credentials stay
 * inside the action: they are never exported to the job's environment.
 */
export async function resolveCredentials(
  options: CredentialOptions,
  deps: CredentialDeps
): Promise<ResolvedCredentials> {
  const now = deps.now ?? Date.now
  const margin = deps.refreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS
  const sourceKind = chooseSource(options, deps.env)

  const webIdentity = async (roleArn: string, durationSeconds: number) => {
    let token: string
    try {
      token = await deps.getIdToken(options.audience)
    } catch (err) {
      throw new CredentialsError(
        `Could not get the GitHub OIDC token: ${errorText(err)}. Check that the job has 'permissions: id-token: write'.`,
        { cause: err }
      )
    }
    try {
      const out = await deps.sts().send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: roleArn,
          RoleSessionName: options.roleSessionName,
          WebIdentityToken: token,
          DurationSeconds: durationSeconds
        })
      )
      return fromSts(out.Credentials, roleArn)
    } catch (err) {
      if (err instanceof CredentialsError) throw err
      const subject = tokenClaims(token)?.sub
      throw webIdentityError(
        {
          step: 'web-identity',
          roleArn,
          audience: options.audience,
          role: sourceKind === 'oidc-role' ? 'oidc-role-arn' : 'role-to-assume',
          subject: typeof subject === 'string' ? subject : undefined
        },
        err
      )
    }
  }

  let source: AwsCredentialIdentityProvider
  switch (sourceKind) {
    case 'oidc-role': {
      const arn = options.oidcRoleArn as string
      source = refreshing(() => webIdentity(arn, CHAINED_MAX_DURATION), margin, now)
      break
    }
    case 'oidc-direct': {
      const arn = options.roleToAssume as string
      source = refreshing(
        () => webIdentity(arn, options.roleDurationSeconds),
        margin,
        now,
        () => logInfo(`Refreshed the credentials of ${arn}.`)
      )
      break
    }
    case 'environment': {
      const fromEnv = mask({
        accessKeyId: deps.env.AWS_ACCESS_KEY_ID as string,
        secretAccessKey: deps.env.AWS_SECRET_ACCESS_KEY as string,
        sessionToken: deps.env.AWS_SESSION_TOKEN || undefined
      })
      source = async () => fromEnv
      break
    }
    case 'default-chain': {
      const chain = deps.sts().config.credentials
      let maskedKey: string | undefined
      source = async () => {
        try {
          const credentials = await chain()
          if (credentials.accessKeyId !== maskedKey) {
            mask(credentials)
            maskedKey = credentials.accessKeyId
          }
          return credentials
        } catch (err) {
          throw new CredentialsError(
            `No AWS credentials found: ${errorText(err)}. Set 'oidc-role-arn' (with 'permissions: id-token: write'), or sign in with an earlier step such as aws-actions/configure-aws-credentials.`,
            { cause: err }
          )
        }
      }
      break
    }
  }

  let target = source
  const roleToAssume = options.roleToAssume
  if (roleToAssume && sourceKind !== 'oidc-direct') {
    let duration = options.roleDurationSeconds
    if (sourceKind === 'oidc-role' && duration > CHAINED_MAX_DURATION) {
      core.notice(
        `role-duration-seconds is ${duration}, but AWS caps sessions assumed by role chaining at ${CHAINED_MAX_DURATION} seconds; using ${CHAINED_MAX_DURATION}. Credentials are refreshed before they expire.`
      )
      duration = CHAINED_MAX_DURATION
    }
    const assume = async (): Promise<AwsCredentialIdentity> => {
      const sts = deps.sts(source)
      const send = (seconds: number) =>
        sts.send(
          new AssumeRoleCommand({
            RoleArn: roleToAssume,
            RoleSessionName: options.roleSessionName,
            ExternalId: options.roleExternalId,
            DurationSeconds: seconds
          })
        )
      try {
        let out
        try {
          out = await send(duration)
        } catch (err) {
          // Environment credentials may themselves be a role session: then the cap applies too.
          if (errorName(err) !== 'ValidationError' || !/role chaining/i.test(errorText(err)))
            throw err
          core.notice(
            `AWS caps sessions assumed by role chaining at ${CHAINED_MAX_DURATION} seconds; using ${CHAINED_MAX_DURATION}.`
          )
          duration = CHAINED_MAX_DURATION
          out = await send(duration)
        }
        return fromSts(out.Credentials, roleToAssume)
      } catch (err) {
        if (err instanceof CredentialsError) throw err
        throw assumeRoleError(
          {
            step: 'assume-role',
            roleArn: roleToAssume,
            sourceIdentity: await describeIdentity(sts),
            externalId: options.roleExternalId
          },
          err
        )
      }
    }
    target = refreshing(assume, margin, now, () =>
      logInfo(`Refreshed the credentials of ${roleToAssume}.`)
    )
  }

  // Resolved here rather than on the first signed request, so a broken chain fails now, by name.
  await target()
  let identity
  try {
    identity = await deps.sts(target).send(new GetCallerIdentityCommand({}))
  } catch (err) {
    if (err instanceof CredentialsError) throw err
    throw new CredentialsError(
      `Could not confirm the target identity (GetCallerIdentity): ${errorText(err)}.`,
      { cause: err }
    )
  }
  const targetAccountId = identity.Account ?? ''
  const targetArn = identity.Arn ?? ''
  if (roleToAssume && targetAccountId !== accountOf(roleToAssume)) {
    throw new CredentialsError(
      `The assumed identity ${targetArn} is in account ${targetAccountId}, not in account ${accountOf(roleToAssume)} of role-to-assume ${roleToAssume}.`
    )
  }
  return { sourceKind, source, target, targetAccountId, targetArn }
}
