import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import { CreateDeploymentCommand, type CodeDeployClient } from '@aws-sdk/client-codedeploy'
import { GetRoleCommand } from '@aws-sdk/client-iam'
import type { RetryErrorInfo, RetryErrorType, RetryStrategyV2, RetryToken } from '@smithy/types'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import {
  codeDeployClient,
  codeDeployOnceClient,
  iamClient,
  throttlingOnly
} from '../../src/aws/clients.js'
import { isTransient } from '../../src/common/aws-errors.js'
import { clearEnv, saveEnv } from '../support/actions.js'
import { noAwsConfig } from '../support/aws.js'
import { rejection } from '../support/thrown.js'

function retryToken(count: number): RetryToken {
  return { getRetryCount: () => count, getRetryDelay: () => 0 }
}

/** A retry strategy that records what it is asked and retries whatever it is given. */
function recordingStrategy() {
  const initial = retryToken(0)
  const renewed = retryToken(1)
  const strategy = {
    acquireInitialRetryToken: jest.fn(async (_scope: string) => initial),
    refreshRetryTokenForRetry: jest.fn(
      async (_token: RetryToken, _info: RetryErrorInfo) => renewed
    ),
    recordSuccess: jest.fn((_token: RetryToken) => undefined)
  } satisfies RetryStrategyV2
  return { strategy, initial, renewed }
}

describe('throttlingOnly', () => {
  it('hands the first token and each success to the wrapped strategy', async () => {
    const { strategy, initial } = recordingStrategy()
    const once = throttlingOnly(strategy)

    expect(await once.acquireInitialRetryToken('aws')).toBe(initial)
    once.recordSuccess(initial)

    expect(strategy.acquireInitialRetryToken.mock.calls).toEqual([['aws']])
    expect(strategy.recordSuccess.mock.calls).toEqual([[initial]])
  })

  it('lets the wrapped strategy retry throttling', async () => {
    const { strategy, initial, renewed } = recordingStrategy()
    const info: RetryErrorInfo = { errorType: 'THROTTLING' }

    expect(await throttlingOnly(strategy).refreshRetryTokenForRetry(initial, info)).toBe(renewed)
    expect(strategy.refreshRetryTokenForRetry.mock.calls).toEqual([[initial, info]])
  })

  it("passes on the wrapped strategy's refusal to retry throttling again", async () => {
    const { strategy, initial } = recordingStrategy()
    const refusal = new Error('No retry token available')
    strategy.refreshRetryTokenForRetry.mockRejectedValueOnce(refusal)

    await expect(
      throttlingOnly(strategy).refreshRetryTokenForRetry(initial, { errorType: 'THROTTLING' })
    ).rejects.toBe(refusal)
  })

  it.each<RetryErrorType>(['TRANSIENT', 'SERVER_ERROR', 'CLIENT_ERROR'])(
    'refuses to retry %s, without asking the wrapped strategy',
    async errorType => {
      const { strategy, initial } = recordingStrategy()

      const err = await rejection(
        throttlingOnly(strategy).refreshRetryTokenForRetry(initial, { errorType })
      )

      expect(err.message).toBe(`not retried: ${errorType} leaves the outcome unknown`)
      expect(strategy.refreshRetryTokenForRetry).not.toHaveBeenCalled()
    }
  )
})

/**
 * CodeDeploy on 127.0.0.1: each request takes the next scripted answer (a status and a JSON body,
 * or a connection dropped without an answer); once the script is used up, CreateDeployment
 * succeeds.
 */
type Answer = { status: number; body: object } | 'drop'

describe('iamClient', () => {
  const restoreEnv = saveEnv()
  let dir: string

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'clients-test-'))
    clearEnv('AWS_')
    Object.assign(process.env, noAwsConfig(dir))
  })

  afterEach(() => {
    restoreEnv()
    rmSync(dir, { recursive: true, force: true })
  })

  it.each([
    ['eu-west-1', 'iam.amazonaws.com', 'us-east-1'],
    ['cn-north-1', 'iam.cn-north-1.amazonaws.com.cn', 'cn-north-1'],
    ['us-gov-west-1', 'iam.us-gov.amazonaws.com', 'us-gov-west-1']
  ])(
    'given %s, sends to the IAM endpoint of its partition, %s, signed for %s',
    async (region, host, signingRegion) => {
      const iam = await iamClient(region, async () => ({
        accessKeyId: 'AKIATEST',
        secretAccessKey: 'secret'
      }))
      // Stops each request once signed, before it leaves, and shows where it would have gone.
      iam.middlewareStack.addRelativeTo(
        () => async (args: { request: unknown }) => {
          const request = args.request as { hostname: string; headers: Record<string, string> }
          throw Object.assign(new Error(`${request.hostname} ${request.headers.authorization}`), {
            name: 'Signed'
          })
        },
        { relation: 'after', toMiddleware: 'httpSigningMiddleware', name: 'stopWhenSigned' }
      )

      const err = await rejection(iam.send(new GetRoleCommand({ RoleName: 'deploy' })))

      expect(err.message.split(' ')[0]).toBe(host)
      expect(err.message).toMatch(
        new RegExp(`Credential=AKIATEST/\\d{8}/${signingRegion}/iam/aws4_request`)
      )
    }
  )
})

