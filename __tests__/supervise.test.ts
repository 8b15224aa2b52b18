import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import {
  BatchGetDeploymentTargetsCommand,
  CodeDeployClient,
  GetDeploymentCommand,
  ListDeploymentTargetsCommand,
  StopDeploymentCommand,
  ThrottlingException
} from '@aws-sdk/client-codedeploy'
import { mockClient } from 'aws-sdk-client-mock'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { DeploymentError, DeploymentFailedError, WaitTimeoutError } from '../src/common/errors.js'
import type { Outcome } from '../src/common/outcome.js'
import { superviseDeployment } from '../src/supervise.js'
import { captureStdout, readFileCommands, saveEnv, sharedSummaryFile } from './support/actions.js'
import { codeDeployClient, codeDeployError } from './support/aws.js'
import { recordingLog, type RecordingLog } from './support/log.js'
import { rejection } from './support/thrown.js'

const cdMock = mockClient(CodeDeployClient)
const ID = 'd-SUPERVISE1'
const URL = `https://eu-west-1.console.aws.amazon.com/codesuite/codedeploy/deployments/${ID}?region=eu-west-1`
const restoreEnv = saveEnv()
const summaryFile = sharedSummaryFile('supervise-summary-')

let dir: string
let stdout: string[]
let log: RecordingLog

type Inputs = Parameters<typeof superviseDeployment>[2]

function inputs(overrides: Partial<Inputs> = {}): Inputs {
  return {
    region: 'eu-west-1',
    waitTimeoutSeconds: 60,
    pollIntervalSeconds: 1,
    stopOnCancel: true,
    stopOnTimeout: false,
    rollbackOnStop: true,
    ...overrides
  }
}

function outcome(): Outcome {
  return {
    application: 'shop',
    deploymentGroup: 'production',
    region: 'eu-west-1',
    targetAccountId: '222222222222',
    deploymentId: ID,
    status: 'Created',
    failures: []
  }
}

/** name → value of the commands @actions/core wrote to a GITHUB_OUTPUT / GITHUB_STATE file. */
function fileCommands(name: 'output' | 'state'): Record<string, string> {
  return readFileCommands(path.join(dir, name))
}

function signalListeners(): number[] {
  return [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'supervise-test-'))
  for (const f of ['output', 'state']) writeFileSync(path.join(dir, f), '')
  writeFileSync(summaryFile, '')
  Object.assign(process.env, {
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STATE: path.join(dir, 'state'),
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir
  })
  stdout = captureStdout()
  log = recordingLog()
  process.exitCode = undefined
  cdMock.reset()
})

afterEach(() => {
  jest.useRealTimers()
  jest.restoreAllMocks()
  restoreEnv()
  process.exitCode = undefined
  rmSync(dir, { recursive: true, force: true })
})

