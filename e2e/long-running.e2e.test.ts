/**
 * Long and contended deployments: sessions that expire during the wait, and a deployment group
 * that already has a deployment in progress, under each on-active-deployment policy.
 */
import { describe, expect, it } from '@jest/globals'
import { PROD_ACCOUNT } from './harness/aws.js'
import { callsTo, errorsOf } from './harness/checks.js'
import { crossAccountInputs } from './harness/inputs.js'
import { setupSuite, startOtherDeployment as startOther } from './harness/suite.js'

const suite = setupSuite()
const startOtherDeployment = (hookSeconds: number) => startOther(suite, hookSeconds)

describe('sessions shorter than the wait', () => {
  it('re-assumes the role chain with a fresh OIDC token before the credentials expire', async () => {
    const { landscape, emulator, oidc } = suite
    // Sessions are refreshed when a quarter of them is left: 2 s here, room for a slow call.
    await emulator.configure({ sessionDurationSeconds: 8 })
    await emulator.configureGroup(PROD_ACCOUNT, landscape.application, landscape.deploymentGroup, {
      eventDelaySeconds: 1.2
    })

    const run = await suite.run({ with: crossAccountInputs(landscape) })

    expect(errorsOf(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs['deployment-status']).toBe('Succeeded')
    const calls = await emulator.calls()
    expect(calls.calls.filter(c => c.fault === 'expired')).toEqual([])
    expect(callsTo(calls, 'sts', 'AssumeRole').length).toBeGreaterThan(1)
    expect(callsTo(calls, 'sts', 'AssumeRoleWithWebIdentity').length).toBeGreaterThan(1)
    expect(oidc.issued.length).toBeGreaterThan(1)
  })
})

describe('a deployment already in progress in the group', () => {
  it('on-active-deployment: fail stops at once and names the other deployment', async () => {
    const { landscape, emulator } = suite
    const other = await startOtherDeployment(30)

    const run = await suite.run({
      with: crossAccountInputs(landscape, { 'on-active-deployment': 'fail' })
    })

    expect(run.exitCode).toBe(1)
    const errors = errorsOf(run)
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toContain(other)
    expect(callsTo(await emulator.calls(), 'codedeploy', 'CreateDeployment')).toEqual([])
    expect((await emulator.deployments()).map(d => d.deploymentId)).toEqual([other])
  })

  it('on-active-deployment: stop stops the other deployment, then deploys', async () => {
    const { landscape, emulator } = suite
    const other = await startOtherDeployment(30)

    const run = await suite.run({
      with: crossAccountInputs(landscape, { 'on-active-deployment': 'stop' })
    })

    expect(errorsOf(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs['deployment-status']).toBe('Succeeded')
    expect((await emulator.waitForDeployment(other)).status).toBe('Stopped')
  })

  it('on-active-deployment: wait (the default) waits for the other deployment, then deploys', async () => {
    const { landscape, emulator } = suite
    const other = await startOtherDeployment(5)

    const run = await suite.run({ with: crossAccountInputs(landscape) })

    expect(errorsOf(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain(other)
    expect((await emulator.waitForDeployment(other)).status).toBe('Succeeded')
    expect(run.outputs['deployment-status']).toBe('Succeeded')
    expect(callsTo(await emulator.calls(), 'codedeploy', 'StopDeployment')).toEqual([])
  })
})
