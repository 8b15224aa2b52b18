import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import {
  CodeDeployClient,
  DeploymentDoesNotExistException,
  GetDeploymentCommand,
  ThrottlingException,
  type DeploymentInfo,
  type GetDeploymentCommandOutput
} from '@aws-sdk/client-codedeploy'
import { mockClient } from 'aws-sdk-client-mock'
import { DeploymentError } from '../../src/common/errors.js'
import { TERMINAL_STATUSES } from '../../src/codedeploy/status.js'
import { isTransient } from '../../src/common/aws-errors.js'
import { nextInterval, waitForDeployment, type WaitOptions } from '../../src/codedeploy/wait.js'
import { describeOverview, describeProgress } from '../../src/codedeploy/status.js'
import { formatElapsed } from '../../src/common/format.js'
import { codeDeployClient, codeDeployError } from '../support/aws.js'
import { recordingLog } from '../support/log.js'

const cdMock = mockClient(CodeDeployClient)
const ID = 'd-ABCDEF123'

function connectionReset(): Error {
  return Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })
}

function info(
  status: string,
  counts?: Partial<
    Record<'Pending' | 'InProgress' | 'Succeeded' | 'Failed' | 'Skipped' | 'Ready', number>
  >
): { deploymentInfo: DeploymentInfo } {
  return {
    deploymentInfo: {
      deploymentId: ID,
      status: status as DeploymentInfo['status'],
      deploymentOverview: counts
    }
  }
}

/** A clock that only moves when the wait sleeps. */
function fakeTime(start = 1_000_000) {
  let clock = start
  const sleeps: number[] = []
  return {
    now: () => clock,
    sleep: jest.fn(async (ms: number) => {
      sleeps.push(ms)
      clock += ms
    }),
    sleeps
  }
}

/** Answers GetDeployment with the given responses in turn (an Error is thrown). */
function respond(...responses: (Error | Partial<GetDeploymentCommandOutput>)[]): void {
  let i = 0
  cdMock.on(GetDeploymentCommand).callsFake(async () => {
    const r = responses[Math.min(i++, responses.length - 1)]
    if (r instanceof Error) throw r
    return r
  })
}

function waitOptions(time: ReturnType<typeof fakeTime>, overrides: Partial<WaitOptions> = {}) {
  const log = recordingLog()
  const options: WaitOptions = {
    timeoutMs: 3600_000,
    pollIntervalMs: 5_000,
    log,
    sleep: time.sleep,
    now: time.now,
    ...overrides
  }
  return { options, lines: log.lines }
}

beforeEach(() => {
  cdMock.reset()
})

describe('isTransient', () => {
  it.each([
    [
      'ThrottlingException',
      new ThrottlingException({ $metadata: { httpStatusCode: 400 }, message: 'Rate exceeded' })
    ],
    ['HTTP 500', codeDeployError('InternalFailure', 500)],
    ['HTTP 503', codeDeployError('ServiceUnavailable', 503)],
    ['HTTP 429', codeDeployError('TooManyRequests', 429)],
    ['RequestLimitExceeded', codeDeployError('RequestLimitExceeded', 400)],
    ['TimeoutError', Object.assign(new Error('timed out'), { name: 'TimeoutError' })],
    ['ECONNRESET', connectionReset()],
    ['ECONNREFUSED', Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })],
    ['ETIMEDOUT', Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })],
    ['EAI_AGAIN', Object.assign(new Error('dns'), { code: 'EAI_AGAIN' })],
    ['EPIPE', Object.assign(new Error('pipe'), { code: 'EPIPE' })]
  ])('retries %s', (_name, err) => {
    expect(isTransient(err)).toBe(true)
  })

  it.each([
    [
      'DeploymentDoesNotExistException',
      new DeploymentDoesNotExistException({ $metadata: { httpStatusCode: 400 }, message: 'x' })
    ],
    ['AccessDeniedException', codeDeployError('AccessDeniedException', 400)],
    ['HTTP 403', codeDeployError('UnrecognizedClientException', 403)],
    ['a plain error', new Error('bug')],
    ['undefined', undefined]
  ])('does not retry %s', (_name, err) => {
    expect(isTransient(err)).toBe(false)
  })
})

