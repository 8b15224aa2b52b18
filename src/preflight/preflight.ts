import { ACTIVE_STATUSES } from '../codedeploy/status.js'
import * as core from '@actions/core'
import {
  GetApplicationCommand,
  GetApplicationRevisionCommand,
  GetDeploymentCommand,
  GetDeploymentConfigCommand,
  GetDeploymentGroupCommand,
  ListDeploymentTargetsCommand,
  ListDeploymentsCommand,
  type CodeDeployClient,
  type ComputePlatform,
  type DeploymentGroupInfo
} from '@aws-sdk/client-codedeploy'
import {
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketPolicyCommand,
  GetBucketVersioningCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  type S3Client
} from '@aws-sdk/client-s3'
import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import { codeDeployClient, s3Client, stsFactory } from '../aws/clients.js'
import { chooseSource, resolveCredentials, type ResolvedCredentials } from '../aws/credentials.js'
import { errorName, errorText, isAccessDenied, isNotFound } from '../common/aws-errors.js'
import {
  explain,
  formatExplanation,
  roleArnOf,
  tokenClaims,
  type CodeDeployContext,
  type S3Context
} from '../advice/explain.js'
import type { BundleType } from '../bundle/index.js'
import type { ActionInputs } from '../inputs/inputs.js'
import {
  POLICIES,
  actionMatches,
  fill,
  policyDocument,
  requirementFor,
  requirementsFor,
  resourceMatches,
  type PolicyKind,
  type PolicyVars,
  type Requirement,
  type Setup
} from '../advice/permissions.js'
import { revisionKeys } from '../s3/keys.js'
import { accountOf, partitionOf } from '../common/arn.js'
import {
  discard,
  planRevision,
  platformOf,
  prepareLocalRevision,
  type LocalRevision,
  type RevisionPlan
} from '../revision/plan.js'
import { bundleKey } from '../s3/keys.js'
import { revisionLocation } from '../s3/objects.js'
import { checkPlatformMatches } from '../revision/platform.js'
import { logInfo } from '../common/log.js'
import { html, htmlBlock } from '../common/untrusted.js'

export type CheckStatus = 'passed' | 'failed' | 'skipped'

export interface Check {
  title: string
  status: CheckStatus
  /** What was seen: the identity, the resource, the answer AWS gave. */
  evidence: string
}

export interface PreflightDeps {
  sts: (credentials?: AwsCredentialIdentityProvider) => STSClient
  s3: (credentials: AwsCredentialIdentityProvider) => S3Client
  codeDeploy: (credentials: AwsCredentialIdentityProvider) => CodeDeployClient
  getIdToken: (audience: string) => Promise<string>
}

export function defaultPreflightDeps(region: string): PreflightDeps {
  return {
    sts: stsFactory(region),
    s3: credentials => s3Client(region, credentials),
    codeDeploy: credentials => codeDeployClient(region, credentials),
    getIdToken: audience => core.getIDToken(audience)
  }
}

/**
 * `dry-run: true`: checks the whole setup without creating or uploading anything, prints a
 * checklist and writes it to the job summary. True when no check failed.
 */
export async function runPreflight(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  deps: PreflightDeps = defaultPreflightDeps(inputs.region)
): Promise<boolean> {
  const { checks, setup, vars } = await collectChecks(inputs, env, deps)
  for (const line of formatChecklist(checks)) logInfo(line)
  for (const check of checks.filter(c => c.status === 'failed')) {
    core.error(check.evidence, { title: `${check.title} (dry run)` })
  }
  await writePreflightSummary(inputs, checks, setup, vars).catch(err =>
    core.warning(`Could not write the job summary: ${errorText(err)}`)
  )
  return !checks.some(c => c.status === 'failed')
}

// ---- Formatting: pure, so it tests without AWS. ----

const ICONS: Record<CheckStatus, string> = { passed: '✅', failed: '❌', skipped: '⏭️' }

export function countChecks(checks: readonly Check[]): Record<CheckStatus, number> {
  const counts = { passed: 0, failed: 0, skipped: 0 }
  for (const c of checks) counts[c.status]++
  return counts
}

export function formatCheck(check: Check): string {
  return `${ICONS[check.status]} ${check.status.padEnd(7)} ${check.title}: ${check.evidence}`
}

export function formatChecklist(checks: readonly Check[]): string[] {
  const n = countChecks(checks)
  const verdict = n.failed
    ? `${n.failed} check${n.failed === 1 ? '' : 's'} failed`
    : 'every check that could run passed'
  return [
    'Dry run: nothing is uploaded and no deployment is created.',
    ...checks.map(formatCheck),
    `Dry run: ${n.passed} passed, ${n.failed} failed, ${n.skipped} skipped: ${verdict}.`
  ]
}

export function summaryRows(checks: readonly Check[]): string[][] {
  return checks.map(c => [`${ICONS[c.status]} ${c.status}`, html(c.title), html(c.evidence)])
}

