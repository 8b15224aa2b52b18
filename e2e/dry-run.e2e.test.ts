/**
 * `dry-run: true` end to end: every setup check runs against the emulator, the checklist reaches
 * the log and the job summary, and nothing is uploaded, registered or deployed.
 */
import { describe, expect, it } from '@jest/globals'
import { listDeployments, listKeys, PROD_ACCOUNT, type Landscape } from './harness/aws.js'
import { callsTo, creatingCalls, errorsOf } from './harness/checks.js'
import type { Emulator } from './harness/emulator.js'
import { crossAccountInputs } from './harness/inputs.js'
import type { RunResult } from './harness/runner.js'
import { setupSuite } from './harness/suite.js'

const suite = setupSuite()

/** The checklist's own lines: "<icon> <status> <title>: <evidence>". */
function checklist(run: RunResult): Map<string, { status: string; evidence: string }> {
  const checks = new Map<string, { status: string; evidence: string }>()
  for (const line of run.stdout.split('\n')) {
    const match = /^\S+ (passed|failed|skipped) +([^:]+): (.*)$/.exec(line)
    if (match) checks.set(match[2], { status: match[1], evidence: match[3] })
  }
  return checks
}

/** Nothing in either bucket, no registered revision, no deployment, no creating call. */
async function expectNothingCreated(landscape: Landscape, emulator: Emulator): Promise<void> {
  const calls = await emulator.calls()
  expect(creatingCalls(calls)).toEqual([])
  expect(await listKeys(landscape.prod.s3, landscape.prodBucket)).toEqual([])
  expect(await listKeys(landscape.dev.s3, landscape.devBucket)).toEqual([])
  expect(await listDeployments(landscape.prod.codedeploy)).toEqual([])
  expect(await listDeployments(landscape.dev.codedeploy)).toEqual([])
  expect(await emulator.deployments()).toEqual([])
  // GetApplicationRevision was asked (and answered "not registered"); nothing registered it.
  expect(callsTo(calls, 'codedeploy', 'GetApplicationRevision').length).toBeGreaterThan(0)
  expect(callsTo(calls, 'codedeploy', 'RegisterApplicationRevision')).toEqual([])
}

describe('dry run', () => {
  it('checks the cross-account setup of scenario 1 and creates nothing', async () => {
    const { landscape, emulator } = suite
    const run = await suite.run({ with: crossAccountInputs(landscape, { 'dry-run': 'true' }) })

    expect(errorsOf(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('Dry run: nothing is uploaded and no deployment is created.')
    expect(run.stdout).toMatch(/Dry run: \d+ passed, 0 failed, \d+ skipped: every check/)

    const checks = checklist(run)
    expect([...checks.values()].filter(c => c.status === 'failed')).toEqual([])
    for (const title of [
      'Bundle and AppSpec',
      'GitHub OIDC token',
      'Target account',
      `Bucket ${landscape.prodBucket}`,
      'Bucket region',
      'Bucket versioning',
      // Passes only with the emulator's default SSE-S3 configuration (moto_patches.py).
      'Bucket encryption',
      'Bundle object',
      `Application ${landscape.application}`,
      `Deployment group ${landscape.deploymentGroup}`,
      'Compute platform',
      'Revision registration',
      'Deployments in progress'
    ]) {
      expect([title, checks.get(title)?.status]).toEqual([title, 'passed'])
    }
    expect(checks.get('Target account')?.evidence).toContain(PROD_ACCOUNT)
    expect(checks.get('Bucket encryption')?.evidence).toMatch(/^AES256: no KMS/)
    expect(checks.get('Upload permission')?.status).toBe('skipped')
    expect(checks.get('Register the revision and create the deployment')?.status).toBe('skipped')

    // The same checklist in the job summary.
    expect(run.summary).toContain(
      `CodeDeploy dry run: ${landscape.application} / ${landscape.deploymentGroup}`
    )
    expect(run.summary).toContain('0 failed')
    expect(run.summary).toContain('Nothing was uploaded and no deployment was created.')
    for (const title of checks.keys()) expect(run.summary).toContain(title)

    // No deployment outputs: nothing was deployed.
    expect(run.outputs['deployment-id']).toBeFalsy()
    // It did reach both accounts' resources: the checks are real reads, not skipped.
    const calls = await emulator.calls()
    expect(callsTo(calls, 's3', 'HeadBucket').map(c => c.account)).toEqual([PROD_ACCOUNT])
    expect(callsTo(calls, 'codedeploy', 'GetDeploymentGroup').map(c => c.account)).toEqual([
      PROD_ACCOUNT
    ])
    await expectNothingCreated(landscape, emulator)
  })

  it('fails, naming the group, when the deployment group does not exist', async () => {
    const { landscape, emulator } = suite
    const run = await suite.run({
      with: crossAccountInputs(landscape, { 'dry-run': 'true', 'deployment-group': 'staging' })
    })

    expect(run.exitCode).toBe(1)
    const checks = checklist(run)
    expect(checks.get('Deployment group staging')).toMatchObject({ status: 'failed' })
    expect(checks.get('Deployment group staging')?.evidence).toContain(
      "deployment group 'staging' of application 'webapp' does not exist in account 222222222222"
    )
    expect(run.stdout).toMatch(/Dry run: \d+ passed, [1-9]\d* failed/)
    // The rest of the setup still checked and fine.
    expect(checks.get(`Bucket ${landscape.prodBucket}`)?.status).toBe('passed')
    expect(checks.get(`Application ${landscape.application}`)?.status).toBe('passed')
    // An error annotation for the group, and the step's own failure.
    const errors = errorsOf(run)
    expect(errors.map(e => e.properties.title)).toContain('Deployment group staging (dry run)')
    expect(errors.map(e => e.message)).toContain(
      'Dry run: some checks failed; see the checklist above.'
    )
    expect(run.summary).toContain('CodeDeploy dry run: webapp / staging')
    expect(run.summary).toContain('Deployment group staging')
    await expectNothingCreated(landscape, emulator)
  })
})
