/**
 * task-definition: the task definition is registered in the production account (moto's ECS)
 * before the ECS deployment, and its new ARN replaces the AppSpec's TaskDefinition.
 */
import { CreateApplicationCommand, CreateDeploymentGroupCommand } from '@aws-sdk/client-codedeploy'
import { afterEach, describe, expect, it } from '@jest/globals'
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
import { callsTo, errorsOf } from './harness/checks.js'
import { setupSuite } from './harness/suite.js'

const suite = setupSuite()
const dirs: string[] = []

afterEach(async () => {
  await Promise.all(dirs.splice(0).map(d => rm(d, { recursive: true, force: true })))
})

const APPSPEC = [
  'version: 0.0',
  'Resources:',
  '  - TargetService:',
  '      Type: AWS::ECS::Service',
  '      Properties:',
  '        TaskDefinition: <TASK_DEFINITION> # set by the action',
  '        LoadBalancerInfo:',
  '          ContainerName: orders',
  '          ContainerPort: 8080',
  ''
].join('\n')

async function workspace(definition: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'e2e-task-'))
  dirs.push(dir)
  await writeFile(join(dir, 'appspec.yaml'), APPSPEC)
  await writeFile(join(dir, 'task-definition.json'), JSON.stringify(definition))
  return dir
}

async function ecsGroup(): Promise<void> {
  const cd = suite.landscape.prod.codedeploy
  await cd.send(new CreateApplicationCommand({ applicationName: 'orders', computePlatform: 'ECS' }))
  await cd.send(
    new CreateDeploymentGroupCommand({
      applicationName: 'orders',
      deploymentGroupName: 'live',
      serviceRoleArn: PROD_SERVICE_ROLE,
      deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
      ecsServices: [{ clusterName: 'prod', serviceName: 'orders' }]
    })
  )
  await suite.emulator.clearCalls()
}

const inputs = {
  'aws-region': REGION,
  'oidc-role-arn': DEV_OIDC_ROLE,
  'role-to-assume': PROD_DEPLOY_ROLE,
  application: 'orders',
  'deployment-group': 'live',
  'task-definition': 'task-definition.json',
  'poll-interval-seconds': '1'
}

describe('task-definition', () => {
  it('registers the task definition in the target account and deploys its ARN', async () => {
    await ecsGroup()
    const dir = await workspace({
      family: 'orders',
      containerDefinitions: [
        { name: 'orders', image: 'registry.example.com/orders:7', memory: 512 }
      ]
    })
    const run = await suite.run({ with: inputs, workspace: dir })
    expect(errorsOf(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    const arn = `arn:aws:ecs:${REGION}:${PROD_ACCOUNT}:task-definition/orders:1`
    expect(run.outputs['task-definition-arn']).toBe(arn)
    const calls = await suite.emulator.calls()
    expect(callsTo(calls, 'ecs', 'RegisterTaskDefinition').map(c => c.account)).toEqual([
      PROD_ACCOUNT
    ])
    const deployment = await suite.emulator.waitForDeployment(run.outputs['deployment-id'])
    expect(deployment.status).toBe('Succeeded')
    const content = (deployment.revision as { appSpecContent: { content: string } }).appSpecContent
      .content
    expect(content).toBe(APPSPEC.replace('<TASK_DEFINITION>', `"${arn}"`))
  })

  it('is checked by the dry run, which registers nothing', async () => {
    await ecsGroup()
    const dir = await workspace({
      family: 'orders',
      containerDefinitions: [{ name: 'orders', image: 'registry.example.com/orders:7' }]
    })
    const dry = await suite.run({ with: { ...inputs, 'dry-run': 'true' }, workspace: dir })
    expect(errorsOf(dry)).toEqual([])
    expect(dry.exitCode).toBe(0)
    expect(dry.stdout).toContain('Task definition: family orders, containers orders;')
    expect(callsTo(await suite.emulator.calls(), 'ecs', 'RegisterTaskDefinition')).toEqual([])
  })

  it('refuses a task definition without containers before anything is registered', async () => {
    await ecsGroup()
    const dir = await workspace({ family: 'orders', containerDefinitions: [] })
    const run = await suite.run({ with: inputs, workspace: dir })
    expect(run.exitCode).toBe(1)
    expect(errorsOf(run).map(e => e.message)).toEqual([
      `Input 'task-definition' (${join(dir, 'task-definition.json')}) has no containerDefinitions: expected a list of containers.`
    ])
    expect((await suite.emulator.calls()).calls).toEqual([])
  })
})
