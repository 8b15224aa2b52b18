/**
 * Hostile text and lost answers: text others wrote never becomes a workflow command or summary
 * markup, and a CreateDeployment whose answer is lost still makes exactly one deployment.
 */
import { describe, expect, it } from '@jest/globals'
import { PROD_ACCOUNT } from './harness/aws.js'
import { callsTo, errorsOf } from './harness/checks.js'
import type { FaultKind } from './harness/emulator.js'
import { crossAccountInputs } from './harness/inputs.js'
import { setupSuite, startOtherDeployment } from './harness/suite.js'

const suite = setupSuite()

/** What another pipeline can put in a deployment's description. */
const HOSTILE_DESCRIPTION = [
  'release 7',
  '::error title=Deployment failed::pwned',
  '::add-mask::Succeeded',
  '::stop-commands::e2e-token',
  '\u0085::warning::pwned by NEL',
  'old syntax ##[error]pwned by ##['
].join('\n')

describe('text written by others', () => {
  it("another deployment's description never reaches the runner as a command", async () => {
    const { landscape, emulator } = suite
    await emulator.configureGroup(PROD_ACCOUNT, landscape.application, landscape.deploymentGroup, {
      eventDelaySeconds: 0.2
    })
    const other = await startOtherDeployment(suite, 2, HOSTILE_DESCRIPTION)

    const run = await suite.run({ with: crossAccountInputs(landscape) })

    expect(run.exitCode).toBe(0)
    expect(run.outputs['deployment-status']).toBe('Succeeded')
    // The runner saw no command from the description: no annotation, mask or stop.
    expect(run.annotations).toEqual([])
    expect(run.masks).not.toContain('Succeeded')
    expect(run.commands.map(c => c.command)).not.toContain('stop-commands')
    expect(run.commands.filter(c => /pwned/.test(c.message))).toEqual([])
    // The description is still shown, escaped, on the line that names the other deployment.
    const named = run.stdout.split('\n').filter(line => line.includes(other))
    expect(
      named.some(line => line.includes('"release 7\\n::error title=Deployment failed::pwned\\n'))
    ).toBe(true)
  })

  it('markup in an input stays text in the job summary', async () => {
    const { landscape } = suite
    const application = '<img src=x onerror=alert(1)>'

    const run = await suite.run({ with: crossAccountInputs(landscape, { application }) })

    expect(run.exitCode).toBe(1)
    expect(errorsOf(run)).toHaveLength(1)
    expect(run.summary).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(run.summary).not.toContain('<img')
  })
})

describe('a CreateDeployment whose answer is lost', () => {
  it.each<FaultKind>(['drop-after', 'error500-after'])(
    '%s: the run finds its own deployment and creates no second one',
    async kind => {
      const { landscape, emulator } = suite
      await emulator.injectFaults([
        { kind, service: 'codedeploy', action: 'CreateDeployment', max: 1 }
      ])

      const run = await suite.run({ with: crossAccountInputs(landscape) })

      expect(errorsOf(run)).toEqual([])
      expect(run.exitCode).toBe(0)
      const deployments = await emulator.deployments()
      expect(deployments).toHaveLength(1)
      const [only] = deployments
      expect(run.outputs['deployment-id']).toBe(only.deploymentId)
      expect(run.outputs['deployment-status']).toBe('Succeeded')
      expect(only.description).toMatch(/ \[gha-run:[^\]]+\]$/)
      expect(run.stdout).toContain('its answer was lost')
      // Asked once: the retry was a search, not a second CreateDeployment.
      expect(callsTo(await emulator.calls(), 'codedeploy', 'CreateDeployment')).toHaveLength(1)
      expect(callsTo(await emulator.calls(), 'codedeploy', 'StopDeployment')).toEqual([])
    }
  )
})