/** "Sid: actions on resources", short enough for a checklist line. */
export function describeRequirement(req: Requirement, vars: Partial<PolicyVars>): string {
  const on = req.resources.length ? ` on ${req.resources.map(r => fill(r, vars)).join(', ')}` : ''
  return `statement ${req.sid} (${req.actions.join(', ')}${on})`
}

/** S3 answers no LocationConstraint for us-east-1, and EU for the oldest eu-west-1 buckets. */
export function bucketRegion(locationConstraint: string | undefined | null): string {
  if (!locationConstraint) return 'us-east-1'
  return locationConstraint === 'EU' ? 'eu-west-1' : locationConstraint
}

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

/** Which statements apply to these inputs. */
export function preflightSetup(
  inputs: ActionInputs,
  facts: {
    source: Setup['source']
    bucketAccount: Setup['bucketAccount']
    kms: boolean
    revision: Setup['revision']
  }
): Setup {
  return {
    ...facts,
    crossAccount: inputs.roleToAssume !== undefined,
    upload: inputs.uploadCredentials,
    wait: inputs.wait,
    stop: inputs.stopOnCancel || inputs.stopOnTimeout || inputs.onActiveDeployment === 'stop',
    sessionTags: false,
    uploadOnly: inputs.uploadOnly
  }
}

async function writePreflightSummary(
  inputs: ActionInputs,
  checks: readonly Check[],
  setup: Setup,
  vars: Partial<PolicyVars>
): Promise<void> {
  const n = countChecks(checks)
  const summary = core.summary
    .addHeading(
      `CodeDeploy dry run: ${html(inputs.application)} / ${html(inputs.deploymentGroup)}`,
      2
    )
    .addRaw(
      `<p>${n.passed} passed, ${n.failed} failed, ${n.skipped} skipped. Nothing was uploaded and no deployment was created.</p>`,
      true
    )
    .addTable([
      [
        { data: 'Result', header: true },
        { data: 'Check', header: true },
        { data: 'Evidence', header: true }
      ],
      ...summaryRows(checks)
    ])
  summary.addHeading('Policies this configuration needs', 3)
  for (const kind of Object.keys(POLICIES) as PolicyKind[]) {
    const doc = policyDocument(kind, setup, vars)
    if (!doc.Statement.length) continue
    summary.addDetails(
      html(POLICIES[kind].title),
      `\n\n<pre lang="json"><code>${htmlBlock(JSON.stringify(doc, null, 2))}</code></pre>\n\n`
    )
  }
  await summary.write()
}

// ---- The checks. Each AWS call is read-only. ----

class Checklist {
  readonly checks: Check[] = []
  add(title: string, status: CheckStatus, evidence: string): CheckStatus {
    this.checks.push({ title, status, evidence })
    return status
  }

  /**
   * A check of a permission the deployment does without (a dry-run or recommended statement):
   * a denial leaves it skipped, with the statement that grants it; any other error fails it.
   */
  optional(title: string, err: unknown, evidence: string): CheckStatus {
    return this.add(title, isAccessDenied(err) ? 'skipped' : 'failed', evidence)
  }
}

