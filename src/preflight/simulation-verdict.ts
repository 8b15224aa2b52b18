/**
 * What AWS's policy simulator answered for one action on one resource, and what to change when it
 * denies it, in the words of the advice layer. Pure, so it tests without AWS. Every text in an
 * answer (statement IDs, policy types, detail keys) is someone else's and is shown escaped.
 */
import type { EvaluationResult, Statement } from '@aws-sdk/client-iam'
import { describeFix, type Fix } from '../advice/explain.js'
import {
  renderStatement,
  requirementFor,
  type PolicyKind,
  type PolicyVars,
  type Setup
} from '../advice/permissions.js'
import { accountOf } from '../common/arn.js'
import { shown } from '../common/untrusted.js'
import type { CheckStatus } from './checklist.js'
import type { PlannedCheck } from './simulation-plan.js'

/** Which policy refused: the identity's own, the resource's, a permissions boundary, an SCP. */
export type Refuser = 'identity' | 'resource' | 'boundary' | 'organizations'

export interface Verdict {
  decision: 'allowed' | 'implicitDeny' | 'explicitDeny' | 'unanswered'
  refusers: Refuser[]
  /** The Deny statements that decided an explicitDeny, as "id (type)". */
  denials: string[]
  /** Condition keys the policies test that the request did not supply. */
  missing: string[]
}

/** Who was simulated, and the values the statements to add are filled with. */
export interface Simulated {
  arn: string
  account: string
  policy: Extract<PolicyKind, 'source-permissions' | 'target-permissions'>
  setup: Setup
  vars: Partial<PolicyVars>
  bucket?: string
  bucketAccount?: string
  /** The bucket policy was part of the simulation of the S3 resources. */
  resourcePolicy: boolean
}

/** The answer for `check` among a request's results; unanswered when AWS gave none. */
export function verdictFor(check: PlannedCheck, results: readonly EvaluationResult[]): Verdict {
  const result = results.find(
    r =>
      r.EvalActionName?.toLowerCase() === check.action.toLowerCase() &&
      (r.EvalResourceName === undefined ||
        r.EvalResourceName === '*' ||
        r.EvalResourceName === check.resource)
  )
  if (!result) return { decision: 'unanswered', refusers: [], denials: [], missing: [] }
  const specific = result.ResourceSpecificResults?.find(r => r.EvalResourceName === check.resource)
  const decision = specific?.EvalResourceDecision ?? result.EvalDecision ?? 'implicitDeny'
  const matched = specific?.MatchedStatements ?? result.MatchedStatements ?? []
  const boundary =
    specific?.PermissionsBoundaryDecisionDetail ?? result.PermissionsBoundaryDecisionDetail
  return {
    decision,
    refusers:
      decision === 'allowed'
        ? []
        : refusersOf(
            decision,
            matched,
            specific?.EvalDecisionDetails ?? result.EvalDecisionDetails ?? {},
            boundary?.AllowedByPermissionsBoundary === false,
            result.OrganizationsDecisionDetail?.AllowedByOrganizations === false
          ),
    denials:
      decision === 'explicitDeny'
        ? matched.map(
            s => `${shown(s.SourcePolicyId ?? '?')} (${shown(s.SourcePolicyType ?? '?')})`
          )
        : [],
    missing: [
      ...new Set([
        ...(result.MissingContextValues ?? []),
        ...(specific?.MissingContextValues ?? [])
      ])
    ].map(shown)
  }
}

function refusersOf(
  decision: 'implicitDeny' | 'explicitDeny',
  matched: readonly Statement[],
  details: Record<string, string>,
  boundary: boolean,
  organizations: boolean
): Refuser[] {
  const fromResource = (s: Statement) => s.SourcePolicyType === 'resource'
  const refusers = new Set<Refuser>()
  if (organizations) refusers.add('organizations')
  if (boundary) refusers.add('boundary')
  if (decision === 'explicitDeny') {
    for (const s of matched) refusers.add(fromResource(s) ? 'resource' : 'identity')
  } else {
    // Across accounts both sides must allow. A detail key may name the side that refused; when
    // none does, a matched Allow of the identity's own shows that the other side refused.
    const refusing = Object.entries(details)
      .filter(([key, value]) => value !== 'allowed' && /resource|iam|identity/i.test(key))
      .map(([key]) => (/resource/i.test(key) ? 'resource' : 'identity'))
    for (const side of refusing) refusers.add(side)
    if (!refusing.length && !boundary && !organizations) {
      refusers.add(matched.some(s => !fromResource(s)) ? 'resource' : 'identity')
    }
  }
  // A Deny that AWS does not name is still one of the identity's to look for.
  if (!refusers.size) refusers.add('identity')
  return [...refusers]
}

