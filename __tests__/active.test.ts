import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import {
  CodeDeployClient,
  GetDeploymentCommand,
  ListDeploymentsCommand,
  StopDeploymentCommand,
  type DeploymentStatus
} from '@aws-sdk/client-codedeploy'
import { mockClient } from 'aws-sdk-client-mock'
import {
  createWhenGroupIsFree,
  findActiveDeployments,
  settleActiveDeployments,
  type ActiveOptions
} from '../src/active.js'
import { DeploymentError } from '../src/errors.js'
import { codeDeployClient, codeDeployError } from './support/aws.js'
import { rejection } from './support/thrown.js'

const cdMock = mockClient(CodeDeployClient)
const RUNNING = 'd-RUNNING01'
const OTHER = 'd-RUNNING02'
const ACTIVE_STATUSES = ['Created', 'Queued', 'InProgress', 'Baking', 'Ready']
const url = (id: string) =>
  `https://eu-west-1.console.aws.amazon.com/codesuite/codedeploy/deployments/${id}?region=eu-west-1`

/** A clock that only moves when the wait sleeps. */
function fakeTime() {
  let clock = 1_000_000
  return {
    now: () => clock,
    sleep: jest.fn(async (ms: number) => {
      clock += ms
    })
  }
}

function options(overrides: Partial<ActiveOptions> = {}) {
  const log: string[] = []
  const warnings: string[] = []
  const time = fakeTime()
  const opts: ActiveOptions = {
    application: 'shop',
    deploymentGroup: 'production',
    region: 'eu-west-1',
    policy: 'wait',
    rollbackOnStop: true,
    wait: { timeoutMs: 60_000, pollIntervalMs: 1000, sleep: time.sleep, now: time.now },
    runToken: '[gha-run:octo/shop:42:1:0123456789ab]',
    log: line => log.push(line),
    warn: line => warnings.push(line),
    ...overrides
  }
  return { opts, log, warnings, time }
}

function deployment(id: string, status: DeploymentStatus, extra: object = {}) {
  return { deploymentInfo: { deploymentId: id, status, ...extra } }
}

beforeEach(() => {
  cdMock.reset()
})

describe('findActiveDeployments', () => {
  it('asks only for active deployments of the group, page after page', async () => {
    cdMock
      .on(ListDeploymentsCommand)
      .resolvesOnce({ deployments: [RUNNING], nextToken: 'page-2' })
      .resolvesOnce({ deployments: [OTHER], nextToken: 'page-3' })
      .resolvesOnce({})
    const warn = jest.fn()
    expect(await findActiveDeployments(codeDeployClient(), 'shop', 'production', warn)).toEqual([
      RUNNING,
      OTHER
    ])
    expect(cdMock.commandCalls(ListDeploymentsCommand).map(c => c.args[0].input)).toEqual([
      {
        applicationName: 'shop',
        deploymentGroupName: 'production',
        includeOnlyStatuses: ACTIVE_STATUSES,
        nextToken: undefined
      },
      {
        applicationName: 'shop',
        deploymentGroupName: 'production',
        includeOnlyStatuses: ACTIVE_STATUSES,
        nextToken: 'page-2'
      },
      {
        applicationName: 'shop',
        deploymentGroupName: 'production',
        includeOnlyStatuses: ACTIVE_STATUSES,
        nextToken: 'page-3'
      }
    ])
    expect(warn).not.toHaveBeenCalled()
  })

  it('is an empty list when the group is free', async () => {
    cdMock.on(ListDeploymentsCommand).resolves({ deployments: [] })
    expect(
      await findActiveDeployments(codeDeployClient(), 'shop', 'production', jest.fn())
    ).toEqual([])
  })

  it('is undefined, with a warning, when ListDeployments is denied', async () => {
    cdMock
      .on(ListDeploymentsCommand)
      .rejects(
        codeDeployError('AccessDeniedException', 400, 'not authorized to perform ListDeployments')
      )
    const warn = jest.fn()
    expect(
      await findActiveDeployments(codeDeployClient(), 'shop', 'production', warn)
    ).toBeUndefined()
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn).toHaveBeenCalledWith(
      'Could not look for deployments in progress (codedeploy:ListDeployments was denied: AccessDeniedException: not authorized to perform ListDeployments). Allow it to the deploying role so the on-active-deployment policy can act before CreateDeployment.'
    )
  })

  it('lets other errors through', async () => {
    const cause = codeDeployError('ApplicationDoesNotExistException', 400, 'No application shop')
    cdMock.on(ListDeploymentsCommand).rejects(cause)
    const warn = jest.fn()
    await expect(
      findActiveDeployments(codeDeployClient(), 'shop', 'production', warn)
    ).rejects.toBe(cause)
    expect(warn).not.toHaveBeenCalled()
  })
})