describe('describeOverview and formatElapsed', () => {
  it('lists the instance counts, with Ready only when there are some', () => {
    expect(
      describeOverview({ Pending: 2, InProgress: 1, Succeeded: 3, Failed: 0, Skipped: 1 })
    ).toBe('3 succeeded, 1 in progress, 2 pending, 0 failed, 1 skipped')
    expect(describeOverview({ Ready: 4 })).toBe(
      '0 succeeded, 0 in progress, 0 pending, 0 failed, 0 skipped, 4 ready'
    )
    expect(describeOverview(undefined)).toBe('')
  })

  it('gives each count its share of the fleet, for progress lines', () => {
    expect(
      describeProgress({ Pending: 50, InProgress: 100, Succeeded: 150, Failed: 0, Skipped: 0 })
    ).toBe('150 succeeded (50%), 100 in progress (33%), 50 pending (17%), 0 failed, 0 skipped')
    expect(describeProgress({ Ready: 4 })).toBe(
      '0 succeeded, 0 in progress, 0 pending, 0 failed, 0 skipped, 4 ready (100%)'
    )
    expect(describeProgress({})).toBe('0 succeeded, 0 in progress, 0 pending, 0 failed, 0 skipped')
    expect(describeProgress(undefined)).toBe('')
  })

  it('formats elapsed time as minutes and seconds', () => {
    expect(formatElapsed(0)).toBe('0:00')
    expect(formatElapsed(5_400)).toBe('0:05')
    expect(formatElapsed(65_000)).toBe('1:05')
    expect(formatElapsed(3_725_000)).toBe('62:05')
    expect(formatElapsed(-10)).toBe('0:00')
  })

  it('knows the terminal statuses', () => {
    expect([...TERMINAL_STATUSES].sort()).toEqual(['Failed', 'Stopped', 'Succeeded'])
  })
})