/** The check for a verdict other than allowed: its status and its one line of evidence. */
export function denialCheck(
  check: PlannedCheck,
  verdict: Verdict,
  who: Simulated
): [CheckStatus, string] {
  const { action, resource, requirement } = check
  const head = `AWS's policy simulator`
  if (verdict.decision === 'unanswered') {
    return ['skipped', `${head} gave no answer for ${action} on ${resource} as ${who.arn}`]
  }
  if (verdict.decision === 'implicitDeny' && verdict.missing.length) {
    return [
      'skipped',
      `${head} could not decide ${action} on ${resource} for ${who.arn}: its policies test ${verdict.missing.join(', ')}, which dry-run cannot supply; the run itself will tell`
    ]
  }
  if (verdict.decision === 'implicitDeny' && unseenResourcePolicy(check, verdict, who)) {
    const fix = resourceFix(check, who)
    return [
      'skipped',
      `${head} finds ${action} on ${resource} allowed by the policies of ${who.arn}, but cannot see ${describeFix({ ...fix, statement: undefined })}, which must allow it too${fix.statement ? ` (statement ${JSON.stringify(fix.statement)})` : ''}; the checks above show whether it does`
    ]
  }
  const why = verdict.refusers.map(r => refusal(r, check, verdict, who)).join('; and ')
  const evidence = `${head} denies ${action} on ${resource} to ${who.arn} (${verdict.decision}): ${why}`
  if (requirement.level === 'required') return ['failed', `${evidence}.`]
  return [
    'skipped',
    `${evidence}. Statement ${requirement.sid} is recommended, not required: ${requirement.why}.`
  ]
}

function refusal(refuser: Refuser, check: PlannedCheck, verdict: Verdict, who: Simulated): string {
  const deny = verdict.decision === 'explicitDeny'
  const denials = verdict.denials.length ? `a Deny among ${verdict.denials.join(', ')}` : 'a Deny'
  switch (refuser) {
    case 'organizations':
      return `a service control policy of the AWS organization denies it in account ${who.account}; the organization's administrator must allow ${check.action} there`
    case 'boundary':
      return `the permissions boundary of ${who.arn} does not allow it; add ${check.action} on ${check.resource} to that boundary policy in account ${who.account}`
    case 'identity': {
      const own: Fix = {
        policy: who.policy,
        owner: who.arn,
        account: who.account,
        statement: renderStatement(check.requirement, vars(who), who.setup)
      }
      return deny
        ? `${denials} overrides every Allow; remove or narrow it in the policies of ${who.arn} in account ${who.account}`
        : `no statement of its policies allows it. Add to ${describeFix(own)}`
    }
    case 'resource':
      return resourceRefusal(check, deny ? denials : undefined, who)
  }
}

/**
 * Only the resource's side refused, and the simulation did not hold that side's policy: across
 * accounts the simulator may count that as a denial it cannot confirm, so it decides nothing.
 */
function unseenResourcePolicy(check: PlannedCheck, verdict: Verdict, who: Simulated): boolean {
  const seen = who.resourcePolicy && check.action.startsWith('s3:')
  return !seen && verdict.refusers.length === 1 && verdict.refusers[0] === 'resource'
}

/** The policy on the resource's side: the bucket policy, the role's trust policy, the key policy. */
function resourceRefusal(check: PlannedCheck, denials: string | undefined, who: Simulated): string {
  const fix = resourceFix(check, who)
  const where = describeFix({ ...fix, statement: undefined })
  if (denials !== undefined) {
    return `${denials} overrides every Allow; remove or narrow it in ${where}`
  }
  return fix.statement
    ? `${where} does not allow it to ${who.arn}. Add to ${describeFix(fix)}`
    : `${where} does not allow it to ${who.arn}: allow ${check.action} on ${check.resource} to it there`
}

function resourceFix(check: PlannedCheck, who: Simulated): Fix {
  const service = check.action.split(':')[0]
  const fixIn = (policy: PolicyKind, sid: string | undefined, owner?: string, account?: string) => {
    const req = requirementFor(check.action, policy, sid)
    const statement = req && renderStatement(req, vars(who), who.setup)
    return { policy, owner, account, statement }
  }
  if (service === 's3') {
    const sid = check.action === 's3:ListBucket' ? 'CrossAccountList' : 'CrossAccountUpload'
    return fixIn('bucket-policy', sid, who.bucket, who.bucketAccount)
  }
  if (service === 'sts') {
    return fixIn('target-trust', 'TrustDevelopmentRole', check.resource, accountOf(check.resource))
  }
  return fixIn('kms-key-policy', 'UploaderUsesKey', check.resource, accountOf(check.resource))
}

/** The guide's values, with this identity as the role that needs the statement. */
function vars(who: Simulated): Partial<PolicyVars> {
  return who.policy === 'source-permissions'
    ? { ...who.vars, sourceRoleArn: who.arn }
    : { ...who.vars, targetRoleArn: who.arn }
}
