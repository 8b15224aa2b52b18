/**
 * The sharper half of the dry run: each identity asks AWS's policy simulator
 * (iam:SimulatePrincipalPolicy) about its own role, for every action this run takes with it on
 * the exact resources of this run, including those the probes cannot try (the upload,
 * CreateDeployment, StopDeployment). Without that permission it says so in one line, and the
 * probes, which run in any case, stand in for it.
 */
import {
  paginateSimulatePrincipalPolicy,
  type EvaluationResult,
  type IAMClient,
  type SimulatePrincipalPolicyCommandInput
} from '@aws-sdk/client-iam'
import { GetBucketPolicyCommand } from '@aws-sdk/client-s3'
import { describeFix, roleArnOf } from '../advice/explain.js'
import {
  renderStatement,
  requirementFor,
  type PolicyVars,
  type Setup
} from '../advice/permissions.js'
import { accountOf, partitionOf } from '../common/arn.js'
import { errorName, errorText, isAccessDenied } from '../common/aws-errors.js'
import type { ActionInputs } from '../inputs/inputs.js'
import { attempt, type Checklist } from './checklist.js'
import type { Identities } from './credentials.js'
import type { PreflightDeps } from './deps.js'
import { policySource, type PolicySource } from './role-arn.js'
import { planSimulation, type IdentityPlan, type SimulationRequest } from './simulation-plan.js'
import { denialCheck, verdictFor, type Simulated } from './simulation-verdict.js'

/** What the checks before this one learnt, which turns the guide's patterns into exact resources. */
export interface SimulationContext {
  inputs: ActionInputs
  identities: Identities
  setup: Setup
  vars: Partial<PolicyVars>
  /** The key the bundle would be uploaded to, or the revision-location's key. */
  objectKey?: string
  deploymentConfig?: string
  bucket?: string
  /** The account that owns the bucket, when known. */
  bucketAccount?: string
}

type Role = Exclude<PolicySource, { unavailable: string }>

/** The bucket policy, when it matters (the bucket is in another account) and could be read. */
interface BucketPolicy {
  text?: string
  owner?: string
  /** Why it is not part of the simulation. */
  note?: string
}

const PROBES = 'the checks above, which probe with read calls, stand in for it'

export async function checkPolicySimulation(
  ctx: SimulationContext,
  deps: PreflightDeps,
  list: Checklist
): Promise<void> {
  const plans = planSimulation({
    setup: ctx.setup,
    vars: ctx.vars,
    source: ctx.identities.source,
    target: ctx.identities.target,
    objectKey: ctx.objectKey,
    deploymentConfig: ctx.deploymentConfig,
    bucketAccount: ctx.bucketAccount,
    region: ctx.inputs.region,
    externalId: ctx.inputs.roleExternalId
  })
  for (const plan of plans) await simulateIdentity(plan, ctx, deps, list)
}

async function simulateIdentity(
  plan: IdentityPlan,
  ctx: SimulationContext,
  deps: PreflightDeps,
  list: Checklist
): Promise<void> {
  const title = `Policy simulation for ${ctx.inputs.roleToAssume && plan.who === 'target' ? 'role-to-assume' : 'the source credentials'}`
  let client: Promise<IAMClient> | undefined
  const iam = () => (client ??= deps.iam(plan.identity.credentials))
  const named = [ctx.inputs.oidcRoleArn, ctx.inputs.roleToAssume]
  const found = await attempt(() => policySource(plan.identity.arn, named, iam))
  if ('err' in found) {
    list.add(title, 'skipped', unavailable(plan, ctx, undefined, found.err))
    return
  }
  if ('unavailable' in found.ok) {
    list.add(title, 'skipped', `${found.ok.unavailable}; ${PROBES}`)
    return
  }
  const role = found.ok
  const bucketPolicy = await readBucketPolicy(plan, role, ctx, deps)
  const answers = await attempt(async () => askAll(await iam(), plan, role, bucketPolicy))
  if ('err' in answers) {
    list.add(title, 'skipped', unavailable(plan, ctx, role, answers.err))
    return
  }
  const who: Simulated = {
    arn: role.arn,
    account: role.account,
    policy: plan.who === 'source' ? 'source-permissions' : 'target-permissions',
    setup: ctx.setup,
    vars: ctx.vars,
    bucket: ctx.bucket,
    bucketAccount: ctx.bucketAccount,
    resourcePolicy: answers.ok.withBucketPolicy
  }
  const notes = [
    role.guessed && guessedNote(role),
    bucketPolicy.note,
    answers.ok.note,
    unknownNote(plan)
  ]
  report(plan, who, answers.ok.results, notes, title, list)
}

