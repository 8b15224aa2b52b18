import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import {
  CodeDeployClient,
  CreateDeploymentCommand,
  GetDeploymentCommand,
  ListDeploymentsCommand,
  StopDeploymentCommand,
  type DeploymentStatus,
  type RevisionLocation
} from '@aws-sdk/client-codedeploy'
import { mockClient } from 'aws-sdk-client-mock'
import {
  createWhenGroupIsFree,
  outcomeUnknown,
  findActiveDeployments,
  settleActiveDeployments,
  type ActiveOptions
} from '../../src/codedeploy/active.js'
import {
  createDeployment,
  type DeployTarget,
  type DeploymentRequest
} from '../../src/codedeploy/deployment.js'
import { DeploymentError } from '../../src/common/errors.js'
import { codeDeployClient, codeDeployError } from '../support/aws.js'
import { recordingLog } from '../support/log.js'
import { rejection } from '../support/thrown.js'

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
  const log = recordingLog()
  const time = fakeTime()
  const opts: ActiveOptions = {
    application: 'shop',
    deploymentGroup: 'production',
    region: 'eu-west-1',
    policy: 'wait',
    rollbackOnStop: true,
    wait: { timeoutMs: 60_000, pollIntervalMs: 1000, sleep: time.sleep, now: time.now },
    runToken: '[gha-run:octo/shop:42:1:0123456789ab]',
    log,
    ...overrides
  }
  return { opts, log, time }
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
    const log = recordingLog()
    expect(await findActiveDeployments(codeDeployClient(), 'shop', 'production', log)).toEqual([
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
    expect(log.warnings).toEqual([])
  })

  it('is an empty list when the group is free', async () => {
    cdMock.on(ListDeploymentsCommand).resolves({ deployments: [] })
    expect(
      await findActiveDeployments(codeDeployClient(), 'shop', 'production', recordingLog())
    ).toEqual([])
  })

  it('is undefined, with a warning, when ListDeployments is denied', async () => {
    cdMock
      .on(ListDeploymentsCommand)
      .rejects(
        codeDeployError('AccessDeniedException', 400, 'not authorized to perform ListDeployments')
      )
    const log = recordingLog()
    expect(
      await findActiveDeployments(codeDeployClient(), 'shop', 'production', log)
    ).toBeUndefined()
    expect(log.warnings).toEqual([
      'Could not look for deployments in progress (codedeploy:ListDeployments was denied: AccessDeniedException: not authorized to perform ListDeployments). Allow it to the deploying role so the on-active-deployment policy can act before CreateDeployment.'
    ])
  })

  it('lets other errors through', async () => {
    const cause = codeDeployError('ApplicationDoesNotExistException', 400, 'No application shop')
    cdMock.on(ListDeploymentsCommand).rejects(cause)
    const log = recordingLog()
    await expect(findActiveDeployments(codeDeployClient(), 'shop', 'production', log)).rejects.toBe(
      cause
    )
    expect(log.warnings).toEqual([])
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

    expect(log.lines[0]).toBe(
      `Deployment ${RUNNING} (InProgress, started by user at 2026-03-01T10:00:00.000Z: "hotfix") is in progress in 'production': waiting for it to end (${url(RUNNING)}).`
    )
    expect(log.lines).toContain(`Deployment ${RUNNING} ended with status Succeeded.`)
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
    expect(log.lines).toContain(
      `Stopping deployment ${RUNNING} (on-active-deployment is stop), without rollback.`
    )
    expect(log.lines).toContain(`Deployment ${RUNNING} ended with status Stopped.`)
    expect(log.lines).toContain(`Deployment ${OTHER} ended with status Stopped.`)
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

  it('waits for the rollback of a deployment it stopped, before the group counts as free', async () => {
    const ROLLBACK = 'd-ROLLBACK1'
    cdMock
      .on(GetDeploymentCommand, { deploymentId: RUNNING })
      .resolvesOnce(deployment(RUNNING, 'InProgress', { creator: 'user' }))
      .resolves(
        deployment(RUNNING, 'Stopped', { rollbackInfo: { rollbackDeploymentId: ROLLBACK } })
      )
    cdMock
      .on(GetDeploymentCommand, { deploymentId: ROLLBACK })
      .resolvesOnce(deployment(ROLLBACK, 'InProgress', { creator: 'codeDeployRollback' }))
      .resolves(deployment(ROLLBACK, 'Succeeded', { creator: 'codeDeployRollback' }))
    cdMock.on(StopDeploymentCommand).resolves({ status: 'Pending' })
    const { opts, log } = options({ policy: 'stop', rollbackOnStop: true })

    await settleActiveDeployments(codeDeployClient(), [RUNNING], opts)

    expect(cdMock.commandCalls(StopDeploymentCommand).map(c => c.args[0].input)).toEqual([
      { deploymentId: RUNNING, autoRollbackEnabled: true }
    ])
    expect(log.lines).toContain(
      `CodeDeploy rolls back ${RUNNING} with deployment ${ROLLBACK}: waiting for it to end (${url(ROLLBACK)}).`
    )
    expect(log.lines).toContain(`Rollback ${ROLLBACK} ended with status Succeeded.`)
  })

  it("waits for CodeDeploy's rollback instead of stopping it", async () => {
    const ROLLBACK = 'd-ROLLBACK1'
    cdMock
      .on(GetDeploymentCommand, { deploymentId: ROLLBACK })
      .resolvesOnce(deployment(ROLLBACK, 'InProgress', { creator: 'codeDeployRollback' }))
      .resolves(deployment(ROLLBACK, 'Succeeded', { creator: 'codeDeployRollback' }))
    const { opts, log } = options({ policy: 'stop' })

    await settleActiveDeployments(codeDeployClient(), [ROLLBACK], opts)

    expect(cdMock.commandCalls(StopDeploymentCommand)).toHaveLength(0)
    expect(log.lines).toContain(
      `Deployment ${ROLLBACK} is CodeDeploy's rollback of a stopped deployment: waiting for it to end instead of stopping it (${url(ROLLBACK)}).`
    )
    expect(log.lines).toContain(`Deployment ${ROLLBACK} ended with status Succeeded.`)
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
    expect(log.lines).toEqual([])
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
    const { opts, log } = options()
    let loggedBeforeCreate: string[] = []
    const create = jest.fn(async () => {
      loggedBeforeCreate = [...log.lines]
      return 'd-NEW00001'
    })

    expect(await createWhenGroupIsFree(codeDeployClient(), opts, create)).toBe('d-NEW00001')
    expect(loggedBeforeCreate.at(-1)).toBe(`Deployment ${RUNNING} ended with status Succeeded.`)
    expect(log.lines).toEqual(loggedBeforeCreate)
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
    expect(log.lines).toContain(`Deployment ${RUNNING} ended with status Succeeded.`)
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

describe('createWhenGroupIsFree when the answer to CreateDeployment is lost', () => {
  const TOKEN = '[gha-run:octo/shop:42:1:0123456789ab]'
  const STARTED = Date.parse('2026-03-01T10:00:00.000Z')
  const now = () => STARTED
  const SINCE = new Date(STARTED - 5 * 60 * 1000)
  const OWN = 'd-OURS00001'
  const THEIRS = 'd-THEIRS001'
  const SECOND = 'd-SECOND001'
  const REQUEST: DeploymentRequest = {
    application: 'shop',
    deploymentGroup: 'production',
    description: `Deployed by GitHub Actions from octo/shop ${TOKEN}`,
    ignoreApplicationStopFailures: false
  }
  const REVISION: RevisionLocation = {
    revisionType: 'S3',
    s3Location: { bucket: 'releases', key: 'shop/abc.zip', bundleType: 'zip' }
  }
  const TARGET: DeployTarget = {
    identity: 'arn:aws:iam::222222222222:role/deployer',
    accountId: '222222222222',
    region: 'eu-west-1'
  }
  const serverError = () =>
    codeDeployError('InternalFailure', 500, 'We encountered an internal error. Please try again.')
  const FAILED =
    'codedeploy:CreateDeployment failed: InternalFailure: We encountered an internal error. Please try again'
  const DID_NOT_ANSWER =
    'CreateDeployment did not answer (InternalFailure: We encountered an internal error. Please try again); looking for a deployment of this run before asking again.'
  const adopted = (id: string) =>
    `Deployment ${id} carries this run's token ${TOKEN}: CreateDeployment created it, but its answer was lost.`

  const activeList = (nextToken?: string) => ({
    applicationName: 'shop',
    deploymentGroupName: 'production',
    includeOnlyStatuses: ACTIVE_STATUSES,
    nextToken
  })
  const searchList = (nextToken?: string) => ({
    applicationName: 'shop',
    deploymentGroupName: 'production',
    createTimeRange: { start: SINCE },
    nextToken
  })
  const listed = () => cdMock.commandCalls(ListDeploymentsCommand).map(c => c.args[0].input)
  const described = () =>
    cdMock.commandCalls(GetDeploymentCommand).map(c => c.args[0].input.deploymentId)
  const created = () => cdMock.commandCalls(CreateDeploymentCommand)

  /** ListDeployments: `active` for the in-progress check, `search` pages for the search. */
  function groupHolds(active: string[], ...search: string[][]) {
    let page = 0
    cdMock.on(ListDeploymentsCommand).callsFake(input => {
      if (input.includeOnlyStatuses) return { deployments: active }
      const deployments = search[page++] ?? []
      return { deployments, nextToken: page < search.length ? `page-${page + 1}` : undefined }
    })
  }

  function descriptions(byId: Record<string, string>, status: DeploymentStatus = 'InProgress') {
    for (const [id, description] of Object.entries(byId)) {
      cdMock
        .on(GetDeploymentCommand, { deploymentId: id })
        .resolves(deployment(id, status, { description }))
    }
  }

  function createOnce(cd: CodeDeployClient) {
    return () => createDeployment(cd, REQUEST, REVISION, TARGET)
  }

  it("adopts the run's own deployment found after a server error, and creates nothing more", async () => {
    groupHolds([], [THEIRS], [OWN])
    descriptions({
      [THEIRS]: 'Deployed by GitHub Actions from octo/shop [gha-run:octo/shop:41:1:ffffffffffff]',
      [OWN]: REQUEST.description
    })
    cdMock.on(CreateDeploymentCommand).rejects(serverError())
    const { opts, log } = options()
    const cd = codeDeployClient()

    expect(await createWhenGroupIsFree(cd, opts, createOnce(cd), now)).toBe(OWN)

    expect(created()).toHaveLength(1)
    expect(created()[0].args[0].input.description).toBe(REQUEST.description)
    expect(listed()).toEqual([activeList(), searchList(), searchList('page-2')])
    expect(described()).toEqual([THEIRS, OWN])
    expect(log.lines).toEqual([DID_NOT_ANSWER, adopted(OWN)])
    expect(cdMock.commandCalls(StopDeploymentCommand)).toHaveLength(0)
  })

  it('creates again when the search finds no deployment of the run', async () => {
    groupHolds([], [THEIRS])
    descriptions({ [THEIRS]: `release 7 ${TOKEN} copied by hand` })
    cdMock.on(CreateDeploymentCommand).rejectsOnce(serverError()).resolves({ deploymentId: SECOND })
    const { opts, log } = options()
    const cd = codeDeployClient()

    expect(await createWhenGroupIsFree(cd, opts, createOnce(cd), now)).toBe(SECOND)

    expect(created()).toHaveLength(2)
    expect(listed()).toEqual([activeList(), searchList()])
    expect(described()).toEqual([THEIRS])
    expect(log.lines).toEqual([DID_NOT_ANSWER])
  })

  it('gives up after 3 attempts, searching after each', async () => {
    groupHolds([])
    cdMock.on(CreateDeploymentCommand).rejects(serverError())
    const { opts, log } = options()
    const cd = codeDeployClient()

    const err = await rejection(createWhenGroupIsFree(cd, opts, createOnce(cd), now))

    expect(err).toBeInstanceOf(DeploymentError)
    expect(err.message.startsWith(FAILED)).toBe(true)
    expect(created()).toHaveLength(3)
    expect(listed()).toEqual([activeList(), searchList(), searchList(), searchList()])
    expect(log.lines).toEqual([DID_NOT_ANSWER, DID_NOT_ANSWER, DID_NOT_ANSWER])
  })

  it.each([
    ['ListDeployments', 'AccessDeniedException: not authorized to perform ListDeployments'],
    ['GetDeployment', 'AccessDeniedException: not authorized to perform GetDeployment']
  ])(
    'fails with one clear error, and creates nothing more, when %s is denied during the search',
    async (action, denial) => {
      const deny = codeDeployError(
        'AccessDeniedException',
        400,
        `not authorized to perform ${action}`
      )
      if (action === 'ListDeployments') {
        cdMock.on(ListDeploymentsCommand).callsFake(input => {
          if (input.includeOnlyStatuses) return { deployments: [] }
          throw deny
        })
      } else {
        groupHolds([], [THEIRS])
        cdMock.on(GetDeploymentCommand).rejects(deny)
      }
      const cause = serverError()
      cdMock.on(CreateDeploymentCommand).rejects(cause)
      const { opts } = options()
      const cd = codeDeployClient()

      const err = await rejection(createWhenGroupIsFree(cd, opts, createOnce(cd), now))

      expect(err).toBeInstanceOf(DeploymentError)
      expect(err.cause).toBe(cause)
      expect(err.message).toBe(
        `${FAILED}. Check: check the inputs and the permissions of ${TARGET.identity}. The request may still have created a deployment, and looking for it failed (${denial}): check deployment group 'production' for a deployment whose description ends with ${TOKEN} before running again. Allow codedeploy:ListDeployments and codedeploy:GetDeployment to the deploying role so the action can look by itself.`
      )
      expect(err.message).not.toMatch(/[\r\n]/)
      expect(created()).toHaveLength(1)
    }
  )

  it.each<ActiveOptions['policy']>(['wait', 'stop', 'fail'])(
    "adopts the run's own deployment when, after a lost answer, the group is busy with it (%s)",
    async policy => {
      // The search after the lost answer does not see the deployment yet; the retry does.
      let activeChecks = 0
      cdMock.on(ListDeploymentsCommand).callsFake(input => {
        if (!input.includeOnlyStatuses) return { deployments: [] }
        return { deployments: activeChecks++ === 0 ? [] : [OWN] }
      })
      descriptions({ [OWN]: REQUEST.description })
      cdMock
        .on(CreateDeploymentCommand)
        .rejectsOnce(serverError())
        .rejects(codeDeployError('DeploymentLimitExceededException', 400, 'group busy'))
      const { opts, log, time } = options({ policy })
      const cd = codeDeployClient()

      expect(await createWhenGroupIsFree(cd, opts, createOnce(cd), now)).toBe(OWN)

      expect(created()).toHaveLength(2)
      expect(listed()).toEqual([activeList(), searchList(), activeList()])
      expect(described()).toEqual([OWN])
      expect(cdMock.commandCalls(StopDeploymentCommand)).toHaveLength(0)
      expect(time.sleep).not.toHaveBeenCalled()
      expect(log.lines).toEqual([DID_NOT_ANSWER, adopted(OWN)])
    }
  )

  it.each<ActiveOptions['policy']>(['wait', 'stop'])(
    'after a lost answer, never applies %s to a deployment it cannot read',
    async policy => {
      let activeChecks = 0
      cdMock.on(ListDeploymentsCommand).callsFake(input => {
        if (!input.includeOnlyStatuses) return { deployments: [] }
        return { deployments: activeChecks++ === 0 ? [] : [OWN] }
      })
      cdMock
        .on(GetDeploymentCommand)
        .rejects(codeDeployError('ThrottlingException', 400, 'Rate exceeded'))
      cdMock
        .on(CreateDeploymentCommand)
        .rejectsOnce(serverError())
        .rejects(codeDeployError('DeploymentLimitExceededException', 400, 'group busy'))
      const { opts, time } = options({ policy })
      const cd = codeDeployClient()

      const err = await rejection(createWhenGroupIsFree(cd, opts, createOnce(cd), now))

      expect(err).toBeInstanceOf(DeploymentError)
      expect(err.message).toContain(`ends with ${TOKEN} before running again`)
      expect(err.message).toContain('ThrottlingException: Rate exceeded')
      expect(created()).toHaveLength(2)
      expect(cdMock.commandCalls(StopDeploymentCommand)).toHaveLength(0)
      expect(time.sleep).not.toHaveBeenCalled()
    }
  )

  it('searches once more before giving up when an earlier answer was lost', async () => {
    // Two lost answers whose deployments the search does not see yet, then a busy group.
    let searches = 0
    cdMock.on(ListDeploymentsCommand).callsFake(input => {
      if (input.includeOnlyStatuses) return { deployments: [] }
      return { deployments: ++searches === 3 ? [OWN] : [] }
    })
    descriptions({ [OWN]: REQUEST.description })
    cdMock
      .on(CreateDeploymentCommand)
      .rejectsOnce(serverError())
      .rejectsOnce(serverError())
      .rejects(codeDeployError('DeploymentLimitExceededException', 400, 'group busy'))
    const { opts, log } = options()
    const cd = codeDeployClient()

    expect(await createWhenGroupIsFree(cd, opts, createOnce(cd), now)).toBe(OWN)

    expect(created()).toHaveLength(3)
    expect(listed()).toEqual([activeList(), searchList(), searchList(), searchList()])
    expect(log.lines).toEqual([DID_NOT_ANSWER, DID_NOT_ANSWER, adopted(OWN)])
  })

  it('says which token to look for when it gives up after a lost answer', async () => {
    groupHolds([])
    cdMock
      .on(CreateDeploymentCommand)
      .rejectsOnce(serverError())
      .rejects(codeDeployError('InvalidRevisionException', 400, 'The revision is not valid'))
    const { opts } = options()
    const cd = codeDeployClient()

    const err = await rejection(createWhenGroupIsFree(cd, opts, createOnce(cd), now))

    expect(err).toBeInstanceOf(DeploymentError)
    expect(err.message).toMatch(/^codedeploy:CreateDeployment failed: InvalidRevisionException/)
    expect(err.message).toContain(
      `An earlier CreateDeployment of this run got no answer, and no deployment whose description ends with ${TOKEN} was found in 'production': check the group before running again.`
    )
    expect(created()).toHaveLength(2)
    expect(listed()).toEqual([activeList(), searchList(), searchList()])
  })

  it('rethrows an error that leaves nothing created, without any search', async () => {
    groupHolds([], [OWN])
    const cause = codeDeployError('InvalidRevisionException', 400, 'The revision is not valid')
    cdMock.on(CreateDeploymentCommand).rejects(cause)
    const { opts, log } = options()
    const cd = codeDeployClient()

    const err = await rejection(createWhenGroupIsFree(cd, opts, createOnce(cd), now))

    expect(err).toBeInstanceOf(DeploymentError)
    expect(err.cause).toBe(cause)
    expect(created()).toHaveLength(1)
    expect(listed()).toEqual([activeList()])
    expect(described()).toEqual([])
    expect(log.lines).toEqual([])
  })
})

describe('outcomeUnknown', () => {
  const failed = (cause?: unknown) => new DeploymentError('CreateDeployment failed', { cause })
  it.each([
    ['a refusal (400)', codeDeployError('InvalidRevisionException', 400, 'bad'), false],
    ['throttling (400)', codeDeployError('ThrottlingException', 400, 'Rate exceeded'), false],
    ['too many requests (429)', codeDeployError('TooManyRequests', 429, 'slow down'), false],
    ['a server error (500)', codeDeployError('InternalFailure', 500, 'oops'), true],
    [
      'a 200 answer that could not be read',
      Object.assign(new SyntaxError('Unexpected end of JSON input'), {
        $metadata: { httpStatusCode: 200 }
      }),
      true
    ],
    [
      'a dropped connection',
      Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      true
    ]
  ])('%s', (_what, cause, unknown) => {
    expect(outcomeUnknown(failed(cause))).toBe(unknown)
  })

  it('an answer without a deployment ID may hide a deployment', () => {
    expect(outcomeUnknown(failed())).toBe(true)
  })

  it('an error raised before anything was sent is known', () => {
    expect(outcomeUnknown(failed(new Error('Could not load credentials from any providers')))).toBe(
      false
    )
  })
})
