/**
 * The setup guide's IAM policies (docs/setup.md), exactly as users copy them, installed in the
 * emulator with real IAM and S3 calls: the OIDC provider, the development role, the production
 * role, the instance profile's role and the bucket policy.
 *
 * Each block is read from the guide by its `<!-- generated:policy ... -->` marker and its example
 * names are replaced with a lane's own (the guide asks readers to replace them with theirs), so
 * several lanes can be installed side by side in one emulator.
 */
import { CreateDeploymentCommand } from '@aws-sdk/client-codedeploy'
import {
  CreateOpenIDConnectProviderCommand,
  CreateRoleCommand,
  DeleteRolePolicyCommand,
  IAMClient,
  PutRolePolicyCommand,
  UpdateAssumeRolePolicyCommand
} from '@aws-sdk/client-iam'
import { CreateKeyCommand, KMSClient, PutKeyPolicyCommand } from '@aws-sdk/client-kms'
import {
  DeleteBucketPolicyCommand,
  PutBucketEncryptionCommand,
  PutBucketPolicyCommand,
  PutObjectCommand
} from '@aws-sdk/client-s3'
import { isWildcardOnlyAction } from '@cloud-copilot/iam-simulate'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeZip } from './archive.js'
import {
  accounts,
  assumeRole,
  createApplication,
  createBucket,
  DEV_ACCOUNT,
  DEV_USER_CREDENTIALS,
  PROD_ACCOUNT,
  REGION,
  type Clients,
  type Credentials
} from './aws.js'
import type { Emulator } from './emulator.js'
import { GITHUB_ISSUER } from './oidc.js'
import { repoRoot } from './paths.js'

export const GUIDE_PATH = join(repoRoot, 'docs', 'setup.md')
const MARKER = /<!-- generated:policy ([^\s]+) -->\s*```json\n([\s\S]*?)\n```/g

/** Every JSON policy block of the guide, by its marker (e.g. "target-permissions,production-bucket"). */
export function guidePolicies(text = readFileSync(GUIDE_PATH, 'utf8')): Map<string, string> {
  const blocks = new Map<string, string>()
  for (const match of text.matchAll(MARKER)) blocks.set(match[1], match[2])
  return blocks
}