/** Every request of the plan, each answer page by page. */
async function askAll(
  iam: IAMClient,
  plan: IdentityPlan,
  role: Role,
  bucketPolicy: BucketPolicy
): Promise<{ results: Map<string, EvaluationResult[]>; withBucketPolicy: boolean; note?: string }> {
  const results = new Map<string, EvaluationResult[]>()
  const { text, owner } = bucketPolicy
  let withBucketPolicy = text !== undefined && owner !== undefined
  let note: string | undefined
  for (const request of plan.requests) {
    const policy = request.s3 && withBucketPolicy && text && owner ? { text, owner } : undefined
    try {
      results.set(request.resource, await simulate(iam, simulationInput(role, request, policy)))
    } catch (err) {
      // AWS documents resource policies in the simulation for IAM users only: for a role it may
      // refuse them, and then the role's own policies are still worth evaluating.
      if (policy === undefined || errorName(err) !== 'InvalidInput') throw err
      withBucketPolicy = false
      note = `AWS's policy simulator would not take the bucket policy (${errorText(err)}), so it evaluated the identity's own policies only`
      results.set(request.resource, await simulate(iam, simulationInput(role, request)))
    }
  }
  return { results, withBucketPolicy, note }
}

async function simulate(
  iam: IAMClient,
  input: SimulatePrincipalPolicyCommandInput
): Promise<EvaluationResult[]> {
  const results: EvaluationResult[] = []
  for await (const page of paginateSimulatePrincipalPolicy({ client: iam }, input)) {
    results.push(...(page.EvaluationResults ?? []))
  }
  return results
}

function simulationInput(
  role: Role,
  request: SimulationRequest,
  bucketPolicy?: { text: string; owner: string }
): SimulatePrincipalPolicyCommandInput {
  const input: SimulatePrincipalPolicyCommandInput = {
    PolicySourceArn: role.arn,
    ActionNames: request.actions,
    ResourceArns: [request.resource],
    ContextEntries: request.context
  }
  if (!bucketPolicy) return input
  return {
    ...input,
    ResourcePolicy: bucketPolicy.text,
    // Resource policies are evaluated for the bucket's account, with this identity as the caller.
    ResourceOwner: `arn:${partitionOf(role.arn)}:iam::${bucketPolicy.owner}:root`,
    CallerArn: role.arn
  }
}

/**
 * Across accounts, S3 needs the bucket policy to allow the caller too. Only an identity of the
 * bucket's own account may read that policy; the other identity of this run may be one.
 */
async function readBucketPolicy(
  plan: IdentityPlan,
  role: Role,
  ctx: SimulationContext,
  deps: PreflightDeps
): Promise<BucketPolicy> {
  const { bucket, bucketAccount } = ctx
  if (!bucket || !bucketAccount || bucketAccount === role.account) return {}
  if (!plan.requests.some(r => r.s3)) return {}
  const not = `the bucket policy of ${bucket} (account ${bucketAccount}) is not part of it`
  const { source, target } = ctx.identities
  const reader = [source, target].find(i => i?.account === bucketAccount)
  if (!reader) {
    return { note: `${not}: only an identity of that account may read it, and none of this run is` }
  }
  const read = await attempt(() =>
    deps
      .s3(reader.credentials)
      .send(new GetBucketPolicyCommand({ Bucket: bucket, ExpectedBucketOwner: bucketAccount }))
  )
  if ('err' in read)
    return { note: `${not}: reading it as ${reader.arn} failed: ${errorText(read.err)}` }
  if (!read.ok.Policy) return { note: `${not}: it is empty` }
  return { text: read.ok.Policy, owner: bucketAccount }
}

