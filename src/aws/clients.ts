import { CodeDeployClient } from '@aws-sdk/client-codedeploy'
import type { ECSClient } from '@aws-sdk/client-ecs'
import type { IAMClient } from '@aws-sdk/client-iam'
import { S3Client } from '@aws-sdk/client-s3'
import { STSClient } from '@aws-sdk/client-sts'
import { AdaptiveRetryStrategy } from '@smithy/core/retry'
import type {
  AwsCredentialIdentityProvider,
  RetryErrorInfo,
  RetryStrategyV2,
  RetryToken
} from '@smithy/types'
import { callStats } from '../common/call-stats.js'
import { proxyRequestHandler } from './proxy.js'

/**
 * The one place AWS clients are created. Every client retries throttling, server faults and
 * dropped connections with the SDK's adaptive (jittered, rate-limited) retry mode, making at most
 * `maxAttempts` attempts per call (retry-max-attempts), and goes through the proxy that
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY (or http-proxy) give its endpoint. Endpoints come
 * from the SDK's standard settings (AWS_ENDPOINT_URL and friends), so no input is needed for them.
 */
/** Attempts per call when retry-max-attempts does not say otherwise (action.yml's default). */
export const DEFAULT_MAX_ATTEMPTS = 8

/** Retries, and the proxy when the runner sets one: what every client is configured with. */
function clientSettings(maxAttempts: number) {
  const requestHandler = proxyRequestHandler(process.env)
  return {
    maxAttempts,
    retryMode: 'adaptive',
    ...(requestHandler && { requestHandler })
  } as const
}
const USER_AGENT: [string, string][] = [['cross-account-codedeploy-action', '1']]

interface Metadata {
  $metadata?: { attempts?: number }
}

type Stackable = { middlewareStack: { add: (mw: never, options: object) => void } }

/**
 * Sits outside the SDK's retry loop, so it sees each call once with the number of attempts
 * the retries took.
 */
function counted<T extends Stackable>(client: T): T {
  const middleware =
    (next: (args: unknown) => Promise<{ output: Metadata }>) => async (args: unknown) => {
      callStats.calls++
      try {
        const result = await next(args)
        callStats.retries += Math.max(0, (result.output.$metadata?.attempts ?? 1) - 1)
        return result
      } catch (err) {
        callStats.retries += Math.max(0, ((err as Metadata).$metadata?.attempts ?? 1) - 1)
        throw err
      }
    }
  client.middlewareStack.add(middleware as never, { step: 'initialize', name: 'callStats' })
  return client
}

export function stsFactory(
  region: string,
  maxAttempts = DEFAULT_MAX_ATTEMPTS
): (credentials?: AwsCredentialIdentityProvider) => STSClient {
  return credentials =>
    counted(
      new STSClient({
        region,
        credentials,
        customUserAgent: USER_AGENT,
        ...clientSettings(maxAttempts)
      })
    )
}

export function s3Client(
  region: string,
  credentials: AwsCredentialIdentityProvider,
  maxAttempts = DEFAULT_MAX_ATTEMPTS
): S3Client {
  return counted(
    new S3Client({
      region,
      credentials,
      customUserAgent: USER_AGENT,
      // The bucket may live in another region than the application; follow S3's redirect.
      followRegionRedirects: true,
      ...clientSettings(maxAttempts)
    })
  )
}

export function codeDeployClient(
  region: string,
  credentials: AwsCredentialIdentityProvider,
  maxAttempts = DEFAULT_MAX_ATTEMPTS
): CodeDeployClient {
  return counted(
    new CodeDeployClient({
      region,
      credentials,
      customUserAgent: USER_AGENT,
      ...clientSettings(maxAttempts)
    })
  )
}

/**
 * An IAM client, for the dry run's policy simulation only: the SDK's IAM client is loaded on
 * demand, so that no other run pays for loading it. IAM is global: given the deployment's region,
 * the SDK's endpoint rules pick the partition's IAM endpoint and signing region.
 */
export async function iamClient(
  region: string,
  credentials: AwsCredentialIdentityProvider,
  maxAttempts = DEFAULT_MAX_ATTEMPTS
): Promise<IAMClient> {
  const { IAMClient } = await import('@aws-sdk/client-iam')
  return counted(
    new IAMClient({
      region,
      credentials,
      customUserAgent: USER_AGENT,
      ...clientSettings(maxAttempts)
    })
  )
}

/**
 * An ECS client, for task-definition only: the SDK's ECS client is loaded on demand, so that no
 * other run pays for loading it.
 */
export async function ecsClient(
  region: string,
  credentials: AwsCredentialIdentityProvider,
  maxAttempts = DEFAULT_MAX_ATTEMPTS
): Promise<ECSClient> {
  const { ECSClient } = await import('@aws-sdk/client-ecs')
  return counted(
    new ECSClient({
      region,
      credentials,
      customUserAgent: USER_AGENT,
      ...clientSettings(maxAttempts)
    })
  )
}

/**
 * A CodeDeploy client for calls that must not be carried out twice (CreateDeployment). AWS
 * refuses a throttled request before acting on it, so throttling is retried; after a server error
 * or a dropped connection the request may have been carried out, so the error reaches the caller,
 * which looks before it asks again.
 */
export function codeDeployOnceClient(
  region: string,
  credentials: AwsCredentialIdentityProvider,
  maxAttempts = DEFAULT_MAX_ATTEMPTS
): CodeDeployClient {
  const retryStrategy = throttlingOnly(
    new AdaptiveRetryStrategy(() => Promise.resolve(maxAttempts))
  )
  const requestHandler = proxyRequestHandler(process.env)
  return counted(
    new CodeDeployClient({
      region,
      credentials,
      customUserAgent: USER_AGENT,
      retryStrategy,
      ...(requestHandler && { requestHandler })
    })
  )
}

export function throttlingOnly(strategy: RetryStrategyV2): RetryStrategyV2 {
  return {
    acquireInitialRetryToken: scope => strategy.acquireInitialRetryToken(scope),
    refreshRetryTokenForRetry: (token: RetryToken, info: RetryErrorInfo) =>
      info.errorType === 'THROTTLING'
        ? strategy.refreshRetryTokenForRetry(token, info)
        : Promise.reject(new Error(`not retried: ${info.errorType} leaves the outcome unknown`)),
    recordSuccess: token => strategy.recordSuccess(token)
  }
}
