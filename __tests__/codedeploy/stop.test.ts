import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  CodeDeployClient,
  GetDeploymentCommand,
  StopDeploymentCommand,
  type DeploymentStatus
} from '@aws-sdk/client-codedeploy'
import { mockClient } from 'aws-sdk-client-mock'
import { DeploymentError } from '../../src/common/errors.js'
import { isActive, stopDeployment } from '../../src/codedeploy/stop.js'
import { codeDeployClient, codeDeployError } from '../support/aws.js'
import { recordingLog } from '../support/log.js'
import { rejection } from '../support/thrown.js'

const cdMock = mockClient(CodeDeployClient)
const ID = 'd-STOPME123'

beforeEach(() => {
  cdMock.reset()
})

describe('stopDeployment', () => {
  it('asks for a rollback, logs the reason and the answer, and returns the status', async () => {
    cdMock
      .on(StopDeploymentCommand)
      .resolves({ status: 'Pending', statusMessage: 'Stopping instances' })
    const log = recordingLog()
    const status = await stopDeployment(codeDeployClient(), ID, true, 'the job was cancelled', log)
    expect(status).toBe('Pending')
    expect(cdMock.commandCalls(StopDeploymentCommand).map(c => c.args[0].input)).toEqual([
      { deploymentId: ID, autoRollbackEnabled: true }
    ])
    expect(log.lines).toEqual([
      `Stopping deployment ${ID} (the job was cancelled), with rollback.`,
      'StopDeployment answered Pending: Stopping instances.'
    ])
  })

  it('stops without rollback when told so, and reads a missing status as Pending', async () => {
    cdMock.on(StopDeploymentCommand).resolves({})
    const log = recordingLog()
    const status = await stopDeployment(
      codeDeployClient(),
      ID,
      false,
      'on-active-deployment is stop',
      log
    )
    expect(status).toBe('Pending')
    expect(cdMock.commandCalls(StopDeploymentCommand)[0].args[0].input).toEqual({
      deploymentId: ID,
      autoRollbackEnabled: false
    })
    expect(log.lines).toEqual([
      `Stopping deployment ${ID} (on-active-deployment is stop), without rollback.`,
      'StopDeployment answered Pending.'
    ])
  })

  it('fails with a DeploymentError that says how to stop it by hand', async () => {
    const cause = codeDeployError(
      'AccessDeniedException',
      400,
      'User is not authorized to perform: codedeploy:StopDeployment'
    )
    cdMock.on(StopDeploymentCommand).rejects(cause)
    const log = recordingLog()
    const err = await rejection(
      stopDeployment(codeDeployClient(), ID, true, 'wait-timeout-seconds passed', log)
    )
    expect(err).toBeInstanceOf(DeploymentError)
    expect(err.cause).toBe(cause)
    expect(err.message).toBe(
      `Could not stop deployment ${ID} (codedeploy:StopDeployment): AccessDeniedException: User is not authorized to perform: codedeploy:StopDeployment. Stop it in the AWS console, and check that the deploying role may call codedeploy:StopDeployment.`
    )
    expect(log.lines).toEqual([
      `Stopping deployment ${ID} (wait-timeout-seconds passed), with rollback.`
    ])
  })
})

describe('isActive', () => {
  it.each<[DeploymentStatus, boolean]>([
    ['Created', true],
    ['Queued', true],
    ['InProgress', true],
    ['Baking', true],
    ['Ready', true],
    ['Succeeded', false],
    ['Failed', false],
    ['Stopped', false]
  ])('is %s → %s', async (status, active) => {
    cdMock.on(GetDeploymentCommand).resolves({ deploymentInfo: { deploymentId: ID, status } })
    expect(await isActive(codeDeployClient(), ID)).toBe(active)
    expect(cdMock.commandCalls(GetDeploymentCommand)[0].args[0].input).toEqual({
      deploymentId: ID
    })
  })

  it('lets the error through when the deployment cannot be read', async () => {
    const cause = codeDeployError('DeploymentDoesNotExistException', 400, 'no such deployment')
    cdMock.on(GetDeploymentCommand).rejects(cause)
    await expect(isActive(codeDeployClient(), ID)).rejects.toBe(cause)
  })
})
