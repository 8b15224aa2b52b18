/**
 * The setup guide, tested verbatim: every JSON policy of docs/setup.md, as users copy it with the
 * example names filled in, installed in the emulator with IAM enforced (e2e/emulator/iam.py),
 * for each placement the guide teaches. With the guide's policies every flow passes; without any
 * single action of them, a run or a dry run must fail naming that action.
 */
import {
  CreateRoleCommand,
  IAMClient,
  PutRolePolicyCommand,
  SimulatePrincipalPolicyCommand
} from '@aws-sdk/client-iam'
import { HeadObjectCommand } from '@aws-sdk/client-s3'
import { describe, expect, it } from '@jest/globals'
import { randomBytes, randomUUID } from 'node:crypto'
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AssumeRoleCommand, AssumeRoleWithWebIdentityCommand } from '@aws-sdk/client-sts'
import { assumeRole, clients, DEV_ACCOUNT, PROD_ACCOUNT, REGION } from './harness/aws.js'
import { errorsOf } from './harness/checks.js'
import type { IamDenial } from './harness/emulator.js'
import {
  guideInputs,
  guidePolicies,
  installAccounts,
  installGuide,
  lane,
  putPolicy,
  removals,
  startOtherDeployment,
  without,
  type GuideSetup,
  type Placement,
  type Removal,
  fillIn,
  guideSet,
  guideTableActions,
  type InstalledPolicy,
  type PolicyDocument,
  withWildcardOnlyOnAnyResource
} from './harness/guide.js'
import { REVISION_DIR } from './harness/inputs.js'
import { examplesDir, repoRoot } from './harness/paths.js'
import type { RunResult } from './harness/runner.js'
import { breakHook, setupSuite } from './harness/suite.js'

const suite = setupSuite()
const CREATED = /Created deployment d-/
/** How AWS's refusals read, in the SDK's errors, the action's advice and the policy simulator. */
const REFUSAL = /not authorized|AccessDenied|Access Denied|denies/

function messages(run: RunResult): string[] {
  const lines = run.annotations
    .filter(a => a.level === 'error' || a.level === 'warning')
    .map(a => a.message)
  // The dry run's failed checks, and the skipped ones it could not run because AWS refused.
  for (const line of run.stdout.split('\n')) {
    if (/^\S+ failed /.test(line) || (/^\S+ skipped /.test(line) && REFUSAL.test(line))) {
      lines.push(line)
    }
  }
  return lines
}

/** What the emulator refused, but the policy simulator (the guide grants it only to the dry run). */
async function refusals(): Promise<IamDenial[]> {
  return (await suite.emulator.iam()).denials.filter(d => !d.action.startsWith('iam:'))
}

async function workspace(broken = false): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'e2e-guide-'))
  await cp(join(examplesDir, 'webapp'), join(dir, REVISION_DIR), { recursive: true })
  if (broken) {
    await breakHook(dir, 'scripts/validate_service.sh', ['echo "unhealthy" >&2', 'exit 1'])
  }
  return dir
}

/** A revision with a file that does not compress, so its bundle goes up in several parts. */
async function largeWorkspace(): Promise<string> {
  const dir = await workspace()
  await writeFile(join(dir, REVISION_DIR, 'assets.bin'), randomBytes(9 * 1024 * 1024))
  return dir
}

/** A new bundle for each run, so the upload is never skipped as already done. */
async function fresh(dir: string): Promise<string> {
  await writeFile(join(dir, REVISION_DIR, 'BUILD'), `${randomUUID()}\n`)
  return dir
}

