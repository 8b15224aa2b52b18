/**
 * Test gates for blue/green deployments: wait-until: ready ends the step when an ECS blue/green
 * deployment waits at Ready with its replacement up; a later step continues it
 * (continue-deployment) or stops it (stop-deployment), without bundling or uploading anything.
 * The emulator holds a deployment at Ready when its group reroutes traffic by hand
 * (deploymentReadyOption actionOnTimeout STOP_DEPLOYMENT), as CodeDeploy does.
 */
import { CreateApplicationCommand, CreateDeploymentGroupCommand } from '@aws-sdk/client-codedeploy'
import { beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  DEV_OIDC_ROLE,
  PROD_ACCOUNT,
  PROD_DEPLOY_ROLE,
  PROD_SERVICE_ROLE,
  REGION
} from './harness/aws.js'
import { callsTo, errorsOf, UPLOAD_ACTIONS } from './harness/checks.js'
import { setupSuite } from './harness/suite.js'

const suite = setupSuite()
const APPLICATION = 'orders-ecs'
const GROUP = 'live'
const dirs: string[] = []

function appSpec(image: string): string {
  return [
    'version: 0.0',
    'Resources:',
    '  - TargetService:',
    '      Type: AWS::ECS::Service',
    '      Properties:',
    `        TaskDefinition: arn:aws:ecs:${REGION}:${PROD_ACCOUNT}:task-definition/orders:${image}`,
    '        LoadBalancerInfo:',
    '          ContainerName: orders',
    '          ContainerPort: 8080',
    ''
  ].join('\n')
}

async function workspace(revision: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'e2e-ecs-'))
  dirs.push(dir)
  await writeFile(join(dir, 'appspec.yaml'), appSpec(revision))
  return dir
}

const inputs = (extra: Record<string, string> = {}) => ({
  'aws-region': REGION,
  'oidc-role-arn': DEV_OIDC_ROLE,
  'role-to-assume': PROD_DEPLOY_ROLE,
  application: APPLICATION,
  'deployment-group': GROUP,
  'poll-interval-seconds': '1',
  ...extra
})

beforeEach(async () => {
  await Promise.all(dirs.splice(0).map(d => rm(d, { recursive: true, force: true })))
  const cd = suite.landscape.prod.codedeploy
  await cd.send(
    new CreateApplicationCommand({ applicationName: APPLICATION, computePlatform: 'ECS' })
  )
  await cd.send(
    new CreateDeploymentGroupCommand({
      applicationName: APPLICATION,
      deploymentGroupName: GROUP,
      serviceRoleArn: PROD_SERVICE_ROLE,
      deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
      blueGreenDeploymentConfiguration: {
        deploymentReadyOption: { actionOnTimeout: 'STOP_DEPLOYMENT', waitTimeInMinutes: 60 }
      },
      ecsServices: [{ clusterName: 'prod', serviceName: 'orders' }]
    })
  )
  await suite.emulator.clearCalls()
})