describe('waitForDeployment', () => {
  it('polls GetDeployment and prints a line only when the state changes', async () => {
    respond(
      info('Created'),
      info('InProgress', { Pending: 2 }),
      info('InProgress', { Pending: 2 }),
      info('InProgress', { InProgress: 1, Pending: 1 }),
      info('InProgress', { InProgress: 1, Pending: 1 }),
      info('InProgress', { Succeeded: 1, InProgress: 1 }),
      info('Succeeded', { Succeeded: 2 })
    )
    const time = fakeTime()
    const { options, lines } = waitOptions(time)
    const result = await waitForDeployment(codeDeployClient(), ID, options)

    expect(result.timedOut).toBe(false)
    expect(result.polls).toBe(7)
    expect(result.info.status).toBe('Succeeded')
    expect(lines).toEqual([
      '[0:00] Created',
      '[0:05] InProgress: 0 succeeded, 0 in progress, 2 pending (100%), 0 failed, 0 skipped',
      '[0:15] InProgress: 0 succeeded, 1 in progress (50%), 1 pending (50%), 0 failed, 0 skipped',
      '[0:25] InProgress: 1 succeeded (50%), 1 in progress (50%), 0 pending, 0 failed, 0 skipped',
      '[0:30] Succeeded: 2 succeeded (100%), 0 in progress, 0 pending, 0 failed, 0 skipped'
    ])
    const calls = cdMock.commandCalls(GetDeploymentCommand)
    expect(calls).toHaveLength(7)
    for (const call of calls) expect(call.args[0].input).toEqual({ deploymentId: ID })
    expect(time.sleeps).toEqual([5000, 5000, 5000, 5000, 5000, 5000])
    // Only GetDeployment is called while waiting.
    expect(cdMock.calls()).toHaveLength(7)
  })

  it('ends at Ready with wait-until: ready, and waits through it otherwise', async () => {
    respond(info('InProgress'), info('Ready'), info('Ready'), info('Succeeded'))
    const ready = await waitForDeployment(
      codeDeployClient(),
      ID,
      waitOptions(fakeTime(), { until: 'ready' }).options
    )
    expect([ready.info.status, ready.polls, ready.timedOut]).toEqual(['Ready', 2, false])

    respond(info('InProgress'), info('Ready'), info('Ready'), info('Succeeded'))
    const completed = await waitForDeployment(
      codeDeployClient(),
      ID,
      waitOptions(fakeTime(), { until: 'completed' }).options
    )
    expect([completed.info.status, completed.polls]).toEqual(['Succeeded', 4])
  })

  it.each(['Failed', 'Stopped', 'Succeeded'])('returns at once on %s', async status => {
    respond(info(status, { Failed: status === 'Failed' ? 1 : 0 }))
    const time = fakeTime()
    const { options } = waitOptions(time)
    const result = await waitForDeployment(codeDeployClient(), ID, options)
    expect(result).toEqual({
      info: info(status, { Failed: status === 'Failed' ? 1 : 0 }).deploymentInfo,
      timedOut: false,
      polls: 1
    })
    expect(time.sleep).not.toHaveBeenCalled()
  })

  it('keeps waiting in Ready and says traffic must be rerouted', async () => {
    respond(
      info('InProgress', { InProgress: 2 }),
      info('Ready', { Ready: 2 }),
      info('Ready', { Ready: 2 }),
      info('Baking', { Succeeded: 2 }),
      info('Succeeded', { Succeeded: 2 })
    )
    const time = fakeTime()
    const { options, lines } = waitOptions(time)
    const result = await waitForDeployment(codeDeployClient(), ID, options)
    expect(result.info.status).toBe('Succeeded')
    expect(result.polls).toBe(5)
    expect(lines).toEqual([
      '[0:00] InProgress: 0 succeeded, 2 in progress (100%), 0 pending, 0 failed, 0 skipped',
      '[0:05] Ready (waiting for traffic to be rerouted): 0 succeeded, 0 in progress, 0 pending, 0 failed, 0 skipped, 2 ready (100%)',
      '[0:15] Baking (baking before the original instances are terminated): 2 succeeded (100%), 0 in progress, 0 pending, 0 failed, 0 skipped',
      '[0:20] Succeeded: 2 succeeded (100%), 0 in progress, 0 pending, 0 failed, 0 skipped'
    ])
  })

  it('copes without a deployment overview or deployment info', async () => {
    respond({}, { deploymentInfo: { deploymentId: ID, status: 'InProgress' } }, info('Failed'))
    const time = fakeTime()
    const { options, lines } = waitOptions(time)
    const result = await waitForDeployment(codeDeployClient(), ID, options)
    expect(result.info).toEqual({
      deploymentId: ID,
      status: 'Failed',
      deploymentOverview: undefined
    })
    expect(lines).toEqual(['[0:00] Unknown', '[0:05] InProgress', '[0:10] Failed'])
  })

  it.each([
    [
      'ThrottlingException',
      () =>
        new ThrottlingException({ $metadata: { httpStatusCode: 400 }, message: 'Rate exceeded' })
    ],
    ['HTTP 500', () => codeDeployError('InternalFailure', 500, 'Internal failure')],
    ['ECONNRESET', connectionReset]
  ])('retries %s up to the limit of consecutive errors', async (_name, make) => {
    respond(make(), make(), make(), info('Succeeded', { Succeeded: 1 }))
    const time = fakeTime()
    const { options, lines } = waitOptions(time, { maxConsecutiveErrors: 3 })
    const result = await waitForDeployment(codeDeployClient(), ID, options)
    expect(result.info.status).toBe('Succeeded')
    expect(result.polls).toBe(4)
    expect(lines.filter(l => l.startsWith(`Reading deployment ${ID} failed (`))).toHaveLength(3)
    expect(lines.filter(l => l.endsWith('; trying again.'))).toHaveLength(3)
  })

  it('counts the time spent failing, not the waits between polls', async () => {
    const failure = () => codeDeployError('InternalFailure', 500, 'Internal failure')
    respond(
      failure(),
      failure(),
      failure(),
      failure(),
      failure(),
      info('Succeeded', { Succeeded: 1 })
    )
    const time = fakeTime()
    // Five polls 5 minutes apart fail at once: 20 minutes of waiting, no time in retries.
    const { options } = waitOptions(time, { pollIntervalMs: 300_000 })
    const result = await waitForDeployment(codeDeployClient(), ID, options)
    expect(result.info.status).toBe('Succeeded')
    expect(result.polls).toBe(6)
  })

  it('gives up after two minutes spent in failing polls, however few they were', async () => {
    const throttled = new ThrottlingException({
      $metadata: { httpStatusCode: 400 },
      message: 'Rate exceeded'
    })
    // Each poll spends 45 s in the SDK's own retries before it fails.
    const time = fakeTime()
    cdMock.on(GetDeploymentCommand).callsFake(async () => {
      await time.sleep(45_000)
      throw throttled
    })
    const { options, lines } = waitOptions(time)
    const err = await waitForDeployment(codeDeployClient(), ID, options).catch(e => e)
    expect(err).toBeInstanceOf(DeploymentError)
    expect(cdMock.commandCalls(GetDeploymentCommand)).toHaveLength(3)
    expect(lines.filter(l => l.endsWith('; trying again.'))).toHaveLength(2)
    expect(err.message).toContain('The last 3 polls failed, after 2:15 (m:ss) of retries;')
  })

  it.each([
    [
      'ThrottlingException',
      () =>
        new ThrottlingException({ $metadata: { httpStatusCode: 400 }, message: 'Rate exceeded' })
    ],
    ['HTTP 500', () => codeDeployError('InternalFailure', 500, 'Internal failure')],
    ['ECONNRESET', connectionReset]
  ])('gives up on %s one error past the limit', async (_name, make) => {
    respond(make())
    const time = fakeTime()
    const { options } = waitOptions(time, { maxConsecutiveErrors: 3 })
    const err = await waitForDeployment(codeDeployClient(), ID, options).catch(e => e)
    expect(err).toBeInstanceOf(DeploymentError)
    expect(err.message).toMatch(
      new RegExp(
        `^Could not read the state of deployment ${ID} \\(codedeploy:GetDeployment\\): .+\\. The deployment may still be running\\. The last 4 polls failed, after 0:00 \\(m:ss\\) of retries; .+ raise poll-interval-seconds\\.$`
      )
    )
    expect(cdMock.commandCalls(GetDeploymentCommand)).toHaveLength(4)
  })

  it('allows five consecutive errors by default', async () => {
    respond(connectionReset())
    const time = fakeTime()
    const { options } = waitOptions(time)
    await expect(waitForDeployment(codeDeployClient(), ID, options)).rejects.toThrow(
      DeploymentError
    )
    expect(cdMock.commandCalls(GetDeploymentCommand)).toHaveLength(6)
  })

  it('counts only consecutive errors', async () => {
    const e = connectionReset()
    respond(e, e, info('InProgress', { InProgress: 1 }), e, e, info('Succeeded', { Succeeded: 1 }))
    const time = fakeTime()
    const { options } = waitOptions(time, { maxConsecutiveErrors: 2 })
    const result = await waitForDeployment(codeDeployClient(), ID, options)
    expect(result.info.status).toBe('Succeeded')
    expect(result.polls).toBe(6)
  })

  it('fails at once on an error that is not transient', async () => {
    const cause = new DeploymentDoesNotExistException({
      $metadata: { httpStatusCode: 400 },
      message: `The deployment ${ID} could not be found.`
    })
    respond(cause)
    const time = fakeTime()
    const { options } = waitOptions(time)
    const err = await waitForDeployment(codeDeployClient(), ID, options).catch(e => e)
    expect(err).toBeInstanceOf(DeploymentError)
    expect(err.cause).toBe(cause)
    expect(err.message).toBe(
      `Could not read the state of deployment ${ID} (codedeploy:GetDeployment): DeploymentDoesNotExistException: The deployment ${ID} could not be found. Check: deployment ${ID} does not exist in the target account and region.`
    )
    expect(cdMock.commandCalls(GetDeploymentCommand)).toHaveLength(1)
    expect(time.sleep).not.toHaveBeenCalled()
  })

  it('returns timedOut with the last state at the deadline, sleeping no longer than needed', async () => {
    respond(info('InProgress', { InProgress: 1 }))
    const time = fakeTime()
    const { options } = waitOptions(time, { timeoutMs: 12_000, pollIntervalMs: 5_000 })
    const result = await waitForDeployment(codeDeployClient(), ID, options)
    expect(result).toEqual({
      info: info('InProgress', { InProgress: 1 }).deploymentInfo,
      timedOut: true,
      polls: 4
    })
    expect(time.sleeps).toEqual([5000, 5000, 2000])
  })

  it('times out with what it knows when the last polls failed', async () => {
    respond(info('InProgress', { InProgress: 1 }), connectionReset())
    const time = fakeTime()
    const { options } = waitOptions(time, { timeoutMs: 10_000, pollIntervalMs: 5_000 })
    const result = await waitForDeployment(codeDeployClient(), ID, options)
    expect(result.timedOut).toBe(true)
    expect(result.info.status).toBe('InProgress')
  })

  it('times out with only the ID when no poll succeeded', async () => {
    respond(connectionReset())
    const time = fakeTime()
    const { options } = waitOptions(time, { timeoutMs: 4_000, pollIntervalMs: 5_000 })
    const result = await waitForDeployment(codeDeployClient(), ID, options)
    expect(result).toEqual({ info: { deploymentId: ID }, timedOut: true, polls: 2 })
  })
})