/** The guide's permissions table: statement -> policy -> actions. */
export function guideTableActions(
  statement: string,
  policyStartsWith: string,
  text = readFileSync(GUIDE_PATH, 'utf8')
): string[] {
  for (const line of text.split('\n')) {
    const cells = line.split('|').map(c => c.trim())
    if (cells[1] === `\`${statement}\`` && cells[2]?.startsWith(policyStartsWith)) {
      return [...cells[3].matchAll(/`([^`]+)`/g)].map(m => m[1])
    }
  }
  throw new Error(`The guide's table has no ${statement} statement for "${policyStartsWith}"`)
}

export type Placement = 'production-bucket' | 'development-bucket'

/** One set of names for the guide's examples. */
export interface Lane {
  suffix: string
  repository: string
  externalId: string
  application: string
  deploymentGroup: string
  prodBucket: string
  devBucket: string
  sourceRole: string
  targetRole: string
  instanceRole: string
  /** The lane's KMS key, in place of the guide's example key, once created. */
  kmsKeyArn?: string
}

/** The key ARN the guide's KMS statements name. */
const GUIDE_KMS_KEY = 'arn:aws:kms:eu-west-1:111111111111:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d'

export function lane(suffix: string, repository: string): Lane {
  const tail = suffix ? `-${suffix}` : ''
  return {
    suffix,
    repository,
    externalId: `guide-external-id${tail}`,
    application: `shop${tail}`,
    deploymentGroup: 'production',
    prodBucket: `shop-releases-prod${tail}`,
    devBucket: `shop-releases-dev${tail}`,
    sourceRole: `arn:aws:iam::${DEV_ACCOUNT}:role/github-deploy${tail}`,
    targetRole: `arn:aws:iam::${PROD_ACCOUNT}:role/codedeploy-cross-account${tail}`,
    instanceRole: `codedeploy-instance${tail}`
  }
}

/** The guide's text with its example names replaced by the lane's. */
export function fillIn(text: string, l: Lane): string {
  // Names that contain "shop" are set aside first, so that the application's name replaces the
  // word "shop" alone.
  return text
    .replaceAll('octo-org/shop', '\u0000REPO\u0000')
    .replaceAll('shop-releases-prod', '\u0000PROD\u0000')
    .replaceAll('shop-releases-dev', '\u0000DEV\u0000')
    .replace(/\bshop\b/g, l.application)
    .replaceAll('\u0000REPO\u0000', l.repository)
    .replaceAll('\u0000PROD\u0000', l.prodBucket)
    .replaceAll('\u0000DEV\u0000', l.devBucket)
    .replaceAll('role/github-deploy"', `${l.sourceRole.replace(/^.*:role\//, 'role/')}"`)
    .replaceAll('role/codedeploy-cross-account"', `${l.targetRole.replace(/^.*:role\//, 'role/')}"`)
    .replaceAll('role/codedeploy-instance"', `role/${l.instanceRole}"`)
    .replaceAll('YOUR-EXTERNAL-ID', l.externalId)
    .replaceAll(GUIDE_KMS_KEY, l.kmsKeyArn ?? GUIDE_KMS_KEY)
}

/** Who holds which policy, and where. */
export type Holder = 'source' | 'target' | 'instance' | 'bucket' | 'key'

export interface InstalledPolicy {
  holder: Holder
  /** The guide block's marker, or "table:<Sid>" for a statement the guide gives only in prose. */
  marker: string
  /** The name the policy is put under (inline role policy), "bucket policy" or "key policy". */
  name: string
  document: PolicyDocument
}

export interface PolicyStatement {
  Sid?: string
  Effect: string
  Action: string | string[]
  [key: string]: unknown
}

export interface PolicyDocument {
  Version: string
  Statement: PolicyStatement[]
}

export interface GuideSetup {
  lane: Lane
  placement: Placement
  policies: InstalledPolicy[]
  /** The production account's administrator, to create resources and read results. */
  prod: Clients
  dev: Clients
  iamDev: IAMClient
  iamProd: IAMClient
  kmsDev: KMSClient
}

function block(marker: string, l: Lane): PolicyDocument {
  const text = guidePolicies().get(marker)
  if (text === undefined) throw new Error(`docs/setup.md has no policy block ${marker}`)
  return JSON.parse(fillIn(text, l)) as PolicyDocument
}

/** What a guide set adds to the placement's policies. */
export interface GuideOptions {
  /** The promote flow: the ReadExistingRevision statement of "Promote one revision". */
  promote?: boolean
  /** A bucket encrypted with a KMS key in its account: the statements of step 5. */
  kms?: boolean
}

/** Adds the statements of a block that shows what to add to a policy given in full earlier. */
function addStatements(policies: InstalledPolicy[], holder: Holder, marker: string, l: Lane) {
  const policy = policies.find(p => p.holder === holder && p.name === 'guide-permissions')
  if (!policy) throw new Error(`no ${holder} permissions to add ${marker} to`)
  policy.document.Statement.push(...block(marker, l).Statement)
}

/** The policies the guide gives for a placement, with the additions `options` asks for. */
export function guideSet(
  l: Lane,
  placement: Placement,
  options: GuideOptions = {}
): InstalledPolicy[] {
  const dev = placement === 'development-bucket'
  const policies: InstalledPolicy[] = [
    { holder: 'source', marker: 'source-trust', name: 'trust', document: block('source-trust', l) },
    {
      holder: 'source',
      marker: `source-permissions,${placement}`,
      name: 'guide-permissions',
      document: block(`source-permissions,${placement}`, l)
    },
    {
      holder: 'target',
      marker: 'target-trust,external-id=YOUR-EXTERNAL-ID',
      name: 'trust',
      document: block('target-trust,external-id=YOUR-EXTERNAL-ID', l)
    },
    {
      holder: 'target',
      marker: `target-permissions,${placement}`,
      name: 'guide-permissions',
      document: block(`target-permissions,${placement}`, l)
    },
    {
      holder: 'instance',
      marker: dev ? 'instance-profile,development-bucket' : 'instance-profile',
      name: 'guide-permissions',
      document: block(dev ? 'instance-profile,development-bucket' : 'instance-profile', l)
    }
  ]
  if (dev) {
    policies.push({
      holder: 'bucket',
      marker: 'bucket-policy,development-bucket',
      name: 'bucket policy',
      document: block('bucket-policy,development-bucket', l)
    })
  }
  if (options.promote) {
    addStatements(
      policies,
      dev ? 'source' : 'target',
      dev
        ? 'source-permissions,development-bucket,existing,only=ReadExistingRevision'
        : 'target-permissions,production-bucket,existing,only=ReadExistingRevision',
      l
    )
  }
  if (options.kms) {
    if (!dev) throw new Error('the guide shows its KMS policies for a bucket in development')
    addStatements(
      policies,
      'source',
      'source-permissions,development-bucket,kms,only=UploadWithKey',
      l
    )
    addStatements(
      policies,
      'instance',
      'instance-profile,development-bucket,kms,only=InstancesDecryptRevisions',
      l
    )
    policies.push({
      holder: 'key',
      marker: 'kms-key-policy,development-bucket,kms',
      name: 'key policy',
      document: block('kms-key-policy,development-bucket,kms', l)
    })
  }
  return policies
}

function roleName(arn: string): string {
  return arn.replace(/^.*:role\//, '')
}

/** The role of a policy holder, by name, and the IAM client of its account. */
function holderRole(setup: GuideSetup, holder: Holder): { client: IAMClient; name: string } {
  const l = setup.lane
  if (holder === 'source') return { client: setup.iamDev, name: roleName(l.sourceRole) }
  if (holder === 'target') return { client: setup.iamProd, name: roleName(l.targetRole) }
  return { client: setup.iamProd, name: l.instanceRole }
}

/** Puts one policy where the guide says it goes (a role's trust or inline policy, or the bucket). */
export async function putPolicy(setup: GuideSetup, policy: InstalledPolicy): Promise<void> {
  const text = JSON.stringify(policy.document)
  if (policy.holder === 'key') {
    await setup.kmsDev.send(
      new PutKeyPolicyCommand({ KeyId: setup.lane.kmsKeyArn, PolicyName: 'default', Policy: text })
    )
    return
  }
  if (policy.holder === 'bucket') {
    const bucket =
      setup.placement === 'development-bucket' ? setup.lane.devBucket : setup.lane.prodBucket
    const s3 = setup.placement === 'development-bucket' ? setup.dev.s3 : setup.prod.s3
    if (policy.document.Statement.length === 0) {
      await s3.send(new DeleteBucketPolicyCommand({ Bucket: bucket }))
    } else {
      await s3.send(new PutBucketPolicyCommand({ Bucket: bucket, Policy: text }))
    }
    return
  }
  const { client, name } = holderRole(setup, policy.holder)
  if (policy.name === 'trust') {
    // IAM refuses a trust policy without statements; one that trusts only EC2 trusts nobody here.
    const trust = policy.document.Statement.length === 0 ? NOBODY_TRUST : text
    await client.send(new UpdateAssumeRolePolicyCommand({ RoleName: name, PolicyDocument: trust }))
  } else if (policy.document.Statement.length === 0) {
    await client.send(new DeleteRolePolicyCommand({ RoleName: name, PolicyName: policy.name }))
  } else {
    await client.send(
      new PutRolePolicyCommand({ RoleName: name, PolicyName: policy.name, PolicyDocument: text })
    )
  }
}

const NOBODY_TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }
  ]
})