describe('blue/green test gates', () => {
  it('stops the step at Ready, then continue-deployment reroutes traffic and waits for the end', async () => {
    const { emulator } = suite
    const ready = await suite.run({
      with: inputs({ 'wait-until': 'ready' }),
      workspace: await workspace('7')
    })
    expect(errorsOf(ready)).toEqual([])
    expect(ready.exitCode).toBe(0)
    expect(ready.outputs['deployment-status']).toBe('Ready')
    const id = ready.outputs['deployment-id']
    expect(ready.stdout).toContain(`continue-deployment: ${id}`)
    // The post step left it waiting.
    expect((await emulator.deployments()).find(d => d.deploymentId === id)?.status).toBe('Ready')

    await emulator.clearCalls()
    const continued = await suite.run({
      with: inputs({ 'continue-deployment': id }),
      workspace: await workspace('unused')
    })
    expect(errorsOf(continued)).toEqual([])
    expect(continued.exitCode).toBe(0)
    expect(continued.outputs['deployment-id']).toBe(id)
    expect(continued.outputs['deployment-status']).toBe('Succeeded')
    const calls = await emulator.calls()
    expect(callsTo(calls, 'codedeploy', 'ContinueDeployment')).toHaveLength(1)
    expect(callsTo(calls, 'codedeploy', 'CreateDeployment')).toEqual([])
    expect(callsTo(calls, 's3', UPLOAD_ACTIONS)).toEqual([])
  })

  it('stop-deployment stops it, rolled back to the last good one, and fails the step', async () => {
    const { emulator } = suite
    const good = await suite.run({
      with: inputs({ 'wait-until': 'ready' }),
      workspace: await workspace('6')
    })
    const continued = await suite.run({
      with: inputs({ 'continue-deployment': good.outputs['deployment-id'] }),
      workspace: await workspace('unused')
    })
    expect(continued.outputs['deployment-status']).toBe('Succeeded')

    const ready = await suite.run({
      with: inputs({ 'wait-until': 'ready' }),
      workspace: await workspace('7')
    })
    expect(ready.outputs['deployment-status']).toBe('Ready')
    const id = ready.outputs['deployment-id']
    const stopped = await suite.run({
      with: inputs({ 'stop-deployment': id }),
      workspace: await workspace('unused')
    })
    expect(stopped.exitCode).toBe(1)
    expect(stopped.outputs['deployment-status']).toBe('Stopped')
    const deployment = await emulator.waitForDeployment(id)
    expect(deployment.stopRequest?.autoRollbackEnabled).toBe(true)
    const rollback = deployment.rollbackInfo?.['rollbackDeploymentId'] ?? ''
    expect(errorsOf(stopped).map(e => e.message)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Deployment ${id} was stopped at Ready \\(stop-deployment\\) and is Stopped; CodeDeploy rolls back with deployment ${rollback}: `
        )
      )
    ])
    expect((await emulator.waitForDeployment(rollback)).status).toBe('Succeeded')
  })

  it('refuses to continue a deployment that is not waiting at Ready, or is in another group', async () => {
    const ready = await suite.run({
      with: inputs({ 'wait-until': 'ready' }),
      workspace: await workspace('8')
    })
    const id = ready.outputs['deployment-id']
    const done = await suite.run({
      with: inputs({ 'continue-deployment': id }),
      workspace: await workspace('unused')
    })
    expect(done.exitCode).toBe(0)
    const again = await suite.run({
      with: inputs({ 'continue-deployment': id }),
      workspace: await workspace('unused')
    })
    expect(again.exitCode).toBe(1)
    expect(errorsOf(again).map(e => e.message)).toEqual([
      `Deployment ${id} is Succeeded, not Ready: continue-deployment decides about a blue/green deployment that waits at Ready (a step with wait-until: ready).`
    ])
    const elsewhere = await suite.run({
      with: inputs({ 'continue-deployment': id, 'deployment-group': 'other' }),
      workspace: await workspace('unused')
    })
    expect(errorsOf(elsewhere).map(e => e.message)).toEqual([
      `Deployment ${id} (continue-deployment) belongs to application '${APPLICATION}', group '${GROUP}', not to '${APPLICATION}', 'other' (application, deployment-group): check the ID.`
    ])
  })

  it('refuses both gates at once, and a malformed ID, before signing in', async () => {
    const both = await suite.run({
      with: inputs({ 'continue-deployment': 'd-AAAAAAAAA', 'stop-deployment': 'd-BBBBBBBBB' }),
      workspace: await workspace('unused')
    })
    expect(errorsOf(both).map(e => e.message)).toEqual([
      "Inputs 'continue-deployment' and 'stop-deployment' are both set: a step either continues the deployment waiting at Ready or stops it; set one."
    ])
    const malformed = await suite.run({
      with: inputs({ 'stop-deployment': 'latest' }),
      workspace: await workspace('unused')
    })
    expect(errorsOf(malformed).map(e => e.message)).toEqual([
      "Input 'stop-deployment' is 'latest': expected a deployment ID such as d-A1B2C3D4E (the deployment-id output of the step that stopped at Ready)."
    ])
    expect((await suite.emulator.calls()).calls).toEqual([])
  })
})
