/**
 * Sustained throttling: every GetDeployment is refused. The wait gives up after a bounded time
 * and says how long its polls spent failing; under stop-on-timeout the post step stops the
 * deployment, which it can do without reading it.
 */
import { describe, expect, it } from '@jest/globals'
import { PROD_ACCOUNT } from './harness/aws.js'
import { callsTo, errorsOf } from './harness/checks.js'
import { crossAccountInputs } from './harness/inputs.js'
import { setupSuite } from './harness/suite.js'

const suite = setupSuite()

/** How long polls may keep failing before the wait gives up. */
const FAILING_LIMIT_SECONDS = 120

describe('CodeDeploy throttles every GetDeployment', () => {
  it('the main step gives up with one error, and the post step stops the deployment (stop-on-timeout)', async () => {
    const { landscape, emulator } = suite
    // About 7 minutes for the two instances: far longer than both steps together.
    await emulator.configureGroup(PROD_ACCOUNT, landscape.application, landscape.deploymentGroup, {
      eventDelaySeconds: 30
    })
    await emulator.injectFaults([
      { kind: 'throttle', service: 'codedeploy', action: 'GetDeployment', rate: 1 }
    ])

    // The SDK's own retries make each poll take tens of seconds.
    const run = await suite.run({
      with: crossAccountInputs(landscape, { 'stop-on-timeout': 'true' }),
      timeoutMs: 300_000
    })

    const deployments = await emulator.deployments()
    expect(deployments).toHaveLength(1)
    const id = deployments[0].deploymentId
    expect(run.timedOut).toBe(false)
    expect(run.exitCode).toBe(1)
    const errors = errorsOf(run)
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toContain(`Could not read the state of deployment ${id}`)
    const failing = /The last \d+ polls failed, after (\d+):(\d{2}) \(m:ss\) of retries/.exec(
      errors[0].message
    )
    expect(failing).not.toBeNull()
    const seconds = Number(failing?.[1]) * 60 + Number(failing?.[2])
    expect(seconds).toBeGreaterThanOrEqual(FAILING_LIMIT_SECONDS)
    // Bounded: past the limit by at most one poll's retries, not by more polls.
    expect(seconds).toBeLessThan(FAILING_LIMIT_SECONDS + 90)

    const post = run.post
    expect(post?.timedOut).toBe(false)
    expect(post?.exitCode).toBe(0)
    expect(post?.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(post?.stdout).toContain(
      `Deployment ${id} was stopped because the main step could not see it end`
    )
    const stops = callsTo(await emulator.calls(), 'codedeploy', 'StopDeployment')
    expect(stops.map(c => c.status)).toEqual([200])
    const ended = await emulator.waitForDeployment(id)
    expect(ended.status).toBe('Stopped')
    expect(ended.stopRequest?.autoRollbackEnabled).toBe(true)
  }, 400_000)
})
