/**
 * CreateDeployment overrides: auto-rollback, ignore-alarms and update-outdated-instances-only
 * reach the deployment as sent, and a deployment that fails with DEPLOYMENT_FAILURE among its
 * rollback events is rolled back by CodeDeploy (the emulator models it as CodeDeploy does).
 */
import { describe, expect, it } from '@jest/globals'
import { crossAccountInputs } from './harness/inputs.js'
import { breakHook, setupSuite } from './harness/suite.js'

const suite = setupSuite()

describe('CreateDeployment overrides', () => {
  it('sends the rollback, alarm and outdated-instances overrides asked for, and none by default', async () => {
    const { landscape, emulator } = suite
    const plain = await suite.run({ with: crossAccountInputs(landscape) })
    expect(plain.exitCode).toBe(0)
    const overridden = await suite.run({
      with: crossAccountInputs(landscape, {
        'auto-rollback': 'DEPLOYMENT_STOP_ON_REQUEST, deployment_failure',
        'ignore-alarms': 'true',
        'update-outdated-instances-only': 'true'
      })
    })
    expect(overridden.exitCode).toBe(0)
    const byId = new Map((await emulator.deployments()).map(d => [d.deploymentId, d]))
    expect(byId.get(plain.outputs['deployment-id'])?.overrides).toEqual({
      autoRollbackConfiguration: null,
      overrideAlarmConfiguration: null,
      updateOutdatedInstancesOnly: null
    })
    expect(byId.get(overridden.outputs['deployment-id'])?.overrides).toEqual({
      autoRollbackConfiguration: {
        enabled: true,
        events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_REQUEST']
      },
      overrideAlarmConfiguration: { enabled: false },
      updateOutdatedInstancesOnly: true
    })
  })

  it('is rolled back by CodeDeploy when it fails with auto-rollback: DEPLOYMENT_FAILURE', async () => {
    const { landscape, emulator, workspace } = suite
    const first = await suite.run({ with: crossAccountInputs(landscape) })
    expect(first.exitCode).toBe(0)
    await breakHook(workspace, 'scripts/validate_service.sh', ['echo "unhealthy" >&2', 'exit 1'])
    const failed = await suite.run({
      with: crossAccountInputs(landscape, { 'auto-rollback': 'DEPLOYMENT_FAILURE' })
    })
    expect(failed.exitCode).toBe(1)
    const deployment = await emulator.waitForDeployment(failed.outputs['deployment-id'])
    expect(deployment.status).toBe('Failed')
    const rollback = deployment.rollbackInfo?.['rollbackDeploymentId'] ?? ''
    expect(rollback).toMatch(/^d-/)
    expect((await emulator.waitForDeployment(rollback)).status).toBe('Succeeded')

    // Without it (the group's own setting, none here), a failure is not rolled back.
    const kept = await suite.run({ with: crossAccountInputs(landscape) })
    expect(kept.exitCode).toBe(1)
    const unrolled = await emulator.waitForDeployment(kept.outputs['deployment-id'])
    expect(unrolled.rollbackInfo).toBeNull()
  })

  it('refuses a bad auto-rollback before anything is created', async () => {
    const { landscape, emulator } = suite
    const run = await suite.run({
      with: crossAccountInputs(landscape, { 'auto-rollback': 'ON_FAILURE' })
    })
    expect(run.exitCode).toBe(1)
    expect(run.annotations.filter(a => a.level === 'error').map(a => a.message)).toEqual([
      "Input 'auto-rollback' is 'ON_FAILURE': expected empty (the group's own setting), 'disabled', or a comma-separated list of DEPLOYMENT_FAILURE, DEPLOYMENT_STOP_ON_ALARM, DEPLOYMENT_STOP_ON_REQUEST."
    ])
    expect((await emulator.calls()).calls).toEqual([])
  })
})