describe('settleActiveDeployments', () => {
  const CREATED = new Date('2026-03-01T10:00:00.000Z')

  it('waits for each active deployment to end, saying who started it', async () => {
    cdMock
      .on(GetDeploymentCommand, { deploymentId: RUNNING })
      .resolvesOnce(
        deployment(RUNNING, 'InProgress', {
          creator: 'user',
          createTime: CREATED,
          description: 'hotfix'
        })
      )
      .resolvesOnce(deployment(RUNNING, 'InProgress'))
      .resolves(deployment(RUNNING, 'Succeeded'))
    const { opts, log, time } = options()

    await settleActiveDeployments(codeDeployClient(), [RUNNING], opts)

    expect(log[0]).toBe(
      `Deployment ${RUNNING} (InProgress, started by user at 2026-03-01T10:00:00.000Z: "hotfix") is in progress in 'production': waiting for it to end (${url(RUNNING)}).`
    )
    expect(log).toContain(`Deployment ${RUNNING} ended with status Succeeded.`)
    expect(cdMock.commandCalls(StopDeploymentCommand)).toHaveLength(0)
    expect(time.sleep).toHaveBeenCalledWith(1000)
  })

  it('stops each active deployment with the rollback setting, then waits for it', async () => {
    cdMock
      .on(GetDeploymentCommand, { deploymentId: RUNNING })
      .resolves(deployment(RUNNING, 'Stopped'))
    cdMock.on(GetDeploymentCommand, { deploymentId: OTHER }).resolves(deployment(OTHER, 'Stopped'))
    cdMock.on(StopDeploymentCommand).resolves({ status: 'Pending' })
    const { opts, log } = options({ policy: 'stop', rollbackOnStop: false })

    await settleActiveDeployments(codeDeployClient(), [RUNNING, OTHER], opts)

    expect(cdMock.commandCalls(StopDeploymentCommand).map(c => c.args[0].input)).toEqual([
      { deploymentId: RUNNING, autoRollbackEnabled: false },
      { deploymentId: OTHER, autoRollbackEnabled: false }
    ])
    expect(log).toContain(
      `Stopping deployment ${RUNNING} (on-active-deployment is stop), without rollback.`
    )
    expect(log).toContain(`Deployment ${RUNNING} ended with status Stopped.`)
    expect(log).toContain(`Deployment ${OTHER} ended with status Stopped.`)
  })

  it('asks for a rollback when rollback-on-stop is set', async () => {
    cdMock.on(GetDeploymentCommand).resolves(deployment(RUNNING, 'Stopped'))
    cdMock.on(StopDeploymentCommand).resolves({ status: 'Succeeded' })
    const { opts } = options({ policy: 'stop', rollbackOnStop: true })

    await settleActiveDeployments(codeDeployClient(), [RUNNING], opts)

    expect(cdMock.commandCalls(StopDeploymentCommand).map(c => c.args[0].input)).toEqual([
      { deploymentId: RUNNING, autoRollbackEnabled: true }
    ])
  })

  it('fails at once with the ID, the creator and the link under fail', async () => {
    cdMock
      .on(GetDeploymentCommand)
      .resolves(deployment(RUNNING, 'InProgress', { creator: 'autoscaling', createTime: CREATED }))
    const { opts, log } = options({ policy: 'fail' })

    const err = await rejection(settleActiveDeployments(codeDeployClient(), [RUNNING], opts))

    expect(err).toBeInstanceOf(DeploymentError)
    expect(err.message).toBe(
      `Deployment group 'production' already has a deployment in progress: ${RUNNING} (InProgress, started by autoscaling at 2026-03-01T10:00:00.000Z) ${url(RUNNING)}. Wait for it to end, or set on-active-deployment to 'wait' or 'stop'.`
    )
    expect(cdMock.commandCalls(GetDeploymentCommand)).toHaveLength(1)
    expect(cdMock.commandCalls(StopDeploymentCommand)).toHaveLength(0)
    expect(log).toEqual([])
  })

  it('still names the deployment when it cannot be described', async () => {
    cdMock.on(GetDeploymentCommand).rejects(codeDeployError('ThrottlingException', 400))
    const { opts } = options({ policy: 'fail' })

    const err = await rejection(settleActiveDeployments(codeDeployClient(), [RUNNING], opts))

    expect(err.message).toBe(
      `Deployment group 'production' already has a deployment in progress: ${RUNNING} ${url(RUNNING)}. Wait for it to end, or set on-active-deployment to 'wait' or 'stop'.`
    )
  })

  it('fails when the active deployment outlasts the wait, and creates nothing', async () => {
    cdMock.on(GetDeploymentCommand).resolves(deployment(RUNNING, 'InProgress'))
    const time = fakeTime()
    const { opts } = options({
      wait: { timeoutMs: 3000, pollIntervalMs: 1000, sleep: time.sleep, now: time.now }
    })

    const err = await rejection(settleActiveDeployments(codeDeployClient(), [RUNNING], opts))

    expect(err).toBeInstanceOf(DeploymentError)
    expect(err.message).toBe(
      `Deployment ${RUNNING} in 'production' was still InProgress after wait-timeout-seconds; no new deployment was created. ${url(RUNNING)}`
    )
    expect(time.sleep).toHaveBeenCalledTimes(3)
  })
})