describe('the setup guide, with IAM enforced', () => {
  it('has the policy blocks this test installs', () => {
    const markers = [...guidePolicies().keys()]
    for (const marker of [
      'source-trust',
      'source-permissions,production-bucket',
      'source-permissions,development-bucket',
      'bucket-policy,development-bucket',
      'instance-profile',
      'instance-profile,development-bucket',
      'target-trust,external-id=YOUR-EXTERNAL-ID',
      'target-permissions,production-bucket',
      'target-permissions,development-bucket',
      'source-permissions,development-bucket,existing,only=ReadExistingRevision',
      'target-permissions,production-bucket,existing,only=ReadExistingRevision',
      'source-permissions,development-bucket,kms,only=UploadWithKey',
      'instance-profile,development-bucket,kms,only=InstancesDecryptRevisions',
      'kms-key-policy,development-bucket,kms'
    ]) {
      expect(markers).toContain(marker)
    }
  })

  it('bucket in production: deploy and dry run', async () => {
    const { emulator } = suite
    await installAccounts(emulator)
    const l = lane('', suite.context.repository)
    await installGuide(emulator, l, 'production-bucket')

    const deploy = await suite.run({ with: guideInputs(l, 'production-bucket') })
    expect(messages(deploy)).toEqual([])
    expect(deploy.exitCode).toBe(0)
    expect(deploy.outputs['deployment-status']).toBe('Succeeded')

    const dry = await suite.run({
      with: guideInputs(l, 'production-bucket', { 'dry-run': 'true' })
    })
    expect(errorsOf(dry)).toEqual([])
    expect(dry.exitCode).toBe(0)
    expect(await refusals()).toEqual([])
  })

  it('grants on "*" every action that IAM authorises only on "*"', async () => {
    const l = lane('', suite.context.repository)
    for (const placement of ['production-bucket', 'development-bucket'] as const) {
      const { corrections } = await withWildcardOnlyOnAnyResource(
        guideSet(l, placement, { promote: true })
      )
      // An action the Service Authorization Reference lists without a resource type, in a
      // statement scoped to a resource, is never allowed (StopDeployment once was).
      expect([placement, corrections]).toEqual([placement, []])
    }
  })

  it('bucket in production: cancel with rollback, and on-active-deployment: stop', async () => {
    const { emulator } = suite
    await installAccounts(emulator)
    const l = lane('', suite.context.repository)
    const setup = await installGuide(emulator, l, 'production-bucket')

    const first = await suite.run({ with: guideInputs(l, 'production-bucket') })
    expect(first.exitCode).toBe(0)

    // Cancel a second deployment mid-way: stopped, and rolled back to the first.
    await emulator.configureGroup(PROD_ACCOUNT, l.application, l.deploymentGroup, {
      eventDelaySeconds: 1
    })
    await writeFile(join(suite.workspace, REVISION_DIR, 'VERSION'), 'two\n')
    const cancelled = await suite.run({
      with: guideInputs(l, 'production-bucket'),
      signal: { when: CREATED }
    })
    expect(cancelled.exitCode).not.toBe(0)
    const stopped = await emulator.waitForDeployment(cancelled.outputs['deployment-id'])
    expect(stopped.status).toBe('Stopped')
    expect(stopped.stopRequest?.autoRollbackEnabled).toBe(true)
    const rollbackId = stopped.rollbackInfo?.['rollbackDeploymentId'] ?? ''
    expect(rollbackId).toMatch(/^d-/)
    expect((await emulator.waitForDeployment(rollbackId)).status).toBe('Succeeded')
    await emulator.configureGroup(PROD_ACCOUNT, l.application, l.deploymentGroup, {
      eventDelaySeconds: 0.05
    })

    // With rollback (the default): CodeDeploy's rollback of the stopped deployment holds the
    // group in its turn, and the new deployment waits for it rather than stopping it.
    const other = await startOtherDeployment(setup, 3)
    const stopping = await suite.run({
      with: guideInputs(l, 'production-bucket', { 'on-active-deployment': 'stop' })
    })
    expect(messages(stopping)).toEqual([])
    expect(stopping.exitCode).toBe(0)
    const stoppedOther = await emulator.waitForDeployment(other)
    expect(stoppedOther.status).toBe('Stopped')
    const otherRollback = stoppedOther.rollbackInfo?.['rollbackDeploymentId'] ?? ''
    expect(stopping.stdout).toContain(
      `CodeDeploy rolls back ${other} with deployment ${otherRollback}: waiting for it to end`
    )
    expect((await emulator.waitForDeployment(otherRollback)).status).toBe('Succeeded')
    expect(await refusals()).toEqual([])
  })

  it('bucket in development with upload-credentials: source: deploy and dry run', async () => {
    const { emulator } = suite
    await installAccounts(emulator)
    const l = lane('', suite.context.repository)
    await installGuide(emulator, l, 'development-bucket', { versioned: true })

    const deploy = await suite.run({ with: guideInputs(l, 'development-bucket') })
    expect(messages(deploy)).toEqual([])
    expect(deploy.exitCode).toBe(0)
    const deployed = await emulator.waitForDeployment(deploy.outputs['deployment-id'])
    expect(deployed.agent?.bundle).toMatchObject({ bucketAccount: DEV_ACCOUNT, error: null })

    const dry = await suite.run({
      with: guideInputs(l, 'development-bucket', { 'dry-run': 'true' })
    })
    expect(errorsOf(dry)).toEqual([])
    expect(dry.exitCode).toBe(0)
    expect(await refusals()).toEqual([])
  })

  it('SSE-KMS bucket in development: a bundle in parts, encrypted with the key, deployed, and a dry run', async () => {
    const { emulator } = suite
    await installAccounts(emulator)
    const l = lane('', suite.context.repository)
    const setup = await installGuide(emulator, l, 'development-bucket', {
      kms: true,
      versioned: true
    })
    const ws = await largeWorkspace()
    try {
      const deploy = await suite.run({ with: guideInputs(l, 'development-bucket'), workspace: ws })
      expect(messages(deploy)).toEqual([])
      expect(deploy.exitCode).toBe(0)
      const [, bucket, key] = /^s3:\/\/([^/]+)\/([^?]+)/.exec(
        deploy.outputs['revision-location']
      ) ?? ['', '', '']
      expect(bucket).toBe(l.devBucket)
      const stored = await setup.dev.s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))
      expect([stored.ServerSideEncryption, stored.SSEKMSKeyId]).toEqual(['aws:kms', l.kmsKeyArn])
      // Several parts: the upload needed kms:Decrypt as well as kms:GenerateDataKey.
      expect(stored.ETag).toMatch(/-\d+"$/)
      const deployed = await emulator.waitForDeployment(deploy.outputs['deployment-id'])
      expect(deployed.agent?.bundle).toMatchObject({ bucketAccount: DEV_ACCOUNT, error: null })

      const dry = await suite.run({
        with: guideInputs(l, 'development-bucket', { 'dry-run': 'true' }),
        workspace: ws
      })
      expect(errorsOf(dry)).toEqual([])
      expect(dry.stdout).toContain(`aws:kms with key ${l.kmsKeyArn}`)
      expect(dry.exitCode).toBe(0)
      expect(await refusals()).toEqual([])
    } finally {
      await rm(ws, { recursive: true, force: true })
    }
  })

  it('promote: upload-only, then revision-location from a versioned development bucket', async () => {
    const { emulator } = suite
    await installAccounts(emulator)
    const l = lane('', suite.context.repository)
    await installGuide(emulator, l, 'development-bucket', {
      promote: true,
      versioned: true
    })

    const build = await suite.run({
      with: guideInputs(l, 'development-bucket', { 'upload-only': 'true' })
    })
    expect(messages(build)).toEqual([])
    expect(build.exitCode).toBe(0)
    const location = build.outputs['revision-location']
    expect(location).toMatch(/\?versionId=/)

    const inputs = guideInputs(l, 'development-bucket', { 'revision-location': location })
    delete inputs['revision-path']
    delete inputs['s3-bucket']
    const empty = await mkdtemp(join(tmpdir(), 'e2e-guide-promote-'))
    try {
      const promote = await suite.run({ with: inputs, workspace: empty })
      expect(messages(promote)).toEqual([])
      expect(promote.exitCode).toBe(0)
      expect(promote.outputs['deployment-status']).toBe('Succeeded')
    } finally {
      await rm(empty, { recursive: true, force: true })
    }
    expect(await refusals()).toEqual([])
  })

  it('refuses what AWS refuses: a development bucket whose policy forgets the instances', async () => {
    const { emulator } = suite
    await installAccounts(emulator)
    const l = lane('', suite.context.repository)
    const setup = await installGuide(emulator, l, 'development-bucket', {})
    const bucketPolicy = setup.policies.find(p => p.holder === 'bucket')
    if (!bucketPolicy) throw new Error('no bucket policy in the guide set')
    await putPolicy(setup, {
      ...bucketPolicy,
      document: { ...bucketPolicy.document, Statement: [] }
    })

    const run = await suite.run({ with: guideInputs(l, 'development-bucket') })
    expect(run.exitCode).toBe(1)
    const deployment = await emulator.waitForDeployment(run.outputs['deployment-id'])
    expect(deployment.status).toBe('Failed')
    const denials = await refusals()
    expect(denials).toEqual([
      expect.objectContaining({
        agent: true,
        action: 's3:GetObject',
        principal: expect.stringContaining(`:assumed-role/${l.instanceRole}/`),
        reason: 'because no resource-based policy allows the s3:GetObject action'
      })
    ])
    // What the real agent reports for it: S3's AccessDenied message, as UnknownError.
    expect(
      errorsOf(run)
        .map(e => e.message)
        .join('\n')
    ).toMatch(/Access Denied \(DownloadBundle/)
  })

  it('refuses a misspelt role, a wrong bucket owner, a wrong external ID and a foreign branch', async () => {
    const { emulator, oidc } = suite
    await installAccounts(emulator)
    const l = lane('', suite.context.repository)
    await installGuide(emulator, l, 'production-bucket')
    const cases: [string, Record<string, string>, RegExp][] = [
      [
        'role typo',
        { 'role-to-assume': l.targetRole.replace(/account$/, 'acount') },
        /not authorized to perform: sts:AssumeRole/
      ],
      ['external id', { 'role-external-id': 'wrong' }, /not authorized to perform: sts:AssumeRole/],
      ['bucket owner', { 's3-bucket-owner': DEV_ACCOUNT }, /denied|403/i]
    ]
    for (const [name, inputs, pattern] of cases) {
      const run = await suite.run({ with: guideInputs(l, 'production-bucket', inputs) })
      expect([name, run.exitCode]).toEqual([name, 1])
      expect([name, errorsOf(run).some(e => pattern.test(e.message))]).toEqual([name, true])
    }
    oidc.setContext({ ...suite.context, ref: 'refs/heads/feature' })
    try {
      const run = await suite.run({ with: guideInputs(l, 'production-bucket') })
      expect(run.exitCode).toBe(1)
      expect(
        errorsOf(run)
          .map(e => e.message)
          .join('\n')
      ).toMatch(/AssumeRoleWithWebIdentity/)
    } finally {
      oidc.setContext(suite.context)
    }
    const refused = (await emulator.iam()).denials.map(d => d.action)
    expect(refused).toEqual(
      expect.arrayContaining(['sts:AssumeRole', 'sts:AssumeRoleWithWebIdentity'])
    )
    expect(await emulator.deployments()).toEqual([])
  })

  it('passes session tags only when both sides allow sts:TagSession, as the guide says', async () => {
    const { emulator, oidc } = suite
    await installAccounts(emulator)
    const l = lane('', suite.context.repository)
    const setup = await installGuide(emulator, l, 'production-bucket')
    const token = oidc.sign(oidc.claimsFor('sts.amazonaws.com'))
    const { Credentials: c } = await setup.dev.sts.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: l.sourceRole,
        RoleSessionName: 'tags',
        WebIdentityToken: token
      })
    )
    const source = {
      accessKeyId: c?.AccessKeyId ?? '',
      secretAccessKey: c?.SecretAccessKey ?? '',
      sessionToken: c?.SessionToken
    }
    const assumeTagged = () =>
      clients(emulator.url, source).sts.send(
        new AssumeRoleCommand({
          RoleArn: l.targetRole,
          RoleSessionName: 'tagged',
          ExternalId: l.externalId,
          Tags: [{ Key: 'team', Value: 'shop' }],
          TransitiveTagKeys: ['team']
        })
      )
    const trust = (marker: string): InstalledPolicy => ({
      holder: 'target',
      marker,
      name: 'trust',
      document: JSON.parse(fillIn(guidePolicies().get(marker) ?? '', l)) as PolicyDocument
    })

    // The guide's tags trust policy alone: the development role's own policy lacks TagSession.
    await putPolicy(setup, trust('target-trust,tags'))
    await expect(assumeTagged()).rejects.toThrow(
      `is not authorized to perform: sts:TagSession on resource: ${l.targetRole}`
    )
    // With TagProductionSession (the guide's table) in the development role's policy too.
    const permissions = setup.policies.find(p => p.holder === 'source' && p.name !== 'trust')
    if (!permissions) throw new Error('no source permissions in the guide set')
    await putPolicy(setup, {
      ...permissions,
      document: {
        ...permissions.document,
        Statement: [
          ...permissions.document.Statement,
          {
            Sid: 'TagProductionSession',
            Effect: 'Allow',
            Action: guideTableActions(
              'TagProductionSession',
              'permissions policy of the development'
            ),
            Resource: l.targetRole
          }
        ]
      }
    })
    expect((await assumeTagged()).Credentials?.AccessKeyId).toBeTruthy()
    // The external-ID trust policy has no TagSession statement: tags are refused again.
    await putPolicy(setup, trust('target-trust,external-id=YOUR-EXTERNAL-ID'))
    await expect(assumeTagged()).rejects.toThrow(
      /not authorized to perform: sts:(AssumeRole|TagSession)/
    )
  })

  it('ignore-alarms needs the OverrideAlarms statement of the table, and says so without it', async () => {
    const { emulator } = suite
    await installAccounts(emulator)
    const l = lane('', suite.context.repository)
    const setup = await installGuide(emulator, l, 'production-bucket')
    const inputs = guideInputs(l, 'production-bucket', { 'ignore-alarms': 'true' })

    const refused = await suite.run({ with: inputs })
    expect(refused.exitCode).toBe(1)
    const message = errorsOf(refused)
      .map(e => e.message)
      .join('\n')
    expect(message).toContain('codedeploy:UpdateDeploymentGroup')
    expect(message).toContain('"Sid":"OverrideAlarms"')
    expect(await emulator.deployments()).toEqual([])

    const permissions = setup.policies.find(p => p.holder === 'target' && p.name !== 'trust')
    if (!permissions) throw new Error('no target permissions in the guide set')
    await putPolicy(setup, {
      ...permissions,
      document: {
        ...permissions.document,
        Statement: [
          ...permissions.document.Statement,
          {
            Sid: 'OverrideAlarms',
            Effect: 'Allow',
            Action: guideTableActions('OverrideAlarms', 'permissions policy of the production'),
            Resource: `arn:aws:codedeploy:${REGION}:${PROD_ACCOUNT}:deploymentgroup:${l.application}/${l.deploymentGroup}`
          }
        ]
      }
    })
    const allowed = await suite.run({ with: inputs })
    expect(messages(allowed)).toEqual([])
    expect(allowed.exitCode).toBe(0)
  })

  it('answers iam:SimulatePrincipalPolicy from the installed policies, for callers allowed to ask', async () => {
    const { emulator } = suite
    await installAccounts(emulator)
    const l = lane('', suite.context.repository)
    const setup = await installGuide(emulator, l, 'production-bucket')
    const object = `arn:aws:s3:::${l.prodBucket}/${l.application}/abc.zip`
    const group = `arn:aws:codedeploy:eu-west-1:${PROD_ACCOUNT}:deploymentgroup:${l.application}/production`
    const out = await setup.iamProd.send(
      new SimulatePrincipalPolicyCommand({
        PolicySourceArn: l.targetRole,
        ActionNames: ['s3:PutObject', 's3:DeleteObject', 'codedeploy:CreateDeployment'],
        ResourceArns: [object, group]
      })
    )
    const decisions = Object.fromEntries(
      (out.EvaluationResults ?? []).map(r => [`${r.EvalActionName} ${r.EvalResourceName}`, r])
    )
    expect(decisions[`s3:PutObject ${object}`]?.EvalDecision).toBe('allowed')
    expect(decisions[`s3:PutObject ${object}`]?.MatchedStatements?.[0]?.SourcePolicyId).toBe(
      'guide-permissions'
    )
    expect(decisions[`s3:DeleteObject ${object}`]?.EvalDecision).toBe('implicitDeny')
    expect(decisions[`codedeploy:CreateDeployment ${group}`]?.EvalDecision).toBe('allowed')
    expect(decisions[`codedeploy:CreateDeployment ${object}`]?.EvalDecision).toBe('implicitDeny')

    // A caller needs iam:SimulatePrincipalPolicy on the role it asks about.
    const auditor = 'e2e-auditor'
    await setup.iamProd.send(
      new CreateRoleCommand({
        RoleName: auditor,
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
    const allow = (action: string) =>
      setup.iamProd.send(
        new PutRolePolicyCommand({
          RoleName: auditor,
          PolicyName: 'audit',
          PolicyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: action, Resource: l.targetRole }]
          })
        })
      )
    await allow('iam:GetRole')
    const asAuditor = new IAMClient({
      endpoint: emulator.url,
      region: REGION,
      credentials: await assumeRole(emulator.url, `arn:aws:iam::${PROD_ACCOUNT}:role/${auditor}`),
      maxAttempts: 1
    })
    const ask = () =>
      asAuditor.send(
        new SimulatePrincipalPolicyCommand({
          PolicySourceArn: l.targetRole,
          ActionNames: ['s3:PutObject'],
          ResourceArns: [object]
        })
      )
    await expect(ask()).rejects.toThrow(
      `is not authorized to perform: iam:SimulatePrincipalPolicy on resource: ${l.targetRole}`
    )
    await allow('iam:SimulatePrincipalPolicy')
    expect((await ask()).EvaluationResults?.[0]?.EvalDecision).toBe('allowed')
  })
})

