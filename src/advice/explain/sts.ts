/** Why STS would not hand out a role: the GitHub OIDC exchange, and the hop into role-to-assume. */
import { errorName } from '../../common/aws-errors.js'
import { accountOf, partitionOf } from '../../common/arn.js'
import type { PolicyKind } from '../permissions.js'
import { ACCESS_DENIED_NAMES, credentialProblem, roleArnOf, statement } from './shared.js'
import type { AssumeRoleContext, Explanation, WebIdentityContext } from './types.js'

/** The claims of a JWT, unverified: only to show the `sub` a trust policy has to match. */
export function tokenClaims(token: string): Record<string, unknown> | undefined {
  const payload = token.split('.')[1]
  if (!payload) return undefined
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

export function explainWebIdentity(err: unknown, ctx: WebIdentityContext): Explanation {
  const account = accountOf(ctx.roleArn) ?? "the role's account"
  const name = errorName(err)
  const subject = ctx.subject ? `; this job's token has sub '${ctx.subject}'` : ''
  if (name === 'InvalidIdentityTokenException' || name === 'InvalidIdentityToken') {
    return {
      hint: `account ${account} must have an IAM OIDC identity provider for token.actions.githubusercontent.com with audience '${ctx.audience}' (IAM > Identity providers, provider URL https://token.actions.githubusercontent.com)`,
      fixes: []
    }
  }
  // An audience the provider does not list is InvalidIdentityToken ("Incorrect token audience").
  if (name === 'IDPRejectedClaimException' || name === 'IDPRejectedClaim') {
    return {
      hint: `the identity provider rejected a claim of the GitHub OIDC token: it is not valid, has expired or was revoked${subject}; re-run the job for a fresh token`,
      fixes: []
    }
  }
  if (name === 'IDPCommunicationError') {
    return {
      hint: 'STS could not reach GitHub to validate the token; re-run the job',
      fixes: []
    }
  }
  if (ACCESS_DENIED_NAMES.includes(name)) {
    const policy: PolicyKind = ctx.role === 'oidc-role-arn' ? 'source-trust' : 'target-trust'
    const vars = {
      partition: partitionOf(ctx.roleArn),
      sourceAccount: account,
      targetAccount: account,
      audience: ctx.audience,
      subject: ctx.subject
    }
    return {
      hint: `the trust policy of ${ctx.roleArn} must allow sts:AssumeRoleWithWebIdentity for the GitHub OIDC provider of account ${account}, with 'token.actions.githubusercontent.com:aud' = '${ctx.audience}' and a 'sub' condition that matches this repository, branch or environment${subject}`,
      fixes: [
        {
          policy,
          owner: ctx.roleArn,
          account,
          statement: statement('sts:AssumeRoleWithWebIdentity', policy, vars)
        }
      ]
    }
  }
  if (name === 'ExpiredTokenException' || name === 'ExpiredToken') {
    return { hint: 'the GitHub OIDC token expired before it was used; re-run the job', fixes: [] }
  }
  return {
    hint: `check that ${ctx.roleArn} exists and trusts GitHub's OIDC provider`,
    fixes: []
  }
}

export function explainAssumeRole(err: unknown, ctx: AssumeRoleContext): Explanation {
  const account = accountOf(ctx.roleArn) ?? "the role's account"
  const name = errorName(err)
  if (ACCESS_DENIED_NAMES.includes(name)) return assumeRoleDenied(ctx, account)
  if (['InvalidClientTokenId', 'ExpiredToken', 'ExpiredTokenException'].includes(name)) {
    return {
      hint: 'the source credentials are invalid or expired; check the step that provided them',
      fixes: []
    }
  }
  if (name === 'ValidationError') {
    return {
      hint: 'the role-duration-seconds input must not exceed the maximum session duration of the role',
      fixes: []
    }
  }
  if (name === 'RegionDisabledException') {
    return {
      hint: `STS must be activated for this region in account ${account} (IAM > Account settings > Security Token Service endpoints)`,
      fixes: []
    }
  }
  if (name === 'PackedPolicyTooLarge') {
    return {
      hint: 'the session tags carried over from the source session are too large; pass fewer tags to the source session',
      fixes: []
    }
  }
  const credentials = credentialProblem(name, ctx.sourceIdentity)
  if (credentials) return { hint: credentials, fixes: [] }
  return { hint: `check that ${ctx.roleArn} exists`, fixes: [] }
}

/** Both sides must agree: the role's trust policy, and the source identity's own policy. */
function assumeRoleDenied(ctx: AssumeRoleContext, account: string): Explanation {
  const externalIdHint = ctx.externalId
    ? " and the 'sts:ExternalId' condition must equal the role-external-id input"
    : "; if the trust policy has an 'sts:ExternalId' condition, set the role-external-id input"
  const sourceRole = roleArnOf(ctx.sourceIdentity)
  const vars = {
    partition: partitionOf(ctx.roleArn),
    targetRoleArn: ctx.roleArn,
    sourceRoleArn: sourceRole,
    externalId: ctx.externalId
  }
  if (ctx.sessionTags) return taggedSessionDenied(ctx, account, sourceRole, vars)
  return {
    // AWS answers a role that does not exist exactly as one whose trust policy refuses.
    hint: `${ctx.roleArn} must exist (AWS gives the same answer for a misspelt role name); its trust policy (in account ${account}) must allow sts:AssumeRole for ${ctx.sourceIdentity}${externalIdHint}; and the source identity's own policy must allow sts:AssumeRole on ${ctx.roleArn}; if the source session carries session tags, both must also allow sts:TagSession`,
    fixes: [
      {
        policy: 'target-trust',
        owner: ctx.roleArn,
        account,
        statement: statement('sts:AssumeRole', 'target-trust', vars)
      },
      {
        policy: 'source-permissions',
        owner: sourceRole ?? ctx.sourceIdentity,
        account: accountOf(sourceRole),
        statement: statement('sts:AssumeRole', 'source-permissions', vars)
      }
    ]
  }
}

/**
 * With role-session-tags, a trust policy or source policy that allows sts:AssumeRole but not
 * sts:TagSession is the usual cause: AWS refuses the whole request.
 */
function taggedSessionDenied(
  ctx: AssumeRoleContext,
  account: string,
  sourceRole: string | undefined,
  vars: Parameters<typeof statement>[2]
): Explanation {
  return {
    hint: `the request carries session tags (role-session-tags), so the trust policy of ${ctx.roleArn} (in account ${account}) must allow sts:TagSession as well as sts:AssumeRole for ${ctx.sourceIdentity}, and the source identity's own policy must allow both on ${ctx.roleArn}; without the tags, check that the role exists and that its trust policy allows sts:AssumeRole`,
    fixes: [
      {
        policy: 'target-trust',
        owner: ctx.roleArn,
        account,
        statement: statement('sts:TagSession', 'target-trust', vars)
      },
      {
        policy: 'source-permissions',
        owner: sourceRole ?? ctx.sourceIdentity,
        account: accountOf(sourceRole),
        statement: statement('sts:TagSession', 'source-permissions', vars)
      }
    ]
  }
}
