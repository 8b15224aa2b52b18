/**
 * Scenarios 1-3: the cross-account guide end to end, with the three ways the action gets its
 * source credentials and the two places the bucket can live.
 */
import { PutBucketVersioningCommand } from '@aws-sdk/client-s3'
import { describe, expect, it } from '@jest/globals'
import {
  assumeRole,
  DEV_ACCOUNT,
  DEV_OIDC_ROLE,
  listDeployments,
  listKeys,
  objectSha256,
  PROD_ACCOUNT,
  PROD_DEPLOY_ROLE,
  REGION
} from './harness/aws.js'
import { callsTo, creatingCalls, errorsOf, UPLOAD_ACTIONS } from './harness/checks.js'
import { crossAccountInputs } from './harness/inputs.js'
import { setupSuite } from './harness/suite.js'

const suite = setupSuite()

const OUTPUTS = [
  'deployment-id',
  'deployment-status',
  'deployment-url',
  'revision-location',
  'revision-etag',
  'revision-sha256',
  'target-account-id'
]

describe('deploying into the production account', () => {
  it('1. OIDC into development, role chaining into production, bucket in production', async () => {
    const { landscape, emulator, oidc } = suite
    const run = await suite.run({ with: crossAccountInputs(landscape) })

    expect(errorsOf(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    for (const name of OUTPUTS) expect(run.outputs[name]).toBeTruthy()
    const id = run.outputs['deployment-id']
    const sha256 = run.outputs['revision-sha256']
    const key = `releases/${landscape.application}/${sha256}.zip`
    expect(id).toMatch(/^d-[A-Z0-9]{9}$/)
    expect(run.outputs).toMatchObject({
      'deployment-status': 'Succeeded',
      'target-account-id': PROD_ACCOUNT,
      'revision-location': `s3://${landscape.prodBucket}/${key}`
    })
    expect(sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(run.outputs['deployment-url']).toMatch(/^https:\/\/.*console\.aws\.amazon\.com\//)
    expect(run.outputs['deployment-url']).toContain(id)
    expect(run.outputs['deployment-url']).toContain(REGION)

    // The bundle in S3 is the one the outputs describe, and the agent accepted it.
    expect(await objectSha256(landscape.prod.s3, landscape.prodBucket, key)).toBe(sha256)
    const deployed = await emulator.waitForDeployment(id)
    expect(deployed).toMatchObject({ account: PROD_ACCOUNT, status: 'Succeeded' })
    const bundle = deployed.agent?.bundle
    expect(bundle).toMatchObject({ key, sha256, appspec: 'appspec.yml', error: null })
    expect(run.outputs['revision-etag'].replace(/"/g, '')).toBe(bundle?.etag)
    const entries = new Map(bundle?.entries?.map(e => [e.name, e.mode]))
    expect((entries.get('scripts/validate_service.sh') ?? 0) & 0o111).not.toBe(0)
    expect(entries.has('app/server.mjs')).toBe(true)
    // .codedeployignore at the bundle root leaves the README out.
    expect(entries.has('README.md')).toBe(false)

    // The deployment exists in production, and development cannot see it.
    expect(
      await listDeployments(
        landscape.prod.codedeploy,
        landscape.application,
        landscape.deploymentGroup
      )
    ).toEqual([id])
    expect(await listDeployments(landscape.dev.codedeploy)).toEqual([])

    // OIDC token -> development role -> production role, which uploads and deploys.
    expect(oidc.issued.map(t => t.audience)).toContain('sts.amazonaws.com')
    const calls = await emulator.calls()
    expect(callsTo(calls, 'sts', 'AssumeRoleWithWebIdentity').length).toBeGreaterThan(0)
    expect(callsTo(calls, 'sts', 'AssumeRole').map(c => c.account)).toContain(DEV_ACCOUNT)
    expect(new Set(callsTo(calls, 's3', UPLOAD_ACTIONS).map(c => c.account))).toEqual(
      new Set([PROD_ACCOUNT])
    )
    expect(callsTo(calls, 'codedeploy', 'CreateDeployment').map(c => c.account)).toEqual([
      PROD_ACCOUNT
    ])

    expect(run.summary).toContain(id)
    expect(run.summary).toContain(PROD_ACCOUNT)
    expect(run.summary).toContain('Succeeded')
    // The production credentials stay inside the action.
    expect(Object.keys(run.exportedEnv).filter(k => k.startsWith('AWS_'))).toEqual([])
  })

  it('2. bucket in the development account, uploaded with the source credentials', async () => {
    const { landscape, emulator } = suite
    const run = await suite.run({
      with: crossAccountInputs(landscape, {
        's3-bucket': landscape.devBucket,
        'upload-credentials': 'source'
      })
    })

    expect(errorsOf(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    const key = `releases/${landscape.application}/${run.outputs['revision-sha256']}.zip`
    expect(run.outputs).toMatchObject({
      'deployment-status': 'Succeeded',
      'target-account-id': PROD_ACCOUNT,
      'revision-location': `s3://${landscape.devBucket}/${key}`
    })
    expect(await listKeys(landscape.dev.s3, landscape.devBucket)).toEqual([key])
    expect(await listKeys(landscape.prod.s3, landscape.prodBucket)).toEqual([])

    const deployed = await emulator.waitForDeployment(run.outputs['deployment-id'])
    expect(deployed).toMatchObject({ account: PROD_ACCOUNT, status: 'Succeeded' })
    expect(deployed.agent?.bundle).toMatchObject({ bucketAccount: DEV_ACCOUNT, key })

    const calls = await emulator.calls()
    expect(new Set(callsTo(calls, 's3', UPLOAD_ACTIONS).map(c => c.account))).toEqual(
      new Set([DEV_ACCOUNT])
    )
    expect(callsTo(calls, 'codedeploy', 'CreateDeployment').map(c => c.account)).toEqual([
      PROD_ACCOUNT
    ])
  })

  it('3. credentials already in the environment, no OIDC', async () => {
    const { landscape, emulator, oidc } = suite
    // What configure-aws-credentials leaves for later steps after its own role assumption.
    const source = await assumeRole(emulator.url, DEV_OIDC_ROLE, undefined, 'GitHubActions')
    const inputs = crossAccountInputs(landscape)
    delete inputs['oidc-role-arn']
    delete inputs['aws-region']
    await emulator.clearCalls()

    const run = await suite.run({
      oidc: false,
      with: inputs,
      env: {
        AWS_ACCESS_KEY_ID: source.accessKeyId,
        AWS_SECRET_ACCESS_KEY: source.secretAccessKey,
        AWS_SESSION_TOKEN: source.sessionToken ?? '',
        AWS_REGION: REGION,
        AWS_DEFAULT_REGION: REGION
      }
    })

    expect(errorsOf(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      'deployment-status': 'Succeeded',
      'target-account-id': PROD_ACCOUNT
    })
    expect(oidc.issued).toEqual([])
    const calls = await emulator.calls()
    expect(callsTo(calls, 'sts', 'AssumeRoleWithWebIdentity')).toEqual([])
    expect(callsTo(calls, 'sts', 'AssumeRole').map(c => c.account)).toContain(DEV_ACCOUNT)
    const deployed = await emulator.waitForDeployment(run.outputs['deployment-id'])
    expect(deployed).toMatchObject({ account: PROD_ACCOUNT, status: 'Succeeded' })
  })

  it('refuses an account outside allowed-account-ids, with nothing uploaded or deployed', async () => {
    const { landscape, emulator } = suite
    await emulator.clearCalls()

    // role-to-assume names production, which the list leaves out: refused before any AWS call.
    const early = await suite.run({
      with: crossAccountInputs(landscape, { 'allowed-account-ids': DEV_ACCOUNT })
    })

    expect(early.exitCode).toBe(1)
    expect(errorsOf(early).map(e => e.message)).toEqual([
      expect.stringContaining(
        `is account ${PROD_ACCOUNT}, which allowed-account-ids (${DEV_ACCOUNT}) does not list`
      )
    ])
    expect((await emulator.calls()).calls).toEqual([])

    // Keys of a production role and no role-to-assume: only signing in tells the account.
    const keys = await assumeRole(emulator.url, PROD_DEPLOY_ROLE, undefined, 'GitHubActions')
    const inputs = crossAccountInputs(landscape, { 'allowed-account-ids': DEV_ACCOUNT })
    for (const name of ['oidc-role-arn', 'role-to-assume', 'role-external-id', 's3-bucket-owner']) {
      delete inputs[name]
    }
    await emulator.clearCalls()
    const late = await suite.run({
      oidc: false,
      with: inputs,
      env: {
        AWS_ACCESS_KEY_ID: keys.accessKeyId,
        AWS_SECRET_ACCESS_KEY: keys.secretAccessKey,
        AWS_SESSION_TOKEN: keys.sessionToken ?? ''
      }
    })

    expect(late.exitCode).toBe(1)
    expect(errorsOf(late).map(e => e.message)).toEqual([
      expect.stringContaining(
        `is account ${PROD_ACCOUNT}, which allowed-account-ids (${DEV_ACCOUNT}) does not list: nothing was uploaded or deployed`
      )
    ])
    const calls = await emulator.calls()
    expect(calls.calls.map(c => `${c.service} ${c.action}`)).toEqual(['sts GetCallerIdentity'])
    expect(creatingCalls(calls)).toEqual([])
  })

  it('names the object version in revision-location when the bucket is versioned', async () => {
    const { landscape, emulator } = suite
    await landscape.prod.s3.send(
      new PutBucketVersioningCommand({
        Bucket: landscape.prodBucket,
        VersioningConfiguration: { Status: 'Enabled' }
      })
    )
    const run = await suite.run({ with: crossAccountInputs(landscape) })

    expect(errorsOf(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    const match = /^s3:\/\/[^/]+\/[^?]+\?versionId=(.+)$/.exec(run.outputs['revision-location'])
    expect(match).not.toBeNull()
    const deployed = await emulator.waitForDeployment(run.outputs['deployment-id'])
    expect(deployed.status).toBe('Succeeded')
    // CodeDeploy was told that exact version, and the agent downloaded it.
    expect(deployed.agent?.bundle?.version).toBe(decodeURIComponent(match?.[1] ?? ''))
  })
})