/** The line that replaces the simulation when it cannot be had, with the statement that enables it. */
function unavailable(
  plan: IdentityPlan,
  ctx: SimulationContext,
  role: Role | undefined,
  err: unknown
): string {
  const policy = plan.who === 'source' ? 'source-permissions' : 'target-permissions'
  const roleArn = role?.arn ?? roleArnOf(plan.identity.arn) ?? plan.identity.arn
  const fixFor = (action: string) => {
    const req = requirementFor(action, policy)
    const vars = {
      ...ctx.vars,
      [plan.who === 'source' ? 'sourceRoleArn' : 'targetRoleArn']: roleArn
    }
    return describeFix({
      policy,
      owner: roleArn,
      account: accountOf(roleArn),
      statement: req && renderStatement(req, vars, ctx.setup)
    })
  }
  if (role?.guessed && errorName(err) === 'NoSuchEntity') {
    return `${roleArn} is not the role's full ARN (it has a path), and iam:GetRole, which would tell it, was refused (${role.guessed}). For AWS's policy simulator to check every action this run takes, add to ${fixFor('iam:GetRole')}; until then ${PROBES}`
  }
  const what = isAccessDenied(err) ? 'was refused' : 'could not be asked'
  return `AWS's policy simulator ${what} (iam:SimulatePrincipalPolicy as ${plan.identity.arn}: ${errorText(err)}). For a check of every action this run takes on its exact resources, add to ${fixFor('iam:SimulatePrincipalPolicy')}; until then ${PROBES}`
}

function guessedNote(role: Role): string {
  return `iam:GetRole was refused (${role.guessed}), so the role was simulated as ${role.arn}, without a path`
}

function unknownNote(plan: IdentityPlan): string | undefined {
  if (!plan.unknown.length) return undefined
  const sids = plan.unknown.map(r => r.sid).join(', ')
  return `not simulated, since their resource is not known before the run: statements ${sids}`
}

/** One line for what AWS allows, then one check for each action it denies. */
function report(
  plan: IdentityPlan,
  who: Simulated,
  results: Map<string, EvaluationResult[]>,
  notes: (string | false | undefined)[],
  title: string,
  list: Checklist
): void {
  const verdicts = plan.checks.map(check => ({
    check,
    verdict: verdictFor(check, results.get(check.resource) ?? [])
  }))
  const allowed = verdicts.filter(v => v.verdict.decision === 'allowed').map(v => v.check)
  const byResource = new Map<string, string[]>()
  for (const { action, resource } of allowed) {
    byResource.set(resource, [...(byResource.get(resource) ?? []), action])
  }
  const granted = [...byResource].map(
    ([resource, actions]) => `${actions.join(', ')} on ${resource}`
  )
  const also = notes.filter((n): n is string => typeof n === 'string' && n !== '')
  list.add(
    title,
    allowed.length ? 'passed' : 'skipped',
    [
      `AWS's policy simulator allows ${allowed.length} of the ${plan.checks.length} actions this run takes as ${who.arn}${granted.length ? `: ${granted.join('; ')}` : ''}`,
      ...also
    ].join('; ')
  )
  for (const { check, verdict } of verdicts) {
    if (verdict.decision === 'allowed') continue
    list.add(`${title}: ${check.action}`, ...denialCheck(check, verdict, who))
  }
}
