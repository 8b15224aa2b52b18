import { GetCallerIdentityCommand } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import { resolveCredentials, type ResolvedCredentials } from '../aws/credentials/resolve.js'
import { errorText } from '../common/aws-errors.js'
import { tokenClaims } from '../advice/explain.js'
import type { ActionInputs } from '../inputs/inputs.js'
import { requireAllowedAccount } from '../inputs/allowed-accounts.js'
import type { Setup } from '../advice/permissions.js'
import { accountOf } from '../common/arn.js'
import { attempt, messageOf, type Attempt, type Checklist } from './checklist.js'
import type { PreflightDeps } from './deps.js'

export interface Identity {
  credentials: AwsCredentialIdentityProvider
  arn: string
  account: string
}

/** Who dry-run could sign in as; an identity is missing when its sign-in failed. */
export interface Identities {
  source?: Identity
  target?: Identity
  /** The GitHub OIDC token's sub claim, which the trust policy's sub condition must match. */
  subject?: string
}

/** What became of the GitHub OIDC token the sign-in asked for, if it asked. */
interface TokenWatch {
  getIdToken: (audience: string) => Promise<string>
  audience?: string
  subject?: string
  error?: unknown
}

/** What every step of the sign-in checks works with. */
interface SignIn {
  inputs: ActionInputs
  sourceKind: Setup['source']
  list: Checklist
  token: TokenWatch
  sts: PreflightDeps['sts']
  /** Signs in through the whole chain, up to `roleToAssume` when there is one. */
  resolve: (roleToAssume: string | undefined) => Promise<Attempt<ResolvedCredentials>>
}

type ChainSource = Exclude<Setup['source'], 'oidc-direct'>

export async function checkCredentials(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  deps: PreflightDeps,
  sourceKind: Setup['source'],
  list: Checklist
): Promise<Identities> {
  const token = watchToken(deps.getIdToken)
  const resolve = (roleToAssume: string | undefined) =>
    attempt(() =>
      resolveCredentials(
        { ...inputs, roleToAssume },
        { sts: deps.sts, getIdToken: token.getIdToken, env, log: deps.log }
      )
    )
  const signIn: SignIn = { inputs, sourceKind, list, token, sts: deps.sts, resolve }
  const found =
    sourceKind === 'oidc-direct'
      ? await checkDirectRole(signIn)
      : await checkSourceThenRole(signIn, sourceKind)
  return { ...found, subject: token.subject }
}

function watchToken(getIdToken: (audience: string) => Promise<string>): TokenWatch {
  const watch: TokenWatch = {
    getIdToken: async audience => {
      try {
        const token = await getIdToken(audience)
        const sub = tokenClaims(token)?.sub
        watch.subject = typeof sub === 'string' ? sub : undefined
        watch.audience = audience
        return token
      } catch (err) {
        watch.error = err
        throw err
      }
    }
  }
  return watch
}