describe('progress lines', () => {
  it('stay a few hundred for a day of changing counts, and always show the end', async () => {
    // A day of 5-second polls, every one with new counts, then the end.
    const polls = (24 * 3600) / 5
    const answers = Array.from({ length: polls }, (_, i) =>
      info('InProgress', { Succeeded: i, Pending: polls - i })
    )
    respond(...answers, info('Succeeded', { Succeeded: polls }))
    const time = fakeTime()
    const { options, lines } = waitOptions(time, { timeoutMs: 2 * 24 * 3600_000 })

    await waitForDeployment(codeDeployClient(), ID, options)

    // 100 at once, 100 a minute apart, then one each half hour, and the end.
    expect(lines.length).toBeLessThan(300)
    const at = (i: number) => lines[i].slice(0, lines[i].indexOf(']') + 1)
    expect([at(1), at(99), at(100), at(101)]).toEqual([
      `[${formatElapsed(5_000)}]`,
      `[${formatElapsed(99 * 5_000)}]`,
      `[${formatElapsed(99 * 5_000 + 60_000)}]`,
      `[${formatElapsed(99 * 5_000 + 120_000)}]`
    ])
    expect(lines.at(-1)).toMatch(/\] Succeeded: 17280 succeeded/)
  })

  it('shows a new status at once, however many lines came before', async () => {
    const answers = Array.from({ length: 300 }, (_, i) => info('InProgress', { Succeeded: i }))
    respond(...answers, info('Stopped', { Succeeded: 300 }))
    const time = fakeTime()
    const { options, lines } = waitOptions(time)

    await waitForDeployment(codeDeployClient(), ID, options)

    expect(lines.at(-1)).toMatch(/\] Stopped: 300 succeeded/)
  })
})