function explained(err: unknown, ctx: S3Context | CodeDeployContext): string {
  return `${errorText(err)}. ${formatExplanation(explain(err, ctx))}`
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

async function attempt<T>(call: () => Promise<T>): Promise<{ ok: T } | { err: unknown }> {
  try {
    return { ok: await call() }
  } catch (err) {
    return { err }
  }
}

interface Identity {
  credentials: AwsCredentialIdentityProvider
  arn: string
  account: string
}

/** The revision as dry-run sees it: where it would be stored in S3, if anywhere. */
interface RevisionFacts {
  kind: Setup['revision']
  platform?: ComputePlatform
  bucket?: string
  key?: string
  versionId?: string
  bundleType?: BundleType
  sha256?: string
}

async function collectChecks(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  deps: PreflightDeps
): Promise<{ checks: Check[]; setup: Setup; vars: Partial<PolicyVars> }> {
  const list = new Checklist()
  const revision = await checkRevision(inputs, env, list)

  const sourceKind = chooseSource(inputs, env)
  const { source, target, subject } = await checkCredentials(inputs, env, deps, sourceKind, list)
  const bucket = revision?.bucket ?? inputs.s3Bucket
  const vars: Partial<PolicyVars> = {
    partition: partitionOf(inputs.roleToAssume ?? inputs.oidcRoleArn ?? target?.arn),
    region: inputs.region,
    sourceAccount: source?.account,
    targetAccount: target?.account,
    sourceRoleArn: inputs.oidcRoleArn ?? roleArnOf(source?.arn),
    targetRoleArn: inputs.roleToAssume ?? roleArnOf(target?.arn),
    application: inputs.application,
    deploymentGroup: inputs.deploymentGroup,
    bucket,
    revisionKeys:
      revision?.kind === 'existing' && revision.key
        ? revision.key
        : revisionKeys(inputs.s3KeyPrefix, inputs.application),
    audience: inputs.audience,
    subject,
    externalId: inputs.roleExternalId
  }

  const uploader = inputs.uploadCredentials === 'source' ? source : target
  const bucketAccount: Setup['bucketAccount'] =
    inputs.s3BucketOwner !== undefined
      ? inputs.s3BucketOwner === target?.account
        ? 'target'
        : 'source'
      : inputs.uploadCredentials
  const kind = revision?.kind ?? (inputs.revisionLocation ? 'existing' : 'bundle')
  let kms = false
  if (kind === 'appspec-content') {
    list.add(
      'Revision bucket',
      'skipped',
      'not used: an ECS or Lambda AppSpec is sent to CodeDeploy as it is, nothing goes to S3'
    )
  } else if (!bucket) {
    list.add('Revision bucket', 'skipped', 'no s3-bucket or revision-location')
  } else {
    const facts = await checkBucket(inputs, bucket, uploader, revision, deps, list, {
      targetAccount: target?.account,
      bucketAccount,
      vars
    })
    kms = facts.kms
    if (facts.kmsKeyArn) vars.kmsKeyArn = facts.kmsKeyArn
  }
  const setup = preflightSetup(inputs, { source: sourceKind, bucketAccount, kms, revision: kind })

  await checkCodeDeploy(inputs, target, revision, deps, list, setup, vars)
  checkGitHubDeployment(inputs, list)
  return { checks: list.checks, setup, vars }
}

async function checkRevision(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  list: Checklist
): Promise<RevisionFacts | undefined> {
  let plan: RevisionPlan
  let local: LocalRevision
  try {
    plan = await planRevision(inputs)
    local = await prepareLocalRevision(plan, inputs, env)
  } catch (err) {
    list.add('Revision', 'failed', messageOf(err))
    return undefined
  }
  switch (local.kind) {
    case 'bundle': {
      const { bundle } = local
      await discard(bundle)
      const hooks = bundle.appSpec.hooks.map(h => h.event).join(', ') || 'none'
      list.add(
        'Bundle and AppSpec',
        'passed',
        `${bundle.fileCount} files, ${bundle.size} bytes, SHA-256 ${bundle.sha256}; ${bundle.appSpec.file} is valid (os ${bundle.appSpec.os}, hooks: ${hooks})`
      )
      return {
        kind: 'bundle',
        platform: 'Server',
        bucket: local.bucket,
        key: bundleKey(inputs.s3KeyPrefix, inputs.application, bundle.sha256, bundle.bundleType),
        bundleType: bundle.bundleType,
        sha256: bundle.sha256
      }
    }
    case 'appspec-content': {
      const { content } = local
      const platform = content.appSpec.platform
      const what =
        content.appSpec.platform === 'ECS'
          ? `task definition ${content.appSpec.taskDefinition}, container ${content.appSpec.containerName}:${content.appSpec.containerPort}`
          : `function ${content.appSpec.functionName}, alias ${content.appSpec.alias}, ${content.appSpec.currentVersion} → ${content.appSpec.targetVersion}`
      list.add(
        'AppSpec',
        'passed',
        `${platform} AppSpec is valid (${what}); SHA-256 ${content.sha256}`
      )
      return { kind: 'appspec-content', platform, sha256: content.sha256 }
    }
    case 'existing': {
      const { location } = local
      list.add(
        'Revision',
        'passed',
        `revision-location ${revisionLocation(location.bucket, location.key, location.versionId)} (${location.bundleType}) is deployed as it is; its object is checked below`
      )
      return {
        kind: 'existing',
        platform: platformOf(plan),
        bucket: location.bucket,
        key: location.key,
        versionId: location.versionId,
        bundleType: location.bundleType
      }
    }
  }
}

function checkGitHubDeployment(inputs: ActionInputs, list: Checklist): void {
  if (!inputs.githubEnvironment) return
  list.add(
    'GitHub deployment',
    inputs.githubToken ? 'skipped' : 'failed',
    inputs.githubToken
      ? `not tried: dry-run records no deployment in environment '${inputs.githubEnvironment}'; the token needs deployments: write`
      : `github-environment is '${inputs.githubEnvironment}' but github-token is empty: pass a token with deployments: write`
  )
}

async function checkCredentials(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  deps: PreflightDeps,
  sourceKind: Setup['source'],
  list: Checklist
): Promise<{ source?: Identity; target?: Identity; subject?: string }> {
  let subject: string | undefined
  let tokenError: unknown
  let tokenAudience: string | undefined
  const getIdToken = async (audience: string) => {
    try {
      const token = await deps.getIdToken(audience)
      const sub = tokenClaims(token)?.sub
      subject = typeof sub === 'string' ? sub : undefined
      tokenAudience = audience
      return token
    } catch (err) {
      tokenError = err
      throw err
    }
  }
  const resolve = (roleToAssume: string | undefined) =>
    attempt(() =>
      resolveCredentials({ ...inputs, roleToAssume }, { sts: deps.sts, getIdToken, env })
    )
  const identity = (r: ResolvedCredentials): Identity => ({
    credentials: r.target,
    arn: r.targetArn,
    account: r.targetAccountId
  })
  const usesOidc = sourceKind === 'oidc-role' || sourceKind === 'oidc-direct'
  const tokenCheck = () => {
    if (!usesOidc) {
      list.add(
        'GitHub OIDC token',
        'skipped',
        `not used: the source credentials come from ${sourceKind === 'environment' ? 'the environment (AWS_ACCESS_KEY_ID)' : "the SDK's default chain"}`
      )
    } else if (tokenAudience !== undefined) {
      list.add(
        'GitHub OIDC token',
        'passed',
        `issued for audience '${tokenAudience}'${subject ? ` with sub '${subject}' (the trust policy's sub condition must match it)` : ''}`
      )
    } else if (tokenError !== undefined) {
      list.add(
        'GitHub OIDC token',
        'failed',
        `${errorText(tokenError)}; the job needs 'permissions: id-token: write'`
      )
    }
  }

  if (sourceKind === 'oidc-direct') {
    const title = `Assume role-to-assume ${inputs.roleToAssume} with the GitHub OIDC token`
    const r = await resolve(inputs.roleToAssume)
    tokenCheck()
    if ('err' in r) {
      list.add(title, 'failed', messageOf(r.err))
      return { subject }
    }
    const target = identity(r.ok)
    list.add(title, 'passed', `signed in as ${target.arn} in account ${target.account}`)
    targetAccountCheck(inputs, target, list)
    return { source: target, target, subject }
  }

  const how = {
    'oidc-role': `oidc-role-arn ${inputs.oidcRoleArn} through the GitHub OIDC token`,
    environment: 'credentials in the environment',
    'default-chain': "the SDK's default credential chain"
  }[sourceKind]
  const title = `Source credentials (${how})`
  // One sign-in for the whole chain; the source identity is read with the source credentials it
  // used. Only when the chain breaks is the source tried alone, to tell which link broke.
  const chain = await resolve(inputs.roleToAssume)
  const sourceOf = async (): Promise<{ ok: Identity } | { err: unknown }> => {
    if (!inputs.roleToAssume) return 'ok' in chain ? { ok: identity(chain.ok) } : chain
    if ('ok' in chain) return attempt(() => callerIdentity(deps, chain.ok.source))
    if (tokenError !== undefined) return chain
    const alone = await resolve(undefined)
    return 'ok' in alone ? { ok: identity(alone.ok) } : alone
  }
  const s = await sourceOf()
  tokenCheck()
  if ('err' in s) {
    list.add(title, 'failed', messageOf(s.err))
    if (inputs.roleToAssume) {
      list.add(
        `Assume role-to-assume ${inputs.roleToAssume}`,
        'skipped',
        'needs the source credentials'
      )
    }
    return { subject }
  }
  const source = s.ok
  list.add(title, 'passed', `signed in as ${source.arn} in account ${source.account}`)
  if (!inputs.roleToAssume) {
    list.add(
      'Assume role-to-assume',
      'skipped',
      `role-to-assume is empty: the deployment is made in account ${source.account} with the source credentials`
    )
    return { source, target: source, subject }
  }
  const assumeTitle = `Assume role-to-assume ${inputs.roleToAssume}`
  if ('err' in chain) {
    list.add(assumeTitle, 'failed', messageOf(chain.err))
    return { source, subject }
  }
  const target = identity(chain.ok)
  list.add(
    assumeTitle,
    'passed',
    `${source.arn} assumed it${inputs.roleExternalId ? ' with the external ID' : ''}: signed in as ${target.arn}`
  )
  targetAccountCheck(inputs, target, list)
  return { source, target, subject }
}

async function callerIdentity(
  deps: PreflightDeps,
  credentials: AwsCredentialIdentityProvider
): Promise<Identity> {
  const me = await deps.sts(credentials).send(new GetCallerIdentityCommand({}))
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

interface BucketFacts {
  kms: boolean
  kmsKeyArn?: string
}

async function checkBucket(
  inputs: ActionInputs,
  bucket: string,
  uploader: Identity | undefined,
  revision: RevisionFacts | undefined,
  deps: PreflightDeps,
  list: Checklist,
  where: {
    targetAccount?: string
    bucketAccount: Setup['bucketAccount']
    vars: Partial<PolicyVars>
  }
): Promise<BucketFacts> {
  const key = revision?.key
  const titles = {
    reach: `Bucket ${bucket}`,
    owner: 'Bucket owner',
    region: 'Bucket region',
    versioning: 'Bucket versioning',
    encryption: 'Bucket encryption',
    object: revision?.kind === 'existing' ? 'Revision object' : 'Bundle object',
    upload: 'Upload permission',
    instances: 'Production instances can read the revision'
  }
  if (!uploader) {
    for (const title of Object.values(titles)) {
      list.add(
        title,
        'skipped',
        `needs the ${inputs.uploadCredentials} credentials (upload-credentials), which could not be had`
      )
    }
    return { kms: false }
  }
  const s3 = deps.s3(uploader.credentials)
  const owner = inputs.s3BucketOwner
  const ctx = (action: string): S3Context => ({
    step: 's3',
    action,
    bucket,
    key,
    identity: uploader.arn,
    upload: inputs.uploadCredentials,
    expectedBucketOwner: owner,
    region: inputs.region
  })
  const facts: BucketFacts = { kms: false }

  const head = await attempt(() =>
    s3.send(new HeadBucketCommand({ Bucket: bucket, ExpectedBucketOwner: owner }))
  )
  if ('err' in head) {
    // s3:ListBucket is recommended: the upload works without it, so a denial fails nothing.
    list.optional(
      titles.reach,
      head.err,
      `HeadBucket as ${uploader.arn} failed: ${explained(head.err, ctx('s3:ListBucket'))}`
    )
    list.add(titles.owner, 'skipped', 'the bucket could not be reached')
  } else {
    list.add(titles.reach, 'passed', `reachable as ${uploader.arn} (HeadBucket, s3:ListBucket)`)
    list.add(
      titles.owner,
      owner ? 'passed' : 'skipped',
      owner
        ? `owned by account ${owner}: S3 accepted ExpectedBucketOwner ${owner}`
        : 's3-bucket-owner is not set, so nothing checks who owns the bucket; set it to the account that owns it'
    )
  }

  const location = await attempt(() =>
    s3.send(new GetBucketLocationCommand({ Bucket: bucket, ExpectedBucketOwner: owner }))
  )
  const headRegion = 'ok' in head ? head.ok.BucketRegion : undefined
  const region = 'ok' in location ? bucketRegion(location.ok.LocationConstraint) : headRegion
  if (region === undefined) {
    const why = 'err' in location ? explained(location.err, ctx('s3:GetBucketLocation')) : 'unknown'
    list.add(titles.region, 'skipped', `could not read the bucket's region: ${why}`)
  } else if (region === inputs.region) {
    list.add(titles.region, 'passed', `${region}, the region of the deployment`)
  } else {
    list.add(
      titles.region,
      'passed',
      `${region}, while the deployment is in ${inputs.region}: the upload follows S3's redirect, but the instances download the revision across regions; a bucket in ${inputs.region} is faster and avoids cross-region transfer charges`
    )
  }

  const versioning = await attempt(() =>
    s3.send(new GetBucketVersioningCommand({ Bucket: bucket, ExpectedBucketOwner: owner }))
  )
  if ('err' in versioning) {
    list.add(
      titles.versioning,
      'skipped',
      `could not read it: ${explained(versioning.err, ctx('s3:GetBucketVersioning'))}`
    )
  } else {
    const status = versioning.ok.Status
    list.add(
      titles.versioning,
      'passed',
      status === 'Enabled'
        ? 'versioned: each deployment names the exact object version (revision-location gets ?versionId=)'
        : `not versioned (${status ?? 'never enabled'}): deployments name the key and its ETag only`
    )
  }

  const encryption = await attempt(() =>
    s3.send(new GetBucketEncryptionCommand({ Bucket: bucket, ExpectedBucketOwner: owner }))
  )
  if ('err' in encryption) {
    list.add(
      titles.encryption,
      'skipped',
      `could not read it: ${explained(encryption.err, ctx('s3:GetEncryptionConfiguration'))}`
    )
  } else {
    const rule =
      encryption.ok.ServerSideEncryptionConfiguration?.Rules?.[0]
        ?.ApplyServerSideEncryptionByDefault
    const algorithm = rule?.SSEAlgorithm ?? 'none'
    facts.kms = algorithm.startsWith('aws:kms')
    facts.kmsKeyArn = rule?.KMSMasterKeyID
    list.add(
      titles.encryption,
      'passed',
      facts.kms
        ? `${algorithm} with key ${rule?.KMSMasterKeyID ?? 'aws/s3 (the AWS managed key, which other accounts cannot use)'}: the uploader needs kms:GenerateDataKey and the instance profile kms:Decrypt on it, and the key policy must allow both (statements UploadWithKey, InstancesDecryptRevisions, UploaderUsesKey, InstancesUseKey)`
        : `${algorithm}: no KMS permissions needed`
    )
  }

  if (!key) {
    list.add(titles.object, 'skipped', 'the revision could not be prepared')
  } else if (revision?.kind === 'existing') {
    await checkExistingObject(s3, bucket, key, revision.versionId, owner, list, titles.object, ctx)
  } else {
    const object = await attempt(() =>
      s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key, ExpectedBucketOwner: owner }))
    )
    if ('ok' in object) {
      const same = object.ok.Metadata?.sha256 === revision?.sha256
      list.add(
        titles.object,
        'passed',
        same
          ? `s3://${bucket}/${key} already holds this bundle: the upload would be skipped`
          : `s3://${bucket}/${key} exists with other content: it would be uploaded again`
      )
    } else if (isNotFound(object.err)) {
      list.add(
        titles.object,
        'passed',
        `s3://${bucket}/${key} is not there yet: the bundle would be uploaded`
      )
    } else {
      list.add(
        titles.object,
        'failed',
        `HeadObject on s3://${bucket}/${key} failed: ${explained(object.err, ctx('s3:GetObject'))}`
      )
    }
    const policy =
      inputs.uploadCredentials === 'source' ? 'source-permissions' : 'target-permissions'
    const upload = requirementFor('s3:PutObject', policy, 'UploadRevision')
    list.add(
      titles.upload,
      'skipped',
      `not tried: dry-run uploads nothing. ${uploader.arn} needs ${upload ? describeRequirement(upload, where.vars) : 's3:PutObject'}`
    )
  }

  await checkInstanceAccess(inputs, bucket, s3, key, where, list, titles.instances, ctx)
  return facts
}

