/** Advice as the one line that annotations and the job summary show. */
import type { PolicyKind } from '../permissions.js'
import type { Explanation, Fix } from './types.js'

const POLICY_NAMES: Record<PolicyKind, (owner?: string) => string> = {
  'source-trust': o => `the trust policy of ${o ?? 'the development role (oidc-role-arn)'}`,
  'source-permissions': o => `the permissions policy of ${o ?? 'the source identity'}`,
  'target-trust': o => `the trust policy of ${o ?? 'role-to-assume'}`,
  'target-permissions': o => `the permissions policy of ${o ?? 'the deploying role'}`,
  'bucket-policy': o => `the bucket policy of ${o ?? 'the revision bucket'}`,
  'instance-profile': () => 'the instance profile role of the production instances',
  'kms-key-policy': o => `the key policy of ${o ?? "the bucket's KMS key"}`
}

export function describeFix(fix: Fix): string {
  const where = POLICY_NAMES[fix.policy](fix.owner)
  const account = fix.account ? ` in account ${fix.account}` : ''
  const statement = fix.statement ? `: ${JSON.stringify(fix.statement)}` : ''
  return `${where}${account}${statement}`
}

/**
 * "Check: <hint>." followed by the statements that are likely missing, on one line: annotations
 * and the job summary show the first line only.
 */
export function formatExplanation(e: Explanation): string {
  const fixes = e.fixes.filter(f => f.statement)
  const missing = fixes.length
    ? ` Likely missing from ${fixes.map(describeFix).join('; and from ')}.`
    : ''
  return `Check: ${e.hint}.${missing}`
}
