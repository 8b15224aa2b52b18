import {
  CodeDeployClient,
  ContinueDeploymentCommand,
  GetDeploymentCommand,
  type DeploymentStatus
} from '@aws-sdk/client-codedeploy'
import { beforeEach, describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import { continueDeployment, deploymentAtGate } from '../../src/codedeploy/gate.js'
import { DeploymentError } from '../../src/common/errors.js'
import { awsError, codeDeployClient } from '../support/aws.js'

const cdMock = mockClient(CodeDeployClient)
const REQUEST = {
  deploymentId: 'd-A1B2C3D4E',
  application: 'orders',
  deploymentGroup: 'live',
  input: 'continue-deployment' as const
}

function deployment(status: DeploymentStatus, group = 'live') {
  cdMock.on(GetDeploymentCommand, { deploymentId: 'd-A1B2C3D4E' }).resolves({
    deploymentInfo: {
      deploymentId: 'd-A1B2C3D4E',
      applicationName: 'orders',
      deploymentGroupName: group,
      status
    }
  })
}

beforeEach(() => {
  cdMock.reset()
})

describe('deploymentAtGate', () => {
  it('returns a deployment of the group that waits at Ready', async () => {
    deployment('Ready')
    expect((await deploymentAtGate(codeDeployClient(), REQUEST)).status).toBe('Ready')
  })

  it('refuses one that does not wait at Ready', async () => {
    deployment('InProgress')
    await expect(deploymentAtGate(codeDeployClient(), REQUEST)).rejects.toThrow(
      new DeploymentError(
        'Deployment d-A1B2C3D4E is InProgress, not Ready: continue-deployment decides about a blue/green deployment that waits at Ready (a step with wait-until: ready).'
      )
    )
  })

  it('refuses one of another group, naming both', async () => {
    deployment('Ready', 'canary')
    await expect(deploymentAtGate(codeDeployClient(), REQUEST)).rejects.toThrow(
      "Deployment d-A1B2C3D4E (continue-deployment) belongs to application 'orders', group 'canary', not to 'orders', 'live' (application, deployment-group): check the ID."
    )
  })
})

describe('continueDeployment', () => {
  it('reroutes traffic with READY_WAIT', async () => {
    cdMock.on(ContinueDeploymentCommand).resolves({})
    await continueDeployment(codeDeployClient(), 'd-A1B2C3D4E')
    expect(cdMock.commandCalls(ContinueDeploymentCommand).map(c => c.args[0].input)).toEqual([
      { deploymentId: 'd-A1B2C3D4E', deploymentWaitType: 'READY_WAIT' }
    ])
  })

  it('says which permission a refusal needs', async () => {
    cdMock.on(ContinueDeploymentCommand).rejects(awsError('AccessDeniedException', 400, 'no'))
    await expect(continueDeployment(codeDeployClient(), 'd-A1B2C3D4E')).rejects.toThrow(
      'Could not continue deployment d-A1B2C3D4E (codedeploy:ContinueDeployment): AccessDeniedException: no. The deploying role needs codedeploy:ContinueDeployment on "*".'
    )
  })
})