describe('CodeDeploy clients against a server that fails once', () => {
  const restoreEnv = saveEnv()
  let server: Server
  let dir: string
  let script: Answer[]
  let targets: string[]

  const credentials = async () => ({ accessKeyId: 'AKIATEST', secretAccessKey: 'secret' })
  const createDeployment = (cd: CodeDeployClient) =>
    cd.send(new CreateDeploymentCommand({ applicationName: 'shop', deploymentGroupName: 'prod' }))
  const CREATE = 'CodeDeploy_20141006.CreateDeployment'
  const serverError: Answer = {
    status: 500,
    body: { __type: 'InternalFailure', message: 'We encountered an internal error' }
  }

  beforeAll(async () => {
    server = createServer((req, res) => {
      targets.push(String(req.headers['x-amz-target']))
      req.resume()
      req.on('end', () => {
        const answer = script.shift() ?? { status: 200, body: { deploymentId: 'd-LOOPBACK1' } }
        if (answer === 'drop') {
          req.socket.destroy()
          return
        }
        res.writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.1' })
        res.end(JSON.stringify(answer.body))
      })
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  })

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise<void>(resolve => server.close(() => resolve()))
  })

  beforeEach(() => {
    script = []
    targets = []
    dir = mkdtempSync(path.join(os.tmpdir(), 'clients-test-'))
    clearEnv('AWS_')
    const { port } = server.address() as AddressInfo
    Object.assign(process.env, noAwsConfig(dir), {
      AWS_ENDPOINT_URL_CODEDEPLOY: `http://127.0.0.1:${port}`
    })
  })

  afterEach(() => {
    restoreEnv()
    rmSync(dir, { recursive: true, force: true })
  })

  it('sends CreateDeployment once when the server fails, and says the outcome is unknown', async () => {
    script = [serverError]

    const err = await rejection(createDeployment(codeDeployOnceClient('eu-west-1', credentials)))

    expect(err.name).toBe('InternalFailure')
    expect((err as { $metadata?: object }).$metadata).toMatchObject({
      httpStatusCode: 500,
      attempts: 1
    })
    expect(isTransient(err)).toBe(true)
    expect(targets).toEqual([CREATE])
  })

  it('sends CreateDeployment once when the connection drops before the answer', async () => {
    script = ['drop']

    const err = await rejection(createDeployment(codeDeployOnceClient('eu-west-1', credentials)))

    // Node's error comes from outside jest's module sandbox, where the SDK wraps it and keeps only
    // its text; outside jest it is a TimeoutError with code ECONNRESET, which isTransient accepts.
    expect(err.message).toContain('socket hang up')
    expect(targets).toEqual([CREATE])
  })

  it('sends CreateDeployment again after throttling, which AWS refuses before acting', async () => {
    script = [{ status: 400, body: { __type: 'ThrottlingException', message: 'Rate exceeded' } }]

    const out = await createDeployment(codeDeployOnceClient('eu-west-1', credentials))

    expect(out.deploymentId).toBe('d-LOOPBACK1')
    expect(out.$metadata.attempts).toBe(2)
    expect(targets).toEqual([CREATE, CREATE])
  })

  it.each<[string, Answer]>([
    ['a server error', serverError],
    ['a dropped connection', 'drop']
  ])('retries %s with the client for calls that may repeat', async (_, answer) => {
    script = [answer]

    const out = await createDeployment(codeDeployClient('eu-west-1', credentials))

    expect(out.deploymentId).toBe('d-LOOPBACK1')
    expect(targets).toEqual([CREATE, CREATE])
  })

  it('makes one attempt only when retry-max-attempts is 1', async () => {
    script = [serverError]

    const err = await rejection(createDeployment(codeDeployClient('eu-west-1', credentials, 1)))

    expect(err.name).toBe('InternalFailure')
    expect((err as { $metadata?: object }).$metadata).toMatchObject({ attempts: 1 })
    expect(targets).toEqual([CREATE])
  })

  it('stops after retry-max-attempts attempts', async () => {
    script = [serverError, serverError, serverError, serverError]

    const err = await rejection(createDeployment(codeDeployClient('eu-west-1', credentials, 3)))

    expect((err as { $metadata?: object }).$metadata).toMatchObject({ attempts: 3 })
    expect(targets).toEqual([CREATE, CREATE, CREATE])
  })
})