function tokenCheck({ sourceKind, token, list }: SignIn): void {
  if (sourceKind !== 'oidc-role' && sourceKind !== 'oidc-direct') {
    list.add(
      'GitHub OIDC token',
      'skipped',
      `not used: the source credentials come from ${sourceKind === 'environment' ? 'the environment (AWS_ACCESS_KEY_ID)' : "the SDK's default chain"}`
    )
  } else if (token.audience !== undefined) {
    list.add(
      'GitHub OIDC token',
      'passed',
      `issued for audience '${token.audience}'${token.subject ? ` with sub '${token.subject}' (the trust policy's sub condition must match it)` : ''}`
    )
  } else if (token.error !== undefined) {
    list.add(
      'GitHub OIDC token',
      'failed',
      `${errorText(token.error)}; the job needs 'permissions: id-token: write'`
    )
  }
}

function identity(r: ResolvedCredentials): Identity {
  return { credentials: r.target, arn: r.targetArn, account: r.targetAccountId }
}

/** role-to-assume signed into straight with the OIDC token: one identity, both source and target. */
async function checkDirectRole(s: SignIn): Promise<Identities> {
  const title = `Assume role-to-assume ${s.inputs.roleToAssume} with the GitHub OIDC token`
  const r = await s.resolve(s.inputs.roleToAssume)
  tokenCheck(s)
  if ('err' in r) {
    s.list.add(title, 'failed', messageOf(r.err))
    return {}
  }
  const target = identity(r.ok)
  s.list.add(title, 'passed', `signed in as ${target.arn} in account ${target.account}`)
  targetAccountCheck(s.inputs, target, s.list)
  return { source: target, target }
}

function sourceTitle(inputs: ActionInputs, sourceKind: ChainSource): string {
  const how = {
    'oidc-role': `oidc-role-arn ${inputs.oidcRoleArn} through the GitHub OIDC token`,
    environment: 'credentials in the environment',
    'default-chain': "the SDK's default credential chain"
  }[sourceKind]
  return `Source credentials (${how})`
}

async function checkSourceThenRole(s: SignIn, sourceKind: ChainSource): Promise<Identities> {
  const { inputs, list } = s
  const title = sourceTitle(inputs, sourceKind)
  // One sign-in for the whole chain; the source identity is read with the source credentials it
  // used. Only when the chain breaks is the source tried alone, to tell which link broke.
  const chain = await s.resolve(inputs.roleToAssume)
  const found = await sourceIdentity(s, chain)
  tokenCheck(s)
  if ('err' in found) {
    list.add(title, 'failed', messageOf(found.err))
    if (inputs.roleToAssume) {
      list.add(
        `Assume role-to-assume ${inputs.roleToAssume}`,
        'skipped',
        'needs the source credentials'
      )
    }
    return {}
  }
  const source = found.ok
  list.add(title, 'passed', `signed in as ${source.arn} in account ${source.account}`)
  if (!inputs.roleToAssume) {
    list.add(
      'Assume role-to-assume',
      'skipped',
      `role-to-assume is empty: the deployment is made in account ${source.account} with the source credentials`
    )
    return { source, target: source }
  }
  return checkAssumeRole(s, source, chain)
}

async function sourceIdentity(
  s: SignIn,
  chain: Attempt<ResolvedCredentials>
): Promise<Attempt<Identity>> {
  if (!s.inputs.roleToAssume) return 'ok' in chain ? { ok: identity(chain.ok) } : chain
  if ('ok' in chain) return attempt(() => callerIdentity(s.sts, chain.ok.source))
  if (s.token.error !== undefined) return chain
  const alone = await s.resolve(undefined)
  return 'ok' in alone ? { ok: identity(alone.ok) } : alone
}

function checkAssumeRole(
  s: SignIn,
  source: Identity,
  chain: Attempt<ResolvedCredentials>
): Identities {
  const title = `Assume role-to-assume ${s.inputs.roleToAssume}`
  if ('err' in chain) {
    s.list.add(title, 'failed', messageOf(chain.err))
    return { source }
  }
  const target = identity(chain.ok)
  s.list.add(
    title,
    'passed',
    `${source.arn} assumed it${s.inputs.roleExternalId ? ' with the external ID' : ''}: signed in as ${target.arn}`
  )
  targetAccountCheck(s.inputs, target, s.list)
  return { source, target }
}

async function callerIdentity(
  sts: PreflightDeps['sts'],
  credentials: AwsCredentialIdentityProvider
): Promise<Identity> {
  const me = await sts(credentials).send(new GetCallerIdentityCommand({}))
  return { credentials, arn: me.Arn ?? '', account: me.Account ?? '' }
}

/** resolveCredentials refuses a mismatch; this records the evidence when they agree. */
function targetAccountCheck(inputs: ActionInputs, target: Identity, list: Checklist): void {
  const expected = accountOf(inputs.roleToAssume)
  list.add(
    'Target account',
    expected === undefined || expected === target.account ? 'passed' : 'failed',
    `the deployment would be made in account ${target.account}${expected ? `, the account of role-to-assume (${expected})` : ''}`
  )
}

/** allowed-account-ids, against the account the credentials really reached. */
export function checkAllowedAccount(
  inputs: ActionInputs,
  target: Identity | undefined,
  list: Checklist
): void {
  const title = 'Allowed accounts'
  const allowed = inputs.allowedAccountIds
  if (!allowed.length) {
    list.add(title, 'skipped', 'allowed-account-ids is not set: any account is allowed')
  } else if (!target) {
    list.add(title, 'skipped', 'the target identity could not be signed into')
  } else {
    try {
      requireAllowedAccount(allowed, target.account, `The target account (${target.arn})`)
      list.add(title, 'passed', `the target account ${target.account} is in allowed-account-ids`)
    } catch (err) {
      list.add(title, 'failed', messageOf(err))
    }
  }
}
