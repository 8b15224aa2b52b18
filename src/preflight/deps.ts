import * as core from '@actions/core'
import type { CodeDeployClient } from '@aws-sdk/client-codedeploy'
import type { IAMClient } from '@aws-sdk/client-iam'
import type { S3Client } from '@aws-sdk/client-s3'
import type { STSClient } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import {
  codeDeployClient,
  DEFAULT_MAX_ATTEMPTS,
  iamClient,
  s3Client,
  stsFactory
} from '../aws/clients.js'
import { stepLog, type Log } from '../common/log.js'
import { compareCommits, type Compare } from '../github/compare.js'

export interface PreflightDeps {
  sts: (credentials?: AwsCredentialIdentityProvider) => STSClient
  s3: (credentials: AwsCredentialIdentityProvider) => S3Client
  codeDeploy: (credentials: AwsCredentialIdentityProvider) => CodeDeployClient
  /** Asynchronous: the IAM client is loaded on demand (see iamClient). */
  iam: (credentials: AwsCredentialIdentityProvider) => Promise<IAMClient>
  getIdToken: (audience: string) => Promise<string>
  /** GitHub's compare API, for older-revision. */
  compare: Compare
  log: Log
}

export function defaultPreflightDeps(
  region: string,
  maxAttempts = DEFAULT_MAX_ATTEMPTS
): PreflightDeps {
  return {
    sts: stsFactory(region, maxAttempts),
    s3: credentials => s3Client(region, credentials, maxAttempts),
    codeDeploy: credentials => codeDeployClient(region, credentials, maxAttempts),
    iam: credentials => iamClient(region, credentials, maxAttempts),
    getIdToken: audience => core.getIDToken(audience),
    compare: compareCommits,
    log: stepLog
  }
}
