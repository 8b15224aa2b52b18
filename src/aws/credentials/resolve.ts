import { GetCallerIdentityCommand } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import { CredentialsError } from '../../common/errors.js'
import { errorText } from '../../common/aws-errors.js'
import { accountOf } from '../../common/arn.js'
import { assumeTarget } from './assume.js'
import { keepFresh } from './refresh.js'
import { chooseSource, sourceCredentials, type SourceKind } from './source.js'
import type { CredentialDeps, CredentialOptions } from './types.js'

export interface ResolvedCredentials {
  sourceKind: SourceKind
  /** Credentials of the workflow's own (development) account. */
  source: AwsCredentialIdentityProvider
  /** Credentials in the account the deployment is made in. Refreshed before they expire. */
  target: AwsCredentialIdentityProvider
  targetAccountId: string
  targetArn: string
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
  const fresh = keepFresh(deps)
  const sourceKind = chooseSource(options, deps.env)
  if (sourceKind === 'oidc-direct' && options.session?.tags.length) {
    throw new CredentialsError(
      'role-session-tags need an AssumeRole of role-to-assume, but with no oidc-role-arn and no ' +
        'credentials in the environment, role-to-assume is signed into straight with the GitHub ' +
        "OIDC token (AssumeRoleWithWebIdentity), whose session tags come from the token's claims: " +
        'set oidc-role-arn to a development role, or remove role-session-tags.'
    )
  }
  const source = sourceCredentials(sourceKind, options, deps, fresh)
  const { roleToAssume } = options
  const target =
    roleToAssume && sourceKind !== 'oidc-direct'
      ? assumeTarget(roleToAssume, source, sourceKind === 'oidc-role', options, deps, fresh)
      : source
  // Resolved here rather than on the first signed request, so a broken chain fails now, by name.
  await target()
  const { account, arn } = await confirmTarget(target, roleToAssume, deps)
  return { sourceKind, source, target, targetAccountId: account, targetArn: arn }
}

/** Who the target credentials are, checked to be in the account of role-to-assume. */
async function confirmTarget(
  target: AwsCredentialIdentityProvider,
  roleToAssume: string | undefined,
  deps: CredentialDeps
): Promise<{ account: string; arn: string }> {
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
  const account = identity.Account ?? ''
  const arn = identity.Arn ?? ''
  if (roleToAssume && account !== accountOf(roleToAssume)) {
    throw new CredentialsError(
      `The assumed identity ${arn} is in account ${account}, not in account ${accountOf(roleToAssume)} of role-to-assume ${roleToAssume}.`
    )
  }
  return { account, arn }
}
