/**
 * Scenario 8: `wait: false` returns at once, and a short `wait-timeout-seconds` fails with the
 * still-running message. Deployments are slowed down in the emulator (1 s per lifecycle event,
 * about 14 s for the two instances) so that both cases happen long before the deployment ends.
 */
import { beforeEach, describe, expect, it } from '@jest/globals'
import { PROD_ACCOUNT } from './harness/aws.js'
import { callsTo, errorsOf } from './harness/checks.js'
import { crossAccountInputs } from './harness/inputs.js'
import { setupSuite } from './harness/suite.js'

const suite = setupSuite()
const ACTIVE = ['Created', 'Queued', 'InProgress']

beforeEach(async () => {
  const { emulator, landscape } = suite
  await emulator.configureGroup(PROD_ACCOUNT, landscape.application, landscape.deploymentGroup, {
    eventDelaySeconds: 1
  })
})

describe('8. waiting', () => {
  it('wait: false returns at once with the deployment ID', async () => {
    const { landscape, emulator } = suite
    const run = await suite.run({ with: crossAccountInputs(landscape, { wait: 'false' }) })

    expect(errorsOf(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    const id = run.outputs['deployment-id']
    expect(id).toMatch(/^d-[A-Z0-9]{9}$/)
    // Returned at once: nothing was asked of AWS after the deployment was created.
    const calls = (await emulator.calls()).calls
    expect(calls[calls.length - 1]).toMatchObject({
      service: 'codedeploy',
      action: 'CreateDeployment'
    })
    // Left running on purpose: neither the main nor the post step stops it.
    const deployment = (await emulator.deployments()).find(d => d.deploymentId === id)
    expect(ACTIVE).toContain(deployment?.status)
    expect(callsTo(await emulator.calls(), 'codedeploy', 'StopDeployment')).toEqual([])
  })

  it('a short wait-timeout-seconds fails with the still-running message', async () => {
    const { landscape, emulator } = suite
    const run = await suite.run({
      with: crossAccountInputs(landscape, { 'wait-timeout-seconds': '3' })
    })

    expect(run.exitCode).toBe(1)
    const id = run.outputs['deployment-id']
    expect(id).toMatch(/^d-[A-Z0-9]{9}$/)
    // Polling stopped at the timeout, seconds before the deployment could end. Measured from
    // the emulator's call log, so the time the run took to start up does not count.
    const calls = await emulator.calls()
    const [created] = callsTo(calls, 'codedeploy', 'CreateDeployment')
    const polls = callsTo(calls, 'codedeploy', 'GetDeployment')
    expect(polls.length).toBeGreaterThan(0)
    expect(polls[polls.length - 1].t - created.t).toBeLessThan(10)
    const errors = errorsOf(run)
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toContain(id)
    expect(errors[0].message).toMatch(/still/i)
    expect(errors[0].message).toContain(run.outputs['deployment-url'])
    expect(ACTIVE).toContain(run.outputs['deployment-status'])
    // stop-on-timeout is off by default: the deployment keeps running.
    const deployment = (await emulator.deployments()).find(d => d.deploymentId === id)
    expect(ACTIVE).toContain(deployment?.status)
    expect(callsTo(calls, 'codedeploy', 'StopDeployment')).toEqual([])
  })
})