const ADMIN_ROLE = 'e2e-admin'

function iamClient(endpoint: string, credentials: Credentials): IAMClient {
  return new IAMClient({ endpoint, region: REGION, credentials, maxAttempts: 1 })
}

/**
 * The production administrator the harness acts as (harness/aws.ts assumes e2e-admin), as a real
 * role trusting the development account, so the harness keeps working once IAM is enforced; and
 * GitHub's OIDC provider in the development account (step 1 of the guide). Once per emulator
 * reset, before any lane.
 */
export async function installAccounts(emulator: Emulator): Promise<void> {
  const iamProd = iamClient(
    emulator.url,
    await assumeRole(emulator.url, `arn:aws:iam::${PROD_ACCOUNT}:role/${ADMIN_ROLE}`)
  )
  await iamProd.send(
    new CreateRoleCommand({
      RoleName: ADMIN_ROLE,
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${DEV_ACCOUNT}:root` },
            Action: 'sts:AssumeRole'
          }
        ]
      })
    })
  )
  await iamProd.send(
    new PutRolePolicyCommand({
      RoleName: ADMIN_ROLE,
      PolicyName: 'administrator',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }]
      })
    })
  )
  await iamClient(emulator.url, DEV_USER_CREDENTIALS).send(
    new CreateOpenIDConnectProviderCommand({
      Url: GITHUB_ISSUER,
      ClientIDList: ['sts.amazonaws.com'],
      ThumbprintList: ['6938fd4d98bab03faadb97b34396831e3780aea1']
    })
  )
}

/**
 * A lane's resources (buckets, the CodeDeploy application and group, the three roles) and the
 * guide's policies for the placement, all with real API calls while IAM is not yet enforced.
 */
export async function installGuide(
  emulator: Emulator,
  l: Lane,
  placement: Placement,
  options: GuideOptions & { versioned?: boolean } = {}
): Promise<GuideSetup> {
  const { dev, prod } = await accounts(emulator.url)
  const kmsDev = new KMSClient({
    endpoint: emulator.url,
    region: REGION,
    credentials: DEV_USER_CREDENTIALS,
    maxAttempts: 1
  })
  await createBucket(prod.s3, l.prodBucket, options.versioned)
  await createBucket(dev.s3, l.devBucket, options.versioned)
  if (options.kms) {
    // Step 5: a customer managed key in the bucket's account, the bucket's default encryption.
    const key = await kmsDev.send(new CreateKeyCommand({ Description: `guide ${l.suffix}` }))
    l.kmsKeyArn = key.KeyMetadata?.Arn
    await dev.s3.send(
      new PutBucketEncryptionCommand({
        Bucket: l.devBucket,
        ServerSideEncryptionConfiguration: {
          Rules: [
            {
              ApplyServerSideEncryptionByDefault: {
                SSEAlgorithm: 'aws:kms',
                KMSMasterKeyID: l.kmsKeyArn
              }
            }
          ]
        }
      })
    )
  }
  const setup: GuideSetup = {
    lane: l,
    placement,
    policies: guideSet(l, placement, options),
    dev,
    prod,
    iamDev: iamClient(emulator.url, DEV_USER_CREDENTIALS),
    iamProd: iamClient(
      emulator.url,
      await assumeRole(emulator.url, `arn:aws:iam::${PROD_ACCOUNT}:role/${ADMIN_ROLE}`)
    ),
    kmsDev
  }
  await createApplication(prod.codedeploy, l.application, l.deploymentGroup)
  for (const holder of ['source', 'target', 'instance'] as const) {
    const { client, name } = holderRole(setup, holder)
    await client.send(
      new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: NOBODY_TRUST })
    )
  }
  for (const policy of setup.policies) await putPolicy(setup, policy)
  await emulator.enforceIam({
    instanceRoles: { [`${PROD_ACCOUNT}/${l.application}/${l.deploymentGroup}`]: l.instanceRole }
  })
  return setup
}

/** The step's inputs for the guide's workflow (step 6), in the lane's names. */
export function guideInputs(
  l: Lane,
  placement: Placement,
  extra: Record<string, string> = {}
): Record<string, string> {
  const dev = placement === 'development-bucket'
  return {
    'aws-region': REGION,
    'oidc-role-arn': l.sourceRole,
    'role-to-assume': l.targetRole,
    'role-external-id': l.externalId,
    application: l.application,
    'deployment-group': l.deploymentGroup,
    's3-bucket': dev ? l.devBucket : l.prodBucket,
    's3-bucket-owner': dev ? DEV_ACCOUNT : PROD_ACCOUNT,
    ...(dev ? { 'upload-credentials': 'source' } : {}),
    'revision-path': 'app',
    'poll-interval-seconds': '1',
    ...extra
  }
}

/**
 * Another team's deployment in the lane's group, already running when the action starts (its
 * ApplicationStart hook takes `hookSeconds` per instance), uploaded and created by the
 * production administrator.
 */
export async function startOtherDeployment(
  setup: GuideSetup,
  hookSeconds: number
): Promise<string> {
  const l = setup.lane
  const dev = setup.placement === 'development-bucket'
  const bucket = dev ? l.devBucket : l.prodBucket
  const key = `${l.application}/hotfix.zip`
  const body = makeZip([
    {
      name: 'appspec.yml',
      content: 'version: 0.0\nos: linux\nhooks:\n  ApplicationStart:\n    - location: start.sh\n'
    },
    { name: 'start.sh', content: `#!/bin/sh\n# e2e: sleep ${hookSeconds}\n`, mode: 0o755 }
  ])
  const put = await (dev ? setup.dev : setup.prod).s3.send(
    new PutObjectCommand({ Bucket: bucket, Key: key, Body: body })
  )
  const out = await setup.prod.codedeploy.send(
    new CreateDeploymentCommand({
      applicationName: l.application,
      deploymentGroupName: l.deploymentGroup,
      revision: {
        revisionType: 'S3',
        s3Location: {
          bucket,
          key,
          bundleType: 'zip',
          eTag: put.ETag,
          version: put.VersionId
        }
      }
    })
  )
  return out.deploymentId ?? ''
}

/** Each action of each statement, one at a time: what the mutation runs remove. */
export interface Removal {
  policy: InstalledPolicy
  statement: string
  action: string
}

export function removals(policies: InstalledPolicy[]): Removal[] {
  const found: Removal[] = []
  for (const policy of policies) {
    for (const [index, statement] of policy.document.Statement.entries()) {
      for (const action of [statement.Action].flat()) {
        found.push({ policy, statement: statement.Sid ?? `#${index}`, action })
      }
    }
  }
  return found
}

/** The policy without that one action (and without the statement when it was its only one). */
export function without(removal: Removal): InstalledPolicy {
  const document = structuredClone(removal.policy.document)
  document.Statement = document.Statement.flatMap((statement, index) => {
    if ((statement.Sid ?? `#${index}`) !== removal.statement) return [statement]
    const left = [statement.Action].flat().filter(a => a !== removal.action)
    if (left.length === 0) return []
    return [{ ...statement, Action: left.length === 1 ? left[0] : left }]
  })
  return { ...removal.policy, document }
}

/** An action the guide scopes to a resource although IAM authorises it only on "*". */
export interface Correction {
  policy: string
  statement: string
  action: string
}

/**
 * The policies with every action that the Service Authorization Reference lists without a
 * resource type (IAM authorises those on "*") moved out of statements scoped to a resource into
 * a statement of its own on "*", as a reader of the reference would write them.
 */
export async function withWildcardOnlyOnAnyResource(
  policies: InstalledPolicy[]
): Promise<{ policies: InstalledPolicy[]; corrections: Correction[] }> {
  const corrections: Correction[] = []
  const corrected: InstalledPolicy[] = []
  for (const policy of policies) {
    if (policy.name === 'trust' || policy.holder === 'bucket' || policy.holder === 'key') {
      corrected.push(policy)
      continue
    }
    const statements: PolicyStatement[] = []
    for (const statement of policy.document.Statement) {
      const actions = [statement.Action].flat()
      const anywhere: string[] = []
      for (const action of actions) {
        const [service, name] = action.split(':')
        if (statement.Resource !== '*' && (await isWildcardOnlyAction(service, name))) {
          anywhere.push(action)
        }
      }
      const scoped = actions.filter(a => !anywhere.includes(a))
      if (scoped.length) {
        statements.push({ ...statement, Action: scoped.length === 1 ? scoped[0] : scoped })
      }
      if (anywhere.length) {
        for (const action of anywhere) {
          corrections.push({ policy: policy.marker, statement: statement.Sid ?? '', action })
        }
        statements.push({
          Sid: `${statement.Sid ?? ''}AnyResource`,
          Effect: statement.Effect,
          Action: anywhere.length === 1 ? anywhere[0] : anywhere,
          Resource: '*'
        })
      }
    }
    corrected.push({ ...policy, document: { ...policy.document, Statement: statements } })
  }
  return { policies: corrected, corrections }
}