/** A revision-location object must be there, readable by the uploader, at the given version. */
async function checkExistingObject(
  s3: S3Client,
  bucket: string,
  key: string,
  versionId: string | undefined,
  owner: string | undefined,
  list: Checklist,
  title: string,
  ctx: (action: string) => S3Context
): Promise<void> {
  const where = revisionLocation(bucket, key, versionId)
  const object = await attempt(() =>
    s3.send(
      new HeadObjectCommand({
        Bucket: bucket,
        Key: key,
        VersionId: versionId,
        ExpectedBucketOwner: owner
      })
    )
  )
  if ('ok' in object) {
    const version = object.ok.VersionId ? `, version ${object.ok.VersionId}` : ''
    list.add(
      title,
      'passed',
      `${where} exists (${object.ok.ContentLength ?? 0} bytes, ETag ${object.ok.ETag ?? 'none'}${version})`
    )
  } else if (isNotFound(object.err)) {
    list.add(title, 'failed', `${where} does not exist: check revision-location`)
  } else {
    const action = versionId ? 's3:GetObjectVersion' : 's3:GetObject'
    list.add(
      title,
      'failed',
      `HeadObject on ${where} failed: ${explained(object.err, ctx(action))}`
    )
  }
}

async function checkInstanceAccess(
  inputs: ActionInputs,
  bucket: string,
  s3: S3Client,
  key: string | undefined,
  where: {
    targetAccount?: string
    bucketAccount: Setup['bucketAccount']
    vars: Partial<PolicyVars>
  },
  list: Checklist,
  title: string,
  ctx: (action: string) => S3Context
): Promise<void> {
  const target = where.targetAccount
  const bucketOwner =
    inputs.s3BucketOwner ?? (where.bucketAccount === 'source' ? where.vars.sourceAccount : target)
  const bucketArn = `arn:${where.vars.partition ?? 'aws'}:s3:::${bucket}`
  const own = `the instance profile role in account ${target ?? 'of the deployment'} needs s3:GetObject and s3:GetObjectVersion on ${bucketArn}/${key ?? '*'} in its own policy (statement InstancesReadRevisions), which cannot be seen from here`
  if (!target || !bucketOwner || bucketOwner === target) {
    list.add(title, 'skipped', own)
    return
  }
  const objectArn = `${bucketArn}/${key ?? bundleKey(inputs.s3KeyPrefix, inputs.application, 'revision', 'zip')}`
  const policy = await attempt(() =>
    s3.send(
      new GetBucketPolicyCommand({
        Bucket: bucket,
        ExpectedBucketOwner: inputs.s3BucketOwner
      })
    )
  )
  if ('err' in policy) {
    if (errorName(policy.err) === 'NoSuchBucketPolicy') {
      list.add(
        title,
        'failed',
        `bucket ${bucket} (account ${bucketOwner}) has no bucket policy, so the instances in account ${target} cannot download the revision: add statement ProductionInstancesRead to it (see the setup guide); ${own}`
      )
    } else {
      const why = isAccessDenied(policy.err)
        ? explained(policy.err, ctx('s3:GetBucketPolicy'))
        : errorText(policy.err)
      list.add(title, 'skipped', `could not read the bucket policy: ${why}`)
    }
    return
  }
  const verdict = bucketPolicyGrants(policy.ok.Policy ?? '', target, 's3:GetObject', objectArn)
  if (verdict.verdict === 'allowed') {
    list.add(
      title,
      'passed',
      `the bucket policy (account ${bucketOwner}) allows s3:GetObject on ${objectArn} to ${verdict.principal} (statement ${verdict.statement}); ${own}`
    )
  } else {
    const denied =
      verdict.verdict === 'denied'
        ? ` (statement ${verdict.statement} denies it to ${verdict.principal})`
        : ''
    list.add(
      title,
      'failed',
      `the bucket policy of ${bucket} (account ${bucketOwner}) does not let account ${target} read ${objectArn}${denied}: add statement ProductionInstancesRead (see the setup guide)`
    )
  }
}

