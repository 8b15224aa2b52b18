import { CodeDeployClient } from '@aws-sdk/client-codedeploy'
import { S3Client } from '@aws-sdk/client-s3'
import { STSClient } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentityProvider } from '@smithy/types'

/**
 * The one place AWS clients are created. Every client retries throttling, server faults and
 * dropped connections with the SDK's adaptive (jittered, rate-limited) retry mode. Endpoints come
 * from the SDK's standard settings (AWS_ENDPOINT_URL and friends), so no input is needed for them.
 */
const RETRY = { maxAttempts: 8, retryMode: 'adaptive' } as const
const USER_AGENT: [string, string][] = [['cross-account-codedeploy-action', '1']]

export function stsFactory(
  region: string
): (credentials?: AwsCredentialIdentityProvider) => STSClient {
  return credentials =>
    new STSClient({ region, credentials, customUserAgent: USER_AGENT, ...RETRY })
}

export function s3Client(region: string, credentials: AwsCredentialIdentityProvider): S3Client {
  return new S3Client({
    region,
    credentials,
    customUserAgent: USER_AGENT,
    // The bucket may live in another region than the application; follow S3's redirect.
    followRegionRedirects: true,
    ...RETRY
  })
}

export function codeDeployClient(
  region: string,
  credentials: AwsCredentialIdentityProvider
): CodeDeployClient {
  return new CodeDeployClient({ region, credentials, customUserAgent: USER_AGENT, ...RETRY })
}
