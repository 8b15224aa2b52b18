/**
 * The emulator's IAM policy evaluator: @cloud-copilot/iam-simulate (a development dependency,
 * AGPL-3.0, never bundled into dist/) behind a JSON-lines protocol, so the Python emulator asks
 * the same evaluator for every request instead of carrying IAM logic of its own.
 *
 * One request per line on stdin: {"id", "simulation", "unsafe"?}; one answer per line on
 * stdout: {"id", "decision": "Allowed" | "ExplicitlyDenied" | "ImplicitlyDenied",
 * "evaluatedResource", "identity"?, "resource"?, "allow": [statement], "deny": [statement],
 * "errors"?}, where a
 * statement is {"policy", "sid", "index", "kind": "identity" | "resource"}.
 *
 * `unsafe` skips the library's check of context keys against the Service Authorization
 * Reference. STS evaluates the provider-specific keys of an OIDC provider (for example
 * token.actions.githubusercontent.com:sub) in trust policies, but the reference does not list
 * them for sts:AssumeRoleWithWebIdentity, so the validated path would drop them and deny. The
 * library's own runUnsafeSimulation loads the resource policy without a name, which its engine
 * then fails on (0.1.173), so this does the same with the engine's modules, naming the policy.
 */
import { loadPolicy } from '@cloud-copilot/iam-policy'
import { isWildcardOnlyAction, runSimulation } from '@cloud-copilot/iam-simulate'
import { createInterface } from 'node:readline'

// The engine's modules, by file: the package exports only its entry point.
const engine = path => import(new URL(path, import.meta.resolve('@cloud-copilot/iam-simulate')))
const [
  { DiscoveryContextKeyConstraints },
  { authorize },
  { AwsRequestImpl },
  { RequestContextImpl }
] = await Promise.all([
  engine('./context_keys/discoveryContextKeyConstraints.js'),
  engine('./core_engine/CoreSimulatorEngine.js'),
  engine('./request/request.js'),
  engine('./requestContext.js')
])

function runUnvalidated(simulation) {
  const { request } = simulation
  return authorize({
    request: new AwsRequestImpl(
      request.principal,
      request.resource,
      request.action,
      new RequestContextImpl(request.contextVariables)
    ),
    sessionPolicy: undefined,
    identityPolicies: simulation.identityPolicies.map(p => loadPolicy(p.policy, { name: p.name })),
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    resourcePolicy: simulation.resourcePolicy
      ? loadPolicy(simulation.resourcePolicy, { name: 'trust policy' })
      : undefined,
    permissionBoundaries: undefined,
    vpcEndpointPolicies: undefined,
    simulationParameters: {
      simulationMode: 'Strict',
      discoveryContextKeyConstraints: new DiscoveryContextKeyConstraints([])
    },
    serviceSettings: { s3: {} }
  })
}

function statements(analysis, kind) {
  const pick = (list, effect) =>
    (list ?? []).map(s => ({
      kind,
      effect,
      policy: s.policyId ?? s.policyName ?? null,
      sid: s.statement?.sid?.() ?? null,
      index: typeof s.statement?.index === 'function' ? s.statement.index() : null
    }))
  return {
    allow: pick(analysis?.allowStatements, 'Allow'),
    deny: pick(analysis?.denyStatements, 'Deny')
  }
}

/**
 * Actions the Service Authorization Reference lists with no resource type (StopDeployment,
 * ListDeploymentTargets, ...) are authorised on "*", whatever resource the call names.
 */
async function onResource(simulation) {
  const [service, action] = simulation.request.action.split(':')
  const wildcardOnly = await isWildcardOnlyAction(service, action).catch(() => false)
  if (!wildcardOnly) return simulation
  const resource = { ...simulation.request.resource, resource: '*' }
  return { ...simulation, request: { ...simulation.request, resource } }
}

async function evaluate(request) {
  request.simulation = await onResource(request.simulation)
  const evaluatedResource = request.simulation.request.resource.resource
  return { evaluatedResource, ...(await decide(request)) }
}

async function decide(request) {
  if (request.unsafe) {
    const analysis = runUnvalidated(request.simulation)
    const resource = statements(analysis.resourceAnalysis, 'resource')
    return { decision: analysis.result, allow: resource.allow, deny: resource.deny }
  }
  const response = await runSimulation(request.simulation, {})
  if (response.resultType === 'error') {
    return { decision: 'ImplicitlyDenied', allow: [], deny: [], errors: response.errors }
  }
  const result = response.resultType === 'single' ? response.result : response.results[0]
  const analysis = result?.analysis
  const identity = statements(analysis?.identityAnalysis, 'identity')
  const resource = statements(analysis?.resourceAnalysis, 'resource')
  return {
    decision: response.overallResult,
    identity: analysis?.identityAnalysis?.result ?? null,
    resource: analysis?.resourceAnalysis?.result ?? null,
    sameAccount: analysis?.sameAccount ?? null,
    allow: [...identity.allow, ...resource.allow],
    deny: [...identity.deny, ...resource.deny],
    ignoredContextKeys: result?.ignoredContextKeys ?? []
  }
}

const lines = createInterface({ input: process.stdin })
lines.on('line', async line => {
  let id = null
  try {
    const request = JSON.parse(line)
    id = request.id
    const answer = await evaluate(request)
    process.stdout.write(JSON.stringify({ id, ...answer }) + '\n')
  } catch (error) {
    process.stdout.write(JSON.stringify({ id, error: String(error?.stack ?? error) }) + '\n')
  }
})
lines.on('close', () => process.exit(0))