async function checkCodeDeploy(
  inputs: ActionInputs,
  target: Identity | undefined,
  revision: RevisionFacts | undefined,
  deps: PreflightDeps,
  list: Checklist,
  setup: Setup,
  vars: Partial<PolicyVars>
): Promise<void> {
  const app = inputs.application
  const group = inputs.deploymentGroup
  const titles = {
    application: `Application ${app}`,
    group: `Deployment group ${group}`,
    platform: 'Compute platform',
    config: 'Deployment configuration',
    revision: 'Revision registration',
    active: 'Deployments in progress',
    follow: 'Follow a deployment (wait)',
    create: 'Register the revision and create the deployment',
    stop: 'Stop a deployment'
  }
  if (!target) {
    for (const title of Object.values(titles)) {
      list.add(title, 'skipped', 'needs the target credentials')
    }
    return
  }
  const cd = deps.codeDeploy(target.credentials)
  const where = `account ${target.account}, region ${inputs.region}`
  const ctx = (action: string, deploymentId?: string): CodeDeployContext => ({
    step: 'codedeploy',
    action,
    application: app,
    deploymentGroup: group,
    deploymentConfig: inputs.deploymentConfig,
    deploymentId,
    identity: target.arn,
    accountId: target.account,
    region: inputs.region
  })
  const optional = (title: string, action: string, err: unknown) =>
    list.optional(title, err, explained(err, ctx(action)))

  const application = await attempt(() =>
    cd.send(new GetApplicationCommand({ applicationName: app }))
  )
  let platform: ComputePlatform | undefined
  if ('err' in application) {
    optional(titles.application, 'codedeploy:GetApplication', application.err)
  } else {
    platform = application.ok.application?.computePlatform
    list.add(
      titles.application,
      'passed',
      `exists in ${where} (compute platform ${platform ?? 'unknown'})`
    )
  }

  const groupResult = await attempt(() =>
    cd.send(new GetDeploymentGroupCommand({ applicationName: app, deploymentGroupName: group }))
  )
  let info: DeploymentGroupInfo | undefined
  if ('err' in groupResult) {
    optional(titles.group, 'codedeploy:GetDeploymentGroup', groupResult.err)
  } else {
    info = groupResult.ok.deploymentGroupInfo
    platform = info?.computePlatform ?? platform
    const style = info?.deploymentStyle
    const kind = style ? `, ${style.deploymentType ?? ''} ${style.deploymentOption ?? ''}` : ''
    list.add(
      titles.group,
      'passed',
      `exists in ${where}: service role ${info?.serviceRoleArn ?? 'none'}, deployment configuration ${info?.deploymentConfigName ?? 'default'}${kind.trimEnd()}`
    )
  }

  list.add(titles.platform, ...platformCheck(platform, revision?.platform, app, group))

  if (inputs.uploadOnly) {
    list.add(titles.config, 'skipped', 'upload-only: no deployment is created')
  } else {
    await checkConfig(inputs, cd, info, list, titles.config, ctx)
  }
  await checkRegistration(inputs, cd, revision, list, titles.revision, ctx)

  const needs = (sids: string[]) =>
    requirementsFor(setup)
      .filter(r => r.policy === 'target-permissions' && sids.includes(r.sid))
      .map(r => describeRequirement(r, vars))
      .join('; ')
  if (inputs.uploadOnly) {
    for (const title of [titles.active, titles.follow, titles.stop]) {
      list.add(title, 'skipped', 'upload-only: no deployment is created')
    }
    list.add(
      'Register the revision',
      'skipped',
      `not tried: dry-run registers nothing. ${target.arn} needs ${needs(['RegisterRevision'])}`
    )
    return
  }
  await checkActive(inputs, cd, list, titles.active, ctx)
  await checkFollow(inputs, cd, list, titles.follow, ctx)
  list.add(
    titles.create,
    'skipped',
    `not tried: dry-run creates nothing. ${target.arn} needs ${needs(['RegisterRevision', 'CreateDeployment', 'ReadDeploymentConfig'])}`
  )
  list.add(
    titles.stop,
    'skipped',
    setup.stop
      ? `not tried: it would stop a deployment. Needed for stop-on-cancel, stop-on-timeout or on-active-deployment: stop: ${needs(['StopDeployment'])}`
      : 'not needed: stop-on-cancel and stop-on-timeout are off and on-active-deployment is not stop'
  )
}