describe('createWhenGroupIsFree', () => {
  const busy = () =>
    new DeploymentError('codedeploy:CreateDeployment failed: DeploymentLimitExceededException', {
      cause: codeDeployError('DeploymentLimitExceededException', 400, 'group busy')
    })

  it('creates at once when the group is free', async () => {
    cdMock.on(ListDeploymentsCommand).resolves({ deployments: [] })
    const create = jest.fn(async () => 'd-NEW00001')
    const { opts } = options()

    expect(await createWhenGroupIsFree(codeDeployClient(), opts, create)).toBe('d-NEW00001')
    expect(create).toHaveBeenCalledTimes(1)
    expect(cdMock.commandCalls(ListDeploymentsCommand)).toHaveLength(1)
    expect(cdMock.commandCalls(GetDeploymentCommand)).toHaveLength(0)
  })

  it('settles an active deployment before creating', async () => {
    cdMock.on(ListDeploymentsCommand).resolves({ deployments: [RUNNING] })
    cdMock.on(GetDeploymentCommand).resolves(deployment(RUNNING, 'Succeeded'))
    const order: string[] = []
    const create = jest.fn(async () => {
      order.push('create')
      return 'd-NEW00001'
    })
    const { opts } = options({ log: line => order.push(line) })

    expect(await createWhenGroupIsFree(codeDeployClient(), opts, create)).toBe('d-NEW00001')
    expect(order.at(-2)).toBe(`Deployment ${RUNNING} ended with status Succeeded.`)
    expect(order.at(-1)).toBe('create')
  })

  it('applies the policy again after DeploymentLimitExceededException, then creates', async () => {
    cdMock
      .on(ListDeploymentsCommand)
      .resolvesOnce({ deployments: [] })
      .resolves({ deployments: [RUNNING] })
    cdMock.on(GetDeploymentCommand).resolves(deployment(RUNNING, 'Succeeded'))
    const create = jest
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(busy())
      .mockResolvedValueOnce('d-NEW00001')
    const { opts, log } = options()

    expect(await createWhenGroupIsFree(codeDeployClient(), opts, create)).toBe('d-NEW00001')
    expect(create).toHaveBeenCalledTimes(2)
    expect(cdMock.commandCalls(ListDeploymentsCommand)).toHaveLength(2)
    expect(log).toContain(`Deployment ${RUNNING} ended with status Succeeded.`)
  })

  it('gives up after 3 attempts and rethrows the last error', async () => {
    cdMock.on(ListDeploymentsCommand).resolves({ deployments: [RUNNING] })
    cdMock.on(GetDeploymentCommand).resolves(deployment(RUNNING, 'Succeeded'))
    const errors = [busy(), busy(), busy()]
    const create = jest
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(errors[0])
      .mockRejectedValueOnce(errors[1])
      .mockRejectedValueOnce(errors[2])
      .mockResolvedValue('d-NEVER')
    const { opts } = options()

    await expect(createWhenGroupIsFree(codeDeployClient(), opts, create)).rejects.toBe(errors[2])
    expect(create).toHaveBeenCalledTimes(3)
    // Once before the first attempt, and after each of the first two refusals.
    expect(cdMock.commandCalls(ListDeploymentsCommand)).toHaveLength(3)
  })

  it('rethrows DeploymentLimitExceededException when no active deployment can be found', async () => {
    cdMock.on(ListDeploymentsCommand).resolves({ deployments: [] })
    const err = busy()
    const create = jest.fn<() => Promise<string>>().mockRejectedValue(err)
    const { opts } = options()

    await expect(createWhenGroupIsFree(codeDeployClient(), opts, create)).rejects.toBe(err)
    expect(create).toHaveBeenCalledTimes(1)
  })

  it('rethrows any other error without retrying', async () => {
    cdMock.on(ListDeploymentsCommand).resolves({ deployments: [] })
    const err = new DeploymentError('codedeploy:CreateDeployment failed: InvalidRoleException', {
      cause: codeDeployError('InvalidRoleException', 400)
    })
    const create = jest.fn<() => Promise<string>>().mockRejectedValue(err)
    const { opts } = options()

    await expect(createWhenGroupIsFree(codeDeployClient(), opts, create)).rejects.toBe(err)
    expect(create).toHaveBeenCalledTimes(1)
    expect(cdMock.commandCalls(ListDeploymentsCommand)).toHaveLength(1)
  })

  it('fails under the fail policy when CreateDeployment finds the group busy', async () => {
    cdMock
      .on(ListDeploymentsCommand)
      .resolvesOnce({ deployments: [] })
      .resolves({ deployments: [RUNNING] })
    cdMock.on(GetDeploymentCommand).resolves(deployment(RUNNING, 'InProgress', { creator: 'ci' }))
    const create = jest.fn<() => Promise<string>>().mockRejectedValue(busy())
    const { opts } = options({ policy: 'fail' })

    const err = await rejection(createWhenGroupIsFree(codeDeployClient(), opts, create))
    expect(err).toBeInstanceOf(DeploymentError)
    expect(err.message).toContain(
      `Deployment group 'production' already has a deployment in progress: ${RUNNING} (InProgress, started by ci)`
    )
    expect(create).toHaveBeenCalledTimes(1)
  })
})