/** One line of the mutation table. */
interface Mutation {
  placement: Kind
  policy: string
  statement: string
  action: string
  /** The first flow that no longer passed, or null when every flow still passed. */
  failedStep: string | null
  /** Flows before it in which the emulator refused the action but the run said nothing of it. */
  silently: string[]
  message: string | null
  namesAction: boolean
  namesStatement: boolean
  namesAccount: boolean
  /** The flow's exit status changed (a failure), rather than a refusal it only reported. */
  exitChanged: boolean
}

interface Worker {
  ws: string
  /** A revision whose bundle goes up in parts. */
  large: string
  broken: string
  /** A job with no checkout, for the promote flow's second job. */
  empty: string
}

/** The placements, the promote flow and an SSE-KMS bucket (both versioned, in development). */
type Kind = Placement | 'promote' | 'kms'

type Flow = (setup: GuideSetup, placement: Placement, w: Worker) => Promise<RunResult>

describe('every action of the guide is needed', () => {
  it('a run or a dry run fails naming each single removed action', async () => {
    const { emulator } = suite
    await installAccounts(emulator)
    const WORKERS = 3
    const workers: Worker[] = await Promise.all(
      Array.from({ length: WORKERS }, async () => ({
        ws: await workspace(),
        large: await largeWorkspace(),
        broken: await workspace(true),
        empty: await mkdtemp(join(tmpdir(), 'e2e-guide-empty-'))
      }))
    )
    const lanes = await Promise.all(
      Array.from({ length: WORKERS }, async (_, n) => ({
        'production-bucket': await installGuide(
          emulator,
          lane(`m${n}p`, suite.context.repository),
          'production-bucket',
          {}
        ),
        'development-bucket': await installGuide(
          emulator,
          lane(`m${n}d`, suite.context.repository),
          'development-bucket',
          { versioned: true }
        ),
        promote: await installGuide(
          emulator,
          lane(`m${n}r`, suite.context.repository),
          'development-bucket',
          { versioned: true, promote: true }
        ),
        kms: await installGuide(
          emulator,
          lane(`m${n}k`, suite.context.repository),
          'development-bucket',
          { versioned: true, kms: true }
        )
      }))
    )

    // Each flow passes with the guide's policies; a removal shows in the first one that no
    // longer passes, or in a refusal it reports.
    const flows: Record<string, Flow> = {
      'dry run': async (s, p, w) =>
        suite.run({
          with: guideInputs(s.lane, p, { 'dry-run': 'true' }),
          workspace: await fresh(w.ws)
        }),
      deploy: async (s, p, w) =>
        suite.run({ with: guideInputs(s.lane, p), workspace: await fresh(w.ws) }),
      // A bundle in parts: S3 needs kms:Decrypt as well as kms:GenerateDataKey for it.
      'deploy in parts': async (s, p, w) =>
        suite.run({ with: guideInputs(s.lane, p), workspace: await fresh(w.large) }),
      'failed deployment': async (s, p, w) =>
        suite.run({ with: guideInputs(s.lane, p), workspace: await fresh(w.broken) }),
      'on-active-deployment: stop': async (s, p, w) => {
        await startOtherDeployment(s, 2)
        return suite.run({
          // No rollback of the stopped deployment: it would be active in the group again.
          with: guideInputs(s.lane, p, {
            'on-active-deployment': 'stop',
            'rollback-on-stop': 'false'
          }),
          workspace: await fresh(w.ws)
        })
      },
      // upload-only, then a job with no checkout deploys its revision-location.
      promote: async (s, p, w) => {
        const build = await suite.run({
          with: guideInputs(s.lane, p, { 'upload-only': 'true' }),
          workspace: await fresh(w.ws)
        })
        if (build.exitCode !== 0) return build
        const inputs = guideInputs(s.lane, p, {
          'revision-location': build.outputs['revision-location']
        })
        delete inputs['revision-path']
        delete inputs['s3-bucket']
        return suite.run({ with: inputs, workspace: w.empty })
      }
    }
    const expectedExit: Record<string, number> = {
      'dry run': 0,
      deploy: 0,
      'deploy in parts': 0,
      'failed deployment': 1,
      'on-active-deployment: stop': 0,
      promote: 0
    }
    const flowsOf = (kind: Kind) =>
      kind === 'promote'
        ? ['promote']
        : kind === 'kms'
          ? ['dry run', 'deploy in parts']
          : Object.keys(flows).filter(f => f !== 'promote' && f !== 'deploy in parts')

    /**
     * Runs a flow and judges it: it fails when it does not end as it does with the guide's
     * policies, or when what it reports (errors, warnings, failed checks) tells of a refusal.
     * `refused` is what the emulator refused the lane meanwhile, but the policy simulator.
     */
    const judge = async (name: string, setup: GuideSetup, w: Worker) => {
      const before = (await emulator.iam()).denials.length
      const run = await flows[name](setup, setup.placement, w)
      const refused = (await emulator.iam()).denials
        .slice(before)
        .filter(d => !d.action.startsWith('iam:'))
        .filter(d => `${d.principal} ${d.resource}`.includes(`-${setup.lane.suffix}`))
      const told = messages(run).some(m => REFUSAL.test(m))
      const exitChanged = run.exitCode !== expectedExit[name]
      return { run, refused, exitChanged, failed: exitChanged || told }
    }

    // With the guide's policies untouched, every flow passes by that measure.
    const passes = async (kind: Kind, w: Worker, setup: GuideSetup) => {
      const failing: string[] = []
      for (const name of flowsOf(kind)) {
        const { run, refused, failed } = await judge(name, setup, w)
        if (failed || refused.length > 0) {
          failing.push(
            `${kind} ${name}: exit ${run.exitCode}, refused ${JSON.stringify(refused)}, ` +
              messages(run).join(' / ')
          )
        }
      }
      return failing
    }
    const baseline = await Promise.all([
      (async () => [
        ...(await passes('production-bucket', workers[0], lanes[0]['production-bucket'])),
        ...(await passes('kms', workers[0], lanes[0].kms))
      ])(),
      passes('development-bucket', workers[1], lanes[1]['development-bucket']),
      passes('promote', workers[2], lanes[2].promote)
    ])
    expect(baseline.flat()).toEqual([])
    for (const d of await emulator.deployments()) await emulator.waitForDeployment(d.deploymentId)

    const queue: [Kind, Removal][] = [
      ...removals(lanes[0]['production-bucket'].policies).map(
        r => ['production-bucket', r] as [Kind, Removal]
      ),
      // Only what the development placement adds: its target policy is a subset of the above.
      ...removals(lanes[0]['development-bucket'].policies)
        .filter(r => r.policy.holder !== 'target')
        .map(r => ['development-bucket', r] as [Kind, Removal]),
      // And what promoting adds to it.
      ...removals(lanes[0].promote.policies)
        .filter(r => r.statement === 'ReadExistingRevision')
        .map(r => ['promote', r] as [Kind, Removal]),
      // And what step 5 adds for an SSE-KMS bucket: the roles' KMS statements, the key policy.
      ...removals(lanes[0].kms.policies)
        .filter(r => r.policy.holder === 'key' || r.action.startsWith('kms:'))
        .map(r => ['kms', r] as [Kind, Removal])
    ]
    const table: Mutation[] = []
    const logs = join(repoRoot, '.e2e-tmp', 'guide-mutations')
    await rm(logs, { recursive: true, force: true })
    await mkdir(logs, { recursive: true })
    const worker = async (n: number) => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        const [placement, template] = item
        const setup = lanes[n][placement]
        const policy = setup.policies.find(
          p => p.holder === template.policy.holder && p.name === template.policy.name
        )
        if (!policy) throw new Error(`no ${template.policy.marker} in lane ${n}`)
        const removal: Removal = { ...template, policy }
        await putPolicy(setup, without(removal))
        let failedStep: string | null = null
        let exitChanged = false
        let found: string[] = []
        const silently: string[] = []
        try {
          for (const name of flowsOf(placement)) {
            const step = await judge(name, setup, workers[n])
            const { run, refused, failed } = step
            if (failed) {
              failedStep = name
              exitChanged = step.exitChanged
              found = messages(run)
              await writeFile(
                join(logs, `${table.length}-${removal.action.replace(':', '-')}.log`),
                run.stdout
              )
              break
            }
            if (refused.some(d => d.action === removal.action)) {
              silently.push(name)
              await writeFile(
                join(logs, `${table.length}-${removal.action.replace(':', '-')}-${name}.log`),
                run.stdout
              )
            }
          }
        } finally {
          await putPolicy(setup, policy)
          for (const d of await emulator.deployments()) {
            if (d.application === setup.lane.application)
              await emulator.waitForDeployment(d.deploymentId)
          }
        }
        const naming = found.find(m => m.includes(removal.action)) ?? found[0] ?? null
        const account =
          ['source', 'bucket', 'key'].includes(removal.policy.holder) &&
          setup.placement === 'development-bucket'
            ? DEV_ACCOUNT
            : removal.policy.holder === 'source'
              ? DEV_ACCOUNT
              : PROD_ACCOUNT
        table.push({
          placement,
          policy: removal.policy.marker,
          statement: removal.statement,
          action: removal.action,
          failedStep,
          silently,
          message: naming,
          namesAction: found.some(m => m.includes(removal.action)),
          namesStatement: found.some(m =>
            m.includes(removal.statement.replace(/AnyResource$/, ''))
          ),
          exitChanged,
          namesAccount: found.some(m => m.includes(removal.action) && m.includes(account))
        })
      }
    }
    await Promise.all(lanes.map((_, n) => worker(n)))
    await Promise.all(
      workers
        .flatMap(w => [w.ws, w.large, w.broken, w.empty])
        .map(d => rm(d, { recursive: true, force: true }))
    )

    const out = join(repoRoot, '.e2e-tmp')
    await mkdir(out, { recursive: true })
    const rows = table.map(
      m =>
        `| ${m.placement} | ${m.policy} | ${m.statement} | \`${m.action}\` | ` +
        `${m.failedStep ?? 'nothing'} | ${m.failedStep ? (m.exitChanged ? 'failed' : 'reported') : ''} | ` +
        `${m.silently.join(', ')} | ${m.namesAction ? 'yes' : 'no'} | ${m.namesStatement ? 'yes' : 'no'} | ` +
        `${m.namesAccount ? 'yes' : 'no'} | ` +
        `${(m.message ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').slice(0, 400)} |`
    )
    await writeFile(
      join(out, 'guide-mutations.md'),
      [
        '| Placement | Policy | Statement | Action removed | Step that showed it | How | Refused unreported in | Names the action | Names the statement | Names the account | Message |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        ...rows,
        ''
      ].join('\n')
    )
    const iam = await emulator.iam()
    await writeFile(join(out, 'guide-evaluator.json'), JSON.stringify(iam.evaluator, null, 2))

    // Every removal that shows is named in what that flow reports: the action, or the guide's
    // statement that holds it (the table tells which).
    const unnamed = table.filter(m => m.failedStep !== null && !m.namesAction && !m.namesStatement)
    expect(unnamed.map(m => `${m.policy} ${m.statement} ${m.action}: ${m.message}`)).toEqual([])
    // Every KMS statement of step 5 is needed: without any of its actions a run fails.
    const kms = table.filter(m => m.placement === 'kms')
    expect(kms.map(m => `${m.statement} ${m.action}`).sort()).toEqual([
      'InstancesDecryptRevisions kms:Decrypt',
      'InstancesUseKey kms:Decrypt',
      'KeyAdministration kms:*',
      'UploadWithKey kms:Decrypt',
      'UploadWithKey kms:GenerateDataKey'
    ])
    expect(kms.filter(m => m.failedStep === null).map(m => `${m.statement} ${m.action}`)).toEqual(
      []
    )
    expect(table.length).toBeGreaterThan(20)
  }, 600_000)
})
