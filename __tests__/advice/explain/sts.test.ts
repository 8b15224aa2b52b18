import { describe, expect, it } from '@jest/globals'
import {
  explainAssumeRole,
  explainWebIdentity,
  tokenClaims
} from '../../../src/advice/explain/sts.js'
import { DEV, DEV_SESSION, OIDC_ROLE, PROD, PROD_ROLE, err } from './fixtures.js'

describe('tokenClaims', () => {
  it('reads the payload of a JWT without verifying it', () => {
    const payload = Buffer.from(JSON.stringify({ sub: 'repo:o/r:ref:refs/heads/main' })).toString(
      'base64url'
    )
    expect(tokenClaims(`h.${payload}.s`)).toEqual({ sub: 'repo:o/r:ref:refs/heads/main' })
    expect(tokenClaims('not-a-jwt')).toBeUndefined()
    expect(tokenClaims('h.%%%.s')).toBeUndefined()
  })
})

describe('web identity', () => {
  const ctx = {
    step: 'web-identity' as const,
    roleArn: OIDC_ROLE,
    audience: 'sts.amazonaws.com',
    role: 'oidc-role-arn' as const,
    subject: 'repo:octo/shop:ref:refs/heads/main'
  }

  it.each(['InvalidIdentityToken', 'InvalidIdentityTokenException'])(
    'points %s to the OIDC identity provider of the role’s account',
    name => {
      const e = explainWebIdentity(err(name), ctx)
      expect(e.hint).toContain(
        `account ${DEV} must have an IAM OIDC identity provider for token.actions.githubusercontent.com with audience 'sts.amazonaws.com'`
      )
      expect(e.fixes).toEqual([])
    }
  )

  it.each(['IDPRejectedClaim', 'IDPRejectedClaimException'])(
    'says on %s that a claim was rejected, not that the audience differs',
    name => {
      const e = explainWebIdentity(err(name), ctx)
      expect(e.hint).toBe(
        "the identity provider rejected a claim of the GitHub OIDC token: it is not valid, has expired or was revoked; this job's token has sub 'repo:octo/shop:ref:refs/heads/main'; re-run the job for a fresh token"
      )
      expect(e.hint).not.toContain('audience')
      expect(e.fixes).toEqual([])
    }
  )

  it('gives the trust policy statement with the token’s own sub on AccessDenied', () => {
    const e = explainWebIdentity(err('AccessDenied', 403), ctx)
    expect(e.hint).toContain(
      `the trust policy of ${OIDC_ROLE} must allow sts:AssumeRoleWithWebIdentity`
    )
    expect(e.hint).toContain("this job's token has sub 'repo:octo/shop:ref:refs/heads/main'")
    expect(e.fixes).toEqual([
      {
        policy: 'source-trust',
        owner: OIDC_ROLE,
        account: DEV,
        statement: {
          Sid: 'GitHubOidc',
          Effect: 'Allow',
          Principal: {
            Federated: `arn:aws:iam::${DEV}:oidc-provider/token.actions.githubusercontent.com`
          },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
            StringLike: {
              'token.actions.githubusercontent.com:sub': 'repo:octo/shop:ref:refs/heads/main'
            }
          }
        }
      }
    ])
  })

  it('names the trust policy of role-to-assume when it trusts GitHub directly', () => {
    const e = explainWebIdentity(err('AccessDeniedException', 403), {
      ...ctx,
      roleArn: PROD_ROLE,
      role: 'role-to-assume'
    })
    expect(e.fixes[0]).toMatchObject({ policy: 'target-trust', account: PROD })
    expect(e.fixes[0].statement?.Sid).toBe('GitHubOidcDirect')
  })

  it('says to re-run on an expired token, and on a provider STS could not reach', () => {
    expect(explainWebIdentity(err('ExpiredTokenException'), ctx).hint).toBe(
      'the GitHub OIDC token expired before it was used; re-run the job'
    )
    expect(explainWebIdentity(err('IDPCommunicationError'), ctx).hint).toContain('re-run the job')
  })

  it('falls back to the role and its trust for other errors', () => {
    expect(explainWebIdentity(err('MalformedPolicyDocument'), ctx).hint).toBe(
      `check that ${OIDC_ROLE} exists and trusts GitHub's OIDC provider`
    )
  })
})

describe('assume role', () => {
  const ctx = {
    step: 'assume-role' as const,
    roleArn: PROD_ROLE,
    sourceIdentity: DEV_SESSION
  }

  it('names both policies, in both accounts, on AccessDenied', () => {
    const e = explainAssumeRole(err('AccessDenied', 403), { ...ctx, externalId: 'ext-1' })
    expect(e.hint).toContain(
      `${PROD_ROLE} must exist (AWS gives the same answer for a misspelt role name); its trust policy (in account ${PROD}) must allow sts:AssumeRole for ${DEV_SESSION} and the 'sts:ExternalId' condition must equal the role-external-id input`
    )
    expect(e.hint).toContain('both must also allow sts:TagSession')
    expect(e.fixes.map(f => [f.policy, f.account, f.statement?.Sid])).toEqual([
      ['target-trust', PROD, 'TrustDevelopmentRole'],
      ['source-permissions', DEV, 'AssumeProductionRole']
    ])
    expect(e.fixes[0].statement).toMatchObject({
      Principal: { AWS: OIDC_ROLE },
      Condition: { StringEquals: { 'sts:ExternalId': 'ext-1' } }
    })
    expect(e.fixes[1].statement).toMatchObject({ Action: 'sts:AssumeRole', Resource: PROD_ROLE })
  })

  it('suggests role-external-id when none is set', () => {
    const e = explainAssumeRole(err('AccessDenied', 403), ctx)
    expect(e.hint).toContain(
      "if the trust policy has an 'sts:ExternalId' condition, set the role-external-id input"
    )
    expect(e.fixes[0].statement?.Condition).toBeUndefined()
  })

  it.each([
    ['InvalidClientTokenId', 'the source credentials are invalid or expired'],
    ['ExpiredToken', 'the source credentials are invalid or expired'],
    ['ValidationError', 'role-duration-seconds input must not exceed'],
    ['RegionDisabledException', `STS must be activated for this region in account ${PROD}`],
    ['PackedPolicyTooLarge', 'session tags'],
    ['SignatureDoesNotMatch', `the credentials of ${DEV_SESSION} are not valid`],
    ['RequestTimeTooSkewed', "the runner's clock"],
    ['NoSuchEntity', `check that ${PROD_ROLE} exists`]
  ])('explains %s', (name, hint) => {
    expect(explainAssumeRole(err(name), ctx).hint).toContain(hint)
  })
})