describe('superviseDeployment', () => {
  it('returns when the deployment succeeds, with the outputs set and the deployment settled', async () => {
    cdMock.on(ListDeploymentTargetsCommand).resolves({ targetIds: ['i-1'] })
    cdMock.on(BatchGetDeploymentTargetsCommand).resolves({
      deploymentTargets: [{ instanceTarget: { targetId: 'i-1', status: 'Succeeded' } }]
    })
    cdMock.on(GetDeploymentCommand).resolves({
      deploymentInfo: {
        deploymentId: ID,
        status: 'Succeeded',
        deploymentOverview: { Succeeded: 3, Failed: 0, InProgress: 0, Pending: 0, Skipped: 0 }
      }
    })
    const listeners = signalListeners()
    const o = outcome()

    await superviseDeployment(codeDeployClient(), ID, inputs(), o, { log })

    expect(o.status).toBe('Succeeded')
    expect(o.info?.deploymentOverview?.Succeeded).toBe(3)
    expect(o.failures).toEqual([])
    expect(fileCommands('output')).toMatchObject({
      'deployment-id': ID,
      'deployment-status': 'Succeeded',
      'deployment-url': URL,
      'instances-succeeded': '3',
      'instances-failed': '0',
      'diagnostics-file': path.join(dir, `codedeploy-${ID}-diagnostics.json`)
    })
    expect(o.targets).toEqual([{ targetId: 'i-1', status: 'Succeeded', events: [] }])
    expect(log.warnings).toEqual([])
    expect(fileCommands('state')).toEqual({ settled: 'true' })
    expect(log.lines).toContain(`Deployment ${ID} succeeded.`)
    expect(cdMock.commandCalls(GetDeploymentCommand)).toHaveLength(1)
    expect(cdMock.commandCalls(ListDeploymentTargetsCommand)).toHaveLength(1)
    expect(cdMock.commandCalls(BatchGetDeploymentTargetsCommand)).toHaveLength(1)
    expect(cdMock.commandCalls(StopDeploymentCommand)).toHaveLength(0)
    expect(signalListeners()).toEqual(listeners)
    expect(process.exitCode).toBeUndefined()
  })

  it('throws DeploymentFailedError and annotates each failed target when the deployment fails', async () => {
    cdMock.on(GetDeploymentCommand).resolves({
      deploymentInfo: {
        deploymentId: ID,
        status: 'Failed',
        errorInformation: { code: 'HEALTH_CONSTRAINTS', message: 'Too many instances failed' }
      }
    })
    cdMock.on(ListDeploymentTargetsCommand).resolves({ targetIds: ['i-0abc'] })
    cdMock.on(BatchGetDeploymentTargetsCommand).resolves({
      deploymentTargets: [
        {
          deploymentTargetType: 'InstanceTarget',
          instanceTarget: {
            targetId: 'i-0abc',
            status: 'Failed',
            lifecycleEvents: [
              {
                lifecycleEventName: 'ApplicationStart',
                status: 'Failed',
                diagnostics: {
                  errorCode: 'ScriptFailed',
                  scriptName: 'scripts/start.sh',
                  message: 'exit code 1',
                  logTail: '[stderr]port 80 in use'
                }
              }
            ]
          }
        }
      ]
    })
    const listeners = signalListeners()
    const o = outcome()

    const err = await rejection(superviseDeployment(codeDeployClient(), ID, inputs(), o, { log }))

    expect(err).toBeInstanceOf(DeploymentFailedError)
    expect(err.message).toBe(
      `Deployment ${ID} ended with status Failed: HEALTH_CONSTRAINTS: Too many instances failed (${URL})`
    )
    expect(o.status).toBe('Failed')
    expect(o.failures).toEqual([
      {
        targetId: 'i-0abc',
        lifecycleEvent: 'ApplicationStart',
        errorCode: 'ScriptFailed',
        scriptName: 'scripts/start.sh',
        message: 'exit code 1',
        logTail: '[stderr]port 80 in use'
      }
    ])
    expect(cdMock.commandCalls(ListDeploymentTargetsCommand)[0].args[0].input).toEqual({
      deploymentId: ID,
      nextToken: undefined
    })
    expect(stdout.join('')).toContain(
      `::error title=Deployment ${ID} failed on i-0abc during ApplicationStart::Script scripts/start.sh failed (ScriptFailed): exit code 1%0ALog tail (i-0abc):%0A[stderr]port 80 in use`
    )
    const diagnosticsFile = path.join(dir, `codedeploy-${ID}-diagnostics.json`)
    expect(fileCommands('output')).toMatchObject({
      'deployment-status': 'Failed',
      'diagnostics-file': diagnosticsFile
    })
    expect(JSON.parse(readFileSync(diagnosticsFile, 'utf8')).targets).toEqual([
      {
        targetId: 'i-0abc',
        status: 'Failed',
        events: [
          {
            name: 'ApplicationStart',
            status: 'Failed',
            errorCode: 'ScriptFailed',
            scriptName: 'scripts/start.sh',
            message: 'exit code 1',
            logTail: '[stderr]port 80 in use'
          }
        ]
      }
    ])
    expect(fileCommands('state')).toEqual({ settled: 'true' })
    expect(signalListeners()).toEqual(listeners)
  })

  it('still fails with the status when the failed targets cannot be listed', async () => {
    cdMock.on(GetDeploymentCommand).resolves({
      deploymentInfo: { deploymentId: ID, status: 'Stopped' }
    })
    cdMock
      .on(ListDeploymentTargetsCommand)
      .rejects(codeDeployError('AccessDeniedException', 400, 'not authorized'))
    const o = outcome()

    const err = await rejection(superviseDeployment(codeDeployClient(), ID, inputs(), o, { log }))

    expect(err).toBeInstanceOf(DeploymentFailedError)
    expect(err.message).toBe(`Deployment ${ID} ended with status Stopped (${URL})`)
    expect(o.failures).toEqual([])
    expect(log.warnings).toHaveLength(1)
    expect(log.warnings[0]).toContain(
      `Could not list the targets of ${ID} (codedeploy:ListDeploymentTargets): AccessDeniedException: not authorized.`
    )
    expect(log.warnings[0]).not.toMatch(/\{(application|region|targetAccount)\}/)
  })

  it('after a success, says in the log, without a warning, that the targets could not be read', async () => {
    cdMock.on(GetDeploymentCommand).resolves({
      deploymentInfo: { deploymentId: ID, status: 'Succeeded' }
    })
    cdMock
      .on(ListDeploymentTargetsCommand)
      .rejects(codeDeployError('AccessDeniedException', 400, 'not authorized'))
    const o = outcome()

    await superviseDeployment(codeDeployClient(), ID, inputs(), o, { log })

    expect(log.warnings).toEqual([])
    expect(log.lines.some(l => l.startsWith(`Could not list the targets of ${ID}`))).toBe(true)
    expect(o.targets).toBeUndefined()
    const file = fileCommands('output')['diagnostics-file']
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      status: 'Succeeded',
      targets: []
    })
  })

  describe('on timeout', () => {
    beforeEach(() => {
      jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] })
      cdMock.on(GetDeploymentCommand).resolves({
        deploymentInfo: { deploymentId: ID, status: 'InProgress' }
      })
      cdMock.on(StopDeploymentCommand).resolves({ status: 'Pending' })
    })

    async function timedOut(overrides: Partial<Inputs>, o = outcome()): Promise<Error> {
      const result = rejection(
        superviseDeployment(
          codeDeployClient(),
          ID,
          inputs({ waitTimeoutSeconds: 2, ...overrides }),
          o,
          { log }
        )
      )
      await jest.advanceTimersByTimeAsync(2000)
      return result
    }

    it('says the deployment is still running and leaves it running by default', async () => {
      const o = outcome()
      const err = await timedOut({}, o)

      expect(err).toBeInstanceOf(WaitTimeoutError)
      expect(err.message).toBe(
        `Deployment ${ID} is still InProgress after 2 s (wait-timeout-seconds); it keeps running in CodeDeploy: ${URL}`
      )
      expect(cdMock.commandCalls(GetDeploymentCommand)).toHaveLength(3)
      expect(cdMock.commandCalls(StopDeploymentCommand)).toHaveLength(0)
      expect(o.status).toBe('InProgress')
      expect(fileCommands('output')).toMatchObject({ 'deployment-status': 'InProgress' })
      expect(fileCommands('state')).toEqual({ settled: 'true' })
    })

    it('stops it with rollback under stop-on-timeout, and says so', async () => {
      const err = await timedOut({ stopOnTimeout: true })

      expect(err).toBeInstanceOf(WaitTimeoutError)
      expect(err.message).toBe(
        `Deployment ${ID} was InProgress and has been stopped with rollback (stop-on-timeout) after 2 s (wait-timeout-seconds): ${URL}`
      )
      expect(cdMock.commandCalls(StopDeploymentCommand).map(c => c.args[0].input)).toEqual([
        { deploymentId: ID, autoRollbackEnabled: true }
      ])
      expect(log.lines).toContain(
        `Stopping deployment ${ID} (wait-timeout-seconds passed), with rollback.`
      )
      expect(fileCommands('state')).toEqual({ settled: 'true' })
    })

    it('stops it without rollback when rollback-on-stop is false', async () => {
      const err = await timedOut({ stopOnTimeout: true, rollbackOnStop: false })

      expect(err.message).toBe(
        `Deployment ${ID} was InProgress and has been stopped (stop-on-timeout) after 2 s (wait-timeout-seconds): ${URL}`
      )
      expect(cdMock.commandCalls(StopDeploymentCommand).map(c => c.args[0].input)).toEqual([
        { deploymentId: ID, autoRollbackEnabled: false }
      ])
    })
  })

  describe('when the job is cancelled', () => {
    let exited: Promise<void>

    beforeEach(() => {
      jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] })
      let markExited!: () => void
      exited = new Promise<void>(resolve => (markExited = resolve))
      jest.spyOn(process, 'exit').mockImplementation((() => markExited()) as never)
      cdMock
        .on(GetDeploymentCommand)
        .resolvesOnce({ deploymentInfo: { deploymentId: ID, status: 'InProgress' } })
        .resolves({ deploymentInfo: { deploymentId: ID, status: 'Stopped' } })
      cdMock.on(StopDeploymentCommand).resolves({ status: 'Pending' })
    })

    /** Starts supervising, sends SIGINT during the first sleep, and waits for the exit. */
    async function cancel(overrides: Partial<Inputs>, onCancelled: () => Promise<void>) {
      const o = outcome()
      const result = rejection(
        superviseDeployment(codeDeployClient(), ID, inputs(overrides), o, { log, onCancelled })
      )
      await jest.advanceTimersByTimeAsync(0)
      expect(cdMock.commandCalls(GetDeploymentCommand)).toHaveLength(1)
      process.emit('SIGINT', 'SIGINT')
      await exited
      const calledBeforeWaitEnded = cdMock.commandCalls(StopDeploymentCommand).length
      // Let the wait see the end, so the call returns and removes its signal listeners.
      await jest.advanceTimersByTimeAsync(1000)
      const err = await result
      expect(err).toBeInstanceOf(DeploymentFailedError)
      expect(err.message).toBe(`Deployment ${ID} ended with status Stopped (${URL})`)
      return { o, calledBeforeWaitEnded }
    }

    it('stops the deployment, fails the step and writes the summary before exiting', async () => {
      const listeners = signalListeners()
      const onCancelled = jest.fn(async () => {})

      const { o, calledBeforeWaitEnded } = await cancel({}, onCancelled)

      expect(calledBeforeWaitEnded).toBe(1)
      expect(cdMock.commandCalls(StopDeploymentCommand).map(c => c.args[0].input)).toEqual([
        { deploymentId: ID, autoRollbackEnabled: true }
      ])
      expect(onCancelled).toHaveBeenCalledTimes(1)
      expect(process.exit).toHaveBeenCalledWith(1)
      expect(process.exitCode).toBe(1)
      expect(log.lines).toContain(
        `Stopping deployment ${ID} (the job was cancelled (SIGINT)), with rollback.`
      )
      expect(stdout.join('')).toContain(
        `::error::The job was cancelled while deployment ${ID} was in progress.`
      )
      expect(fileCommands('state')).toMatchObject({ settled: 'true' })
      expect(fileCommands('output')).toMatchObject({
        'deployment-status': 'Stopped',
        'error-code': 'CancelledError',
        'error-message': `The job was cancelled while deployment ${ID} was in progress.`
      })
      const summary = readFileSync(summaryFile, 'utf8')
      expect(summary).toContain(ID)
      expect(summary).toContain('Stopped')
      expect(o.status).toBe('Stopped')
      expect(signalListeners()).toEqual(listeners)
    })

    it('leaves the deployment running with a warning when stop-on-cancel is false', async () => {
      const onCancelled = jest.fn(async () => {})

      await cancel({ stopOnCancel: false }, onCancelled)

      expect(cdMock.commandCalls(StopDeploymentCommand)).toHaveLength(0)
      expect(onCancelled).toHaveBeenCalledTimes(1)
      expect(process.exit).toHaveBeenCalledWith(1)
      expect(log.warnings).toContain(
        `The job was cancelled; deployment ${ID} keeps running (stop-on-cancel is false): ${URL}`
      )
      expect(stdout.join('')).toContain(
        `::error::The job was cancelled while deployment ${ID} was in progress.`
      )
      expect(fileCommands('state')).toMatchObject({ settled: 'true' })
    })

    it('leaves the stop to the post step when StopDeployment fails, and still reports', async () => {
      cdMock.on(StopDeploymentCommand).rejects(codeDeployError('AccessDeniedException', 400, 'no'))
      const onCancelled = jest.fn(async () => {})

      const result = rejection(
        superviseDeployment(codeDeployClient(), ID, inputs(), outcome(), { log, onCancelled })
      )
      await jest.advanceTimersByTimeAsync(0)
      process.emit('SIGINT', 'SIGINT')
      await exited

      // Read at exit: the process ends there, before the wait could settle anything.
      expect(fileCommands('state').settled).toBeUndefined()
      await jest.advanceTimersByTimeAsync(1000)
      await result
      expect(onCancelled).toHaveBeenCalledTimes(1)
      expect(process.exit).toHaveBeenCalledWith(1)
      const printed = stdout.join('')
      expect(printed).toContain(
        `::error::Could not stop deployment ${ID} (codedeploy:StopDeployment)`
      )
      expect(printed).toContain(
        `::error::The job was cancelled while deployment ${ID} was in progress.`
      )
      expect(fileCommands('output')['error-code']).toBe('CancelledError')
    })
  })

  describe('under sustained throttling', () => {
    beforeEach(() => {
      jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] })
      // Each poll spends 45 s in the SDK's own retries before it fails.
      cdMock.on(GetDeploymentCommand).callsFake(async () => {
        await new Promise(resolve => setTimeout(resolve, 45_000))
        throw new ThrottlingException({
          $metadata: { httpStatusCode: 400 },
          message: 'Rate exceeded'
        })
      })
    })

    async function givenUp(overrides: Partial<Inputs>): Promise<Error> {
      let settled = false
      const result = rejection(
        superviseDeployment(
          codeDeployClient(),
          ID,
          inputs({ waitTimeoutSeconds: 3600, ...overrides }),
          outcome(),
          { log }
        )
      ).finally(() => (settled = true))
      // Polls at 0 s, 46 s and 92 s; the third fails at 137 s, past the two minutes.
      await jest.advanceTimersByTimeAsync(137_000)
      expect(settled).toBe(true)
      return result
    }

    it('leaves the stop to the post step under stop-on-timeout, instead of marking it settled', async () => {
      const err = await givenUp({ stopOnTimeout: true })

      expect(err).toBeInstanceOf(DeploymentError)
      expect(err.message).toContain(
        `Could not read the state of deployment ${ID} (codedeploy:GetDeployment): ThrottlingException: Rate exceeded. The deployment may still be running. The last 3 polls failed, after 2:15 (m:ss) of retries`
      )
      expect(cdMock.commandCalls(GetDeploymentCommand)).toHaveLength(3)
      expect(cdMock.commandCalls(StopDeploymentCommand)).toHaveLength(0)
      expect(fileCommands('state')).toEqual({ 'stop-on-timeout': 'true' })
    })

    it('marks the deployment settled, left running, when stop-on-timeout is false', async () => {
      const err = await givenUp({ stopOnTimeout: false })

      expect(err).toBeInstanceOf(DeploymentError)
      expect(err.message).toContain('The last 3 polls failed, after 2:15 (m:ss) of retries')
      expect(cdMock.commandCalls(StopDeploymentCommand)).toHaveLength(0)
      expect(fileCommands('state')).toEqual({ settled: 'true' })
    })
  })

  it('leaves the stop to the post step under stop-on-timeout when the wait gives up reading it', async () => {
    cdMock.on(GetDeploymentCommand).rejects(codeDeployError('AccessDeniedException', 400, 'no'))

    const err = await rejection(
      superviseDeployment(codeDeployClient(), ID, inputs({ stopOnTimeout: true }), outcome(), {
        log
      })
    )

    expect(err.message).toContain(`Could not read the state of deployment ${ID}`)
    expect(fileCommands('state')).toEqual({ 'stop-on-timeout': 'true' })
    expect(cdMock.commandCalls(StopDeploymentCommand)).toHaveLength(0)
  })

  it('leaves the deployment running (settled) when the wait gives up reading it', async () => {
    cdMock.on(GetDeploymentCommand).rejects(codeDeployError('AccessDeniedException', 400, 'no'))

    const err = await rejection(
      superviseDeployment(codeDeployClient(), ID, inputs(), outcome(), { log })
    )

    expect(err.message).toContain(`Could not read the state of deployment ${ID}`)
    expect(fileCommands('state')).toMatchObject({ settled: 'true' })
    expect(cdMock.commandCalls(StopDeploymentCommand)).toHaveLength(0)
  })
})
