import { describe, expect, it } from '@jest/globals'
import {
  GetApplicationCommand,
  GetDeploymentConfigCommand,
  GetDeploymentGroupCommand,
  ListDeploymentsCommand
} from '@aws-sdk/client-codedeploy'
import { platformCheck } from '../../src/preflight/codedeploy.js'
import { runPreflight } from '../../src/preflight/preflight.js'
import { setInputs } from '../support/actions.js'
import { awsError } from '../support/aws.js'
import { PROD, cd, inputs, line, useCorrectSetup } from './harness.js'

useCorrectSetup()

describe('runPreflight: CodeDeploy', () => {
  it('fails on a missing deployment group and a group of another compute platform', async () => {
    cd.on(GetDeploymentGroupCommand).rejects(awsError('DeploymentGroupDoesNotExistException'))
    cd.on(GetApplicationCommand).resolves({
      application: { applicationName: 'shop', computePlatform: 'ECS' }
    })

    expect(await runPreflight(inputs(), process.env)).toBe(false)
    expect(line('Deployment group production')).toContain(
      `failed  Deployment group production: DeploymentGroupDoesNotExistException (HTTP 400). Check: deployment group 'production' of application 'shop' does not exist in account ${PROD}, region eu-west-1.`
    )
    expect(line('Compute platform')).toMatch(
      /failed .*deploys to Amazon ECS, but the revision is an EC2\/On-Premises bundle/
    )
    expect(line('Deployment configuration')).toContain('skipped')
  })

  it('fails when a permission the deployment needs is denied', async () => {
    cd.on(GetDeploymentConfigCommand).rejects(awsError('AccessDeniedException'))

    expect(await runPreflight(inputs(), process.env)).toBe(false)
    expect(line('Deployment configuration')).toContain('failed')
    expect(line('Deployment configuration')).toContain('"Sid":"ReadDeploymentConfig"')
    expect(line('Deployment configuration')).toContain(
      `"Resource":"arn:aws:codedeploy:eu-west-1:${PROD}:deploymentconfig:*"`
    )
  })

  it('skips the deployment checks for upload-only', async () => {
    setInputs({ 'upload-only': 'true' })

    expect(await runPreflight(inputs(), process.env)).toBe(true)
    expect(line('Deployments in progress')).toContain('skipped')
    expect(line('Register the revision')).toContain('statement RegisterRevision')
    expect(cd.commandCalls(ListDeploymentsCommand)).toHaveLength(0)
  })
})

describe('platformCheck', () => {
  it('compares compute platforms', () => {
    expect(platformCheck(undefined, 'Server', 'a', 'g')[0]).toBe('skipped')
    expect(platformCheck('Server', undefined, 'a', 'g')).toEqual([
      'passed',
      'Server; the revision-location object is not opened, so not compared'
    ])
    expect(platformCheck('Lambda', 'Lambda', 'a', 'g')[0]).toBe('passed')
    expect(platformCheck('Lambda', 'Server', 'a', 'g')[1]).toContain('deploys to AWS Lambda')
  })
})