describe('polling cost', () => {
  it('keeps the configured interval while the deployment changes', () => {
    expect(nextInterval(5_000, 5_000, 60_000, 300_000)).toBe(5_000)
  })

  it('doubles the interval once idle, up to four intervals or a minute', () => {
    expect(nextInterval(5_000, 5_000, 300_000, 300_000)).toBe(10_000)
    expect(nextInterval(5_000, 10_000, 400_000, 300_000)).toBe(20_000)
    expect(nextInterval(5_000, 20_000, 500_000, 300_000)).toBe(20_000)
    expect(nextInterval(30_000, 30_000, 500_000, 300_000)).toBe(60_000)
    expect(nextInterval(30_000, 60_000, 500_000, 300_000)).toBe(60_000)
    expect(nextInterval(120_000, 120_000, 500_000, 300_000)).toBe(120_000)
  })

  it('slows down during a long unchanged Ready phase and speeds up when it moves', async () => {
    const time = fakeTime()
    const ready = info('Ready', { Ready: 2 })
    const responses = [...Array(40).fill(ready), info('InProgress', { InProgress: 2 })]
    respond(...responses, info('Succeeded', { Succeeded: 2 }))
    const { options } = waitOptions(time, { idleAfterMs: 60_000 })

    const result = await waitForDeployment(codeDeployClient(), ID, options)

    expect(result.info.status).toBe('Succeeded')
    expect(time.sleeps.slice(0, 13)).toEqual([...Array(12).fill(5_000), 10_000])
    expect(Math.max(...time.sleeps)).toBe(20_000)
    expect(time.sleeps.at(-1)).toBe(5_000)
  })

  it('makes at most 12 GetDeployment calls a minute with the default interval', async () => {
    const time = fakeTime()
    respond(...Array(30).fill(info('InProgress', { InProgress: 1 })), info('Succeeded'))
    const { options } = waitOptions(time)

    const result = await waitForDeployment(codeDeployClient(), ID, options)

    const minutes = (time.now() - 1_000_000) / 60_000
    expect(result.polls / minutes).toBeLessThanOrEqual(12.5)
  })
})