/** Whether the group takes the kind of revision the inputs make. */
export function platformCheck(
  group: ComputePlatform | undefined,
  revision: ComputePlatform | undefined,
  application: string,
  deploymentGroup: string
): [CheckStatus, string] {
  if (!group) return ['skipped', 'unknown: neither the application nor the group could be read']
  if (!revision) {
    return ['passed', `${group}; the revision-location object is not opened, so not compared`]
  }
  try {
    checkPlatformMatches(revision, group, application, deploymentGroup)
  } catch (err) {
    return ['failed', messageOf(err)]
  }
  return ['passed', `${group}, which takes this revision`]
}

async function checkConfig(
  inputs: ActionInputs,
  cd: CodeDeployClient,
  info: DeploymentGroupInfo | undefined,
  list: Checklist,
  title: string,
  ctx: (action: string) => CodeDeployContext
): Promise<void> {
  const name = inputs.deploymentConfig ?? info?.deploymentConfigName
  if (!name) {
    list.add(title, 'skipped', 'no deployment-config input, and the group could not be read')
    return
  }
  const from = inputs.deploymentConfig ? 'the deployment-config input' : "the group's"
  const config = await attempt(() =>
    cd.send(new GetDeploymentConfigCommand({ deploymentConfigName: name }))
  )
  if ('err' in config) {
    const why = explained(config.err, ctx('codedeploy:GetDeploymentConfig'))
    list.add(title, 'failed', `${name} (${from}): ${why}`)
    return
  }
  const hosts = config.ok.deploymentConfigInfo?.minimumHealthyHosts
  const value = hosts?.value ?? 0
  const minimum =
    hosts?.type === 'FLEET_PERCENT'
      ? `${value}% of the fleet`
      : `${value} host${value === 1 ? '' : 's'}`
  list.add(
    title,
    'passed',
    `${name} (${from}) exists${hosts ? `: minimum healthy hosts ${minimum}` : ''}`
  )
}

