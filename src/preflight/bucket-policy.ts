import { actionMatches, resourceMatches } from '../advice/permissions.js'

export interface PolicyVerdict {
  verdict: 'allowed' | 'missing' | 'denied'
  /** The statement that decided it, by Sid or position. */
  statement?: string
  principal?: string
}

function list(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

function principals(statement: Record<string, unknown>): string[] {
  const p = statement.Principal
  if (p === '*') return ['*']
  if (p && typeof p === 'object') return list((p as Record<string, unknown>).AWS)
  return []
}

/**
 * Does a bucket policy let some principal of `account` call `action` on `objectArn`? The
 * instance profile's role is not known from here, so any principal in that account counts.
 * Conditions are not evaluated: a matching statement with conditions is reported as allowed.
 */
export function bucketPolicyGrants(
  policyText: string,
  account: string,
  action: string,
  objectArn: string
): PolicyVerdict {
  let statements: Record<string, unknown>[]
  try {
    const policy = JSON.parse(policyText) as { Statement?: unknown }
    const raw = policy.Statement
    statements = (Array.isArray(raw) ? raw : raw ? [raw] : []) as Record<string, unknown>[]
  } catch {
    return { verdict: 'missing' }
  }
  const inAccount = (principal: string) =>
    principal === '*' || principal === account || principal.split(':')[4] === account
  const applies = (s: Record<string, unknown>) =>
    list(s.Action).some(a => actionMatches(a, action)) &&
    list(s.Resource).some(r => resourceMatches(r, objectArn))
  let allowed: PolicyVerdict | undefined
  for (const [i, s] of statements.entries()) {
    const principal = principals(s).find(inAccount)
    if (!principal || !applies(s)) continue
    const name = typeof s.Sid === 'string' && s.Sid ? s.Sid : `#${i + 1}`
    if (s.Effect === 'Deny') return { verdict: 'denied', statement: name, principal }
    if (s.Effect === 'Allow') allowed ??= { verdict: 'allowed', statement: name, principal }
  }
  return allowed ?? { verdict: 'missing' }
}
