/**
 * Cancelled and killed runs: the deployment this run created ends Stopped, is stopped once, and
 * the step fails. Deployments are slowed down (1 s per lifecycle event) so they are still in
 * progress when the signal arrives.
 */
import { beforeEach, describe, expect, it } from '@jest/globals'
import { PROD_ACCOUNT } from './harness/aws.js'
import { callsTo } from './harness/checks.js'
import { crossAccountInputs } from './harness/inputs.js'
import { setupSuite } from './harness/suite.js'

const suite = setupSuite()
const CREATED = /Created deployment d-/

beforeEach(async () => {
  const { emulator, landscape } = suite
  await emulator.configureGroup(PROD_ACCOUNT, landscape.application, landscape.deploymentGroup, {
    eventDelaySeconds: 1
  })
})

describe('cancellation', () => {
  it('a cancelled job (SIGINT) stops its deployment with rollback, once', async () => {
    const { landscape, emulator } = suite
    const run = await suite.run({
      with: crossAccountInputs(landscape),
      signal: { when: CREATED }
    })

    expect(run.signalsSent[0]).toBe('SIGINT')
    expect(run.exitCode).not.toBe(0)
    const id = run.outputs['deployment-id']
    const deployment = await emulator.waitForDeployment(id)
    expect(deployment.status).toBe('Stopped')
    expect(deployment.stopRequest?.autoRollbackEnabled).toBe(true)
    const stops = callsTo(await emulator.calls(), 'codedeploy', 'StopDeployment')
    expect(stops.map(c => c.account)).toEqual([PROD_ACCOUNT])
  })

  it('a killed main step leaves the post step to stop the deployment', async () => {
    const { landscape, emulator } = suite
    const run = await suite.run({
      with: crossAccountInputs(landscape, { 'rollback-on-stop': 'false' }),
      signal: { when: CREATED, sequence: [{ signal: 'SIGKILL', afterMs: 0 }] }
    })

    expect(run.signal).toBe('SIGKILL')
    expect(run.post?.exitCode).toBe(0)
    const created = await emulator.deployments()
    expect(created).toHaveLength(1)
    const deployment = await emulator.waitForDeployment(created[0].deploymentId)
    expect(deployment.status).toBe('Stopped')
    expect(deployment.stopRequest?.autoRollbackEnabled).toBe(false)
    expect(callsTo(await emulator.calls(), 'codedeploy', 'StopDeployment')).toHaveLength(1)
  })
})
