import type { STSClient } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import type { Log } from '../../common/log.js'
import type { SessionOptions } from '../../inputs/session.js'

export interface CredentialOptions {
  roleToAssume?: string
  roleExternalId?: string
  roleSessionName: string
  roleDurationSeconds: number
  oidcRoleArn?: string
  audience: string
  /** Tags and session policies of the role-to-assume session; none when absent. */
  session?: SessionOptions
}

export interface CredentialDeps {
  /** Creates an STS client; with no credentials, the SDK's default chain is used. */
  sts: (credentials?: AwsCredentialIdentityProvider) => STSClient
  getIdToken: (audience: string) => Promise<string>
  env: NodeJS.ProcessEnv
  log: Log
  /** Refresh this long before expiry, so no call is made with credentials about to lapse. */
  refreshMarginMs?: number
  now?: () => number
}
