import { describe, expect, it } from '@jest/globals'
import { GetDeploymentGroupCommand } from '@aws-sdk/client-codedeploy'
import { readdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { runPreflight } from '../../src/preflight/preflight.js'
import { PROD, cd, inputs, line, paths, s3, useCorrectSetup } from './harness.js'

useCorrectSetup()

describe('runPreflight: the revision', () => {
  it('leaves no bundle behind', async () => {
    await runPreflight(inputs(), process.env)
    expect(readdirSync(paths().dir).filter(name => name.startsWith('codedeploy-bundle-'))).toEqual(
      []
    )
  })

  it('reports a broken AppSpec and still checks the rest of the setup', async () => {
    writeFileSync(path.join(paths().workspace, 'app', 'appspec.yml'), 'version: 0.0\nos: plan9\n')

    expect(await runPreflight(inputs(), process.env)).toBe(false)
    expect(line('Revision')).toMatch(/failed +Revision: appspec.yml line 2/)
    expect(line('Application shop')).toContain('passed')
    expect(line('Revision registration')).toContain('skipped')
  })

  it('checks an ECS AppSpec without any bucket', async () => {
    writeFileSync(
      path.join(paths().workspace, 'app', 'appspec.yml'),
      `version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: "arn:aws:ecs:eu-west-1:${PROD}:task-definition/shop:3"\n        LoadBalancerInfo:\n          ContainerName: "web"\n          ContainerPort: 8080\n`
    )
    cd.on(GetDeploymentGroupCommand).resolves({
      deploymentGroupInfo: {
        computePlatform: 'ECS',
        deploymentConfigName: 'CodeDeployDefault.ECSAllAtOnce'
      }
    })

    expect(await runPreflight(inputs(), process.env)).toBe(true)
    expect(line('AppSpec')).toContain('ECS AppSpec is valid (task definition')
    expect(line('Revision bucket')).toContain('skipped')
    expect(line('Compute platform')).toContain(
      'passed  Compute platform: ECS, which takes this revision'
    )
    expect(s3.calls()).toHaveLength(0)
  })
})