/** GetApplicationRevision is read-only and needs the permission RegisterRevision grants. */
async function checkRegistration(
  inputs: ActionInputs,
  cd: CodeDeployClient,
  revision: RevisionFacts | undefined,
  list: Checklist,
  title: string,
  ctx: (action: string) => CodeDeployContext
): Promise<void> {
  if (!revision?.bucket || !revision.key || !revision.bundleType) {
    list.add(
      title,
      'skipped',
      revision?.kind === 'appspec-content'
        ? 'an AppSpec content revision is registered as it is sent'
        : 'the revision could not be prepared'
    )
    return
  }
  const location = {
    bucket: revision.bucket,
    key: revision.key,
    bundleType: revision.bundleType,
    version: revision.versionId
  }
  const found = await attempt(() =>
    cd.send(
      new GetApplicationRevisionCommand({
        applicationName: inputs.application,
        revision: { revisionType: 'S3', s3Location: location }
      })
    )
  )
  if ('ok' in found) {
    const at = found.ok.revisionInfo?.registerTime?.toISOString()
    list.add(title, 'passed', `already registered${at ? ` (since ${at})` : ''}`)
  } else if (errorName(found.err) === 'RevisionDoesNotExistException') {
    list.add(
      title,
      'passed',
      'not registered yet: it would be (codedeploy:GetApplicationRevision allowed)'
    )
  } else {
    list.add(title, 'failed', explained(found.err, ctx('codedeploy:GetApplicationRevision')))
  }
}

