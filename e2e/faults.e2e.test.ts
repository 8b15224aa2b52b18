/**
 * Throttling, server errors and dropped connections on a share of the calls: the deployment
 * still succeeds, and the action reports how many calls it retried.
 */
import { describe, expect, it } from '@jest/globals'
import { errorsOf } from './harness/checks.js'
import { crossAccountInputs } from './harness/inputs.js'
import { setupSuite } from './harness/suite.js'

const suite = setupSuite()

describe('transient AWS faults', () => {
  it('a deployment succeeds through throttling, HTTP 500 and dropped connections', async () => {
    const { landscape, emulator } = suite
    await emulator.injectFaults(
      [
        { kind: 'throttle', service: 'codedeploy', rate: 0.3 },
        { kind: 'throttle', service: 'sts', rate: 0.3 },
        { kind: 'error500', service: 's3', rate: 0.3 },
        { kind: 'drop', rate: 0.1, max: 2 }
      ],
      7
    )

    const run = await suite.run({ with: crossAccountInputs(landscape) })

    expect(errorsOf(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs['deployment-status']).toBe('Succeeded')
    const faults = await emulator.faults()
    expect(faults.total).toBeGreaterThan(0)
    const reported = /(\d+) retried/.exec(run.stdout)
    expect(Number(reported?.[1])).toBe(faults.total)
  })
})
