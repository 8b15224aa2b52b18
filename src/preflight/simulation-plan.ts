/**
 * What the policy simulation asks AWS, worked out from the catalogue: for each identity of the run,
 * each action it will take on each exact resource of this run. Pure, so it tests without AWS.
 */
import type { ContextEntry } from '@aws-sdk/client-iam'
import { accountOf } from '../common/arn.js'
import {
  fill,
  requirementsFor,
  type PolicyVars,
  type Requirement,
  type Setup
} from '../advice/permissions.js'
import type { Identity } from './credentials.js'

/** One action on one resource, and the statement of the guide that grants it. */
export interface PlannedCheck {
  action: string
  resource: string
  requirement: Requirement
}

/** One SimulatePrincipalPolicy request: the actions on one resource, with its context. */
export interface SimulationRequest {
  resource: string
  actions: string[]
  context: ContextEntry[]
  /** An S3 resource: a bucket policy, when one is included, applies to it. */
  s3: boolean
}

export interface IdentityPlan {
  /** Which permissions policy the statements belong in: the target's when both are one. */
  who: 'source' | 'target'
  identity: Identity
  checks: PlannedCheck[]
  requests: SimulationRequest[]
  /** Statements whose resource is not known before the run (no bundle key, no KMS key ARN). */
  unknown: Requirement[]
}

/** The facts of this run that turn the guide's resource patterns into exact resources. */
export interface PlanInput {
  setup: Setup
  vars: Partial<PolicyVars>
  source?: Identity
  target?: Identity
  /** The key the bundle would be uploaded to, or the revision-location's key. */
  objectKey?: string
  /** The deployment configuration CreateDeployment would read. */
  deploymentConfig?: string
  bucketAccount?: string
  region: string
  externalId?: string
}

const KMS_KEY = /^arn:[\w-]+:kms:([\w-]+):\d{12}:key\/[\w-]+$/
const PLACEHOLDER = /\{\w+\}/

export function planSimulation(input: PlanInput): IdentityPlan[] {
  const requirements = requirementsFor(input.setup, ['required', 'recommended'])
  const plans: IdentityPlan[] = []
  const add = (who: IdentityPlan['who'], identity: Identity | undefined, reqs: Requirement[]) => {
    if (!identity || !reqs.length) return
    const same = plans.find(p => p.identity.arn === identity.arn)
    const plan = same ?? { who, identity, checks: [], requests: [], unknown: [] }
    if (!same) plans.push(plan)
    if (who === 'target') plan.who = 'target'
    for (const req of reqs) addRequirement(plan, req, input)
  }
  add(
    'source',
    input.source,
    requirements.filter(r => r.policy === 'source-permissions')
  )
  add(
    'target',
    input.target,
    requirements.filter(r => r.policy === 'target-permissions')
  )
  for (const plan of plans) plan.requests = requestsOf(plan.checks, input)
  return plans
}

function addRequirement(plan: IdentityPlan, req: Requirement, input: PlanInput): void {
  for (const template of req.resources) {
    const resource = exactResource(template, input)
    if (resource === undefined) {
      if (!plan.unknown.includes(req)) plan.unknown.push(req)
      continue
    }
    for (const action of req.actions) {
      if (plan.checks.some(c => c.action === action && c.resource === resource)) continue
      plan.checks.push({ action, resource, requirement: req })
    }
  }
}

/** The guide's resource pattern as the one resource this run uses; undefined when not known. */
export function exactResource(template: string, input: PlanInput): string | undefined {
  const filled = fill(template, {
    ...input.vars,
    revisionKeys: input.objectKey ?? '{revisionKeys}'
  }).replace(/:deploymentconfig:\*$/, `:deploymentconfig:${input.deploymentConfig ?? '{config}'}`)
  if (PLACEHOLDER.test(filled)) return undefined
  if (template === '{kmsKeyArn}' && !KMS_KEY.test(filled)) return undefined
  return filled
}

/** One request per resource: its context keys differ from one resource to the next. */
function requestsOf(checks: PlannedCheck[], input: PlanInput): SimulationRequest[] {
  const requests: SimulationRequest[] = []
  for (const check of checks) {
    const request = requests.find(r => r.resource === check.resource)
    if (request) {
      request.actions.push(check.action)
      continue
    }
    requests.push({
      resource: check.resource,
      actions: [check.action],
      context: [],
      s3: check.resource.split(':')[2] === 's3'
    })
  }
  for (const request of requests) request.context = contextOf(request, input)
  return requests
}

/**
 * The request context AWS would see, for conditions on it: the external ID the guide's trust
 * policy tests, the service a passed role goes to, and the global keys that policies and guardrails commonly test (HTTPS, the
 * resource's account, the region called).
 */
export function contextOf(request: SimulationRequest, input: PlanInput): ContextEntry[] {
  const entries: ContextEntry[] = [entry('aws:SecureTransport', 'true', 'boolean')]
  const account = request.s3 ? input.bucketAccount : accountOf(request.resource)
  if (account) entries.push(entry('aws:ResourceAccount', account))
  const region = regionCalled(request.resource, input.region)
  if (region) entries.push(entry('aws:RequestedRegion', region))
  if (input.externalId && request.actions.includes('sts:AssumeRole')) {
    entries.push(entry('sts:ExternalId', input.externalId))
  }
  // The one role the run passes is a task definition's, to ECS (statement PassTaskRoles).
  if (request.actions.includes('iam:PassRole')) {
    entries.push(entry('iam:PassedToService', 'ecs-tasks.amazonaws.com'))
  }
  return entries
}

/** S3 follows the bucket to its own region, which is not known here. */
function regionCalled(resource: string, region: string): string | undefined {
  const service = resource.split(':')[2]
  if (service === 'kms') return KMS_KEY.exec(resource)?.[1]
  return service === 's3' ? undefined : region
}

function entry(
  name: string,
  value: string,
  type: ContextEntry['ContextKeyType'] = 'string'
): ContextEntry {
  return { ContextKeyName: name, ContextKeyValues: [value], ContextKeyType: type }
}
