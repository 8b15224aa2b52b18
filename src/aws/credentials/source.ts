import { AssumeRoleWithWebIdentityCommand } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import { CredentialsError } from '../../common/errors.js'
import { errorText } from '../../common/aws-errors.js'
import { explainedMessage, tokenClaims, type WebIdentityContext } from '../../advice/explain.js'
import { CHAINED_MAX_DURATION, sessionParameters } from './assume.js'
import { fromSts, mask, type KeepFresh } from './refresh.js'
import type { CredentialDeps, CredentialOptions } from './types.js'

/** Where the source (development account) credentials come from. */
export type SourceKind = 'oidc-role' | 'environment' | 'oidc-direct' | 'default-chain'

export function chooseSource(options: CredentialOptions, env: NodeJS.ProcessEnv): SourceKind {
  if (options.oidcRoleArn) return 'oidc-role'
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) return 'environment'
  if (options.roleToAssume && env.ACTIONS_ID_TOKEN_REQUEST_URL) return 'oidc-direct'
  return 'default-chain'
}

/**
 * The credentials of the workflow's own account. With `oidc-direct` these are already those of
 * role-to-assume, signed into straight with the GitHub OIDC token.
 */
export function sourceCredentials(
  kind: SourceKind,
  options: CredentialOptions,
  deps: CredentialDeps,
  keepFresh: KeepFresh
): AwsCredentialIdentityProvider {
  switch (kind) {
    case 'oidc-role': {
      const arn = options.oidcRoleArn as string
      return keepFresh(() => webIdentity(kind, arn, CHAINED_MAX_DURATION, options, deps))
    }
    case 'oidc-direct': {
      const arn = options.roleToAssume as string
      return keepFresh(
        () => webIdentity(kind, arn, options.roleDurationSeconds, options, deps),
        () => deps.log.info(`Refreshed the credentials of ${arn}.`)
      )
    }
    case 'environment':
      return fromEnvironment(deps.env)
    case 'default-chain':
      return fromDefaultChain(deps)
  }
}

/** Exchanges a fresh GitHub OIDC token for a session of `roleArn`. */
async function webIdentity(
  kind: 'oidc-role' | 'oidc-direct',
  roleArn: string,
  durationSeconds: number,
  options: CredentialOptions,
  deps: CredentialDeps
): Promise<AwsCredentialIdentity> {
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
        DurationSeconds: durationSeconds,
        // Signed straight into role-to-assume, this is its session: it takes the session policies.
        ...(kind === 'oidc-direct' && sessionPolicies(options))
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
        role: kind === 'oidc-role' ? 'oidc-role-arn' : 'role-to-assume',
        subject: typeof subject === 'string' ? subject : undefined
      },
      err
    )
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

/** Keys an earlier step exported (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY). */
function fromEnvironment(env: NodeJS.ProcessEnv): AwsCredentialIdentityProvider {
  const fromEnv = mask({
    accessKeyId: env.AWS_ACCESS_KEY_ID as string,
    secretAccessKey: env.AWS_SECRET_ACCESS_KEY as string,
    sessionToken: env.AWS_SESSION_TOKEN || undefined
  })
  return async () => fromEnv
}

/** The SDK's default chain: shared files, container or instance roles, and so on. */
function fromDefaultChain(deps: CredentialDeps): AwsCredentialIdentityProvider {
  const chain = deps.sts().config.credentials
  let maskedKey: string | undefined
  return async () => {
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
}

function sessionPolicies({ session }: CredentialOptions) {
  const { Policy, PolicyArns } = sessionParameters(session)
  return { ...(Policy && { Policy }), ...(PolicyArns && { PolicyArns }) }
}