async function checkActive(
  inputs: ActionInputs,
  cd: CodeDeployClient,
  list: Checklist,
  title: string,
  ctx: (action: string) => CodeDeployContext
): Promise<void> {
  const active = await attempt(() =>
    cd.send(
      new ListDeploymentsCommand({
        applicationName: inputs.application,
        deploymentGroupName: inputs.deploymentGroup,
        includeOnlyStatuses: ACTIVE_STATUSES
      })
    )
  )
  if ('err' in active) {
    list.optional(title, active.err, explained(active.err, ctx('codedeploy:ListDeployments')))
    return
  }
  const ids = active.ok.deployments ?? []
  const action = { wait: 'wait for it to end', stop: 'stop it', fail: 'fail the step' }[
    inputs.onActiveDeployment
  ]
  list.add(
    title,
    'passed',
    ids.length
      ? `${ids.join(', ')} in progress: on-active-deployment '${inputs.onActiveDeployment}' would ${action}`
      : 'none'
  )
}

/** Reads the group's latest deployment, if any, to learn whether the wait's calls are allowed. */
async function checkFollow(
  inputs: ActionInputs,
  cd: CodeDeployClient,
  list: Checklist,
  title: string,
  ctx: (action: string, deploymentId?: string) => CodeDeployContext
): Promise<void> {
  if (!inputs.wait) {
    list.add(title, 'skipped', 'wait is false')
    return
  }
  const latest = await attempt(() =>
    cd.send(
      new ListDeploymentsCommand({
        applicationName: inputs.application,
        deploymentGroupName: inputs.deploymentGroup
      })
    )
  )
  if ('err' in latest) {
    // Only this check lists deployments: the wait itself never calls ListDeployments.
    list.optional(title, latest.err, explained(latest.err, ctx('codedeploy:ListDeployments')))
    return
  }
  const id = latest.ok.deployments?.[0]
  if (!id) {
    list.add(
      title,
      'skipped',
      'the group has no deployment yet to read; the wait needs codedeploy:GetDeployment, ListDeploymentTargets and BatchGetDeploymentTargets'
    )
    return
  }
  const deployment = await attempt(() => cd.send(new GetDeploymentCommand({ deploymentId: id })))
  if ('err' in deployment) {
    list.add(title, 'failed', explained(deployment.err, ctx('codedeploy:GetDeployment', id)))
    return
  }
  const targets = await attempt(() =>
    cd.send(new ListDeploymentTargetsCommand({ deploymentId: id }))
  )
  if ('err' in targets) {
    const why = explained(targets.err, ctx('codedeploy:ListDeploymentTargets', id))
    list.optional(title, targets.err, why)
    return
  }
  list.add(
    title,
    'passed',
    `read deployment ${id} (${deployment.ok.deploymentInfo?.status ?? 'unknown status'}) and its ${targets.ok.targetIds?.length ?? 0} targets (codedeploy:GetDeployment, codedeploy:ListDeploymentTargets)`
  )
}
