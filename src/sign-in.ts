import * as core from '@actions/core'
import type { CodeDeployClient } from '@aws-sdk/client-codedeploy'
import { codeDeployClient, stsFactory } from './aws/clients.js'
import { resolveCredentials, type ResolvedCredentials } from './aws/credentials/resolve.js'
import type { DeployTarget } from './codedeploy/deployment.js'
import { accountOf } from './common/arn.js'
import type { Log } from './common/log.js'
import type { Outcome } from './common/outcome.js'
import type { GitHubDeployment } from './github/deployment.js'
import { requireAllowedAccount } from './inputs/allowed-accounts.js'
import type { ActionInputs } from './inputs/inputs.js'
import { setOutputs } from './report/outputs.js'

/** What the AWS part of the run has made so far, read by the caller's error handling. */
export interface Progress {
  outcome?: Outcome
  github?: GitHubDeployment
}

/** The target account, signed in to, and the outcome the run reports from then on. */
export interface SignedIn {
  credentials: ResolvedCredentials
  outcome: Outcome
  cd: CodeDeployClient
  target: DeployTarget
}

/**
 * Signs in through the whole chain, refuses an account allowed-account-ids leaves out, and
 * starts the outcome (so the outputs and the summary name the account from here on).
 */
export async function signIn(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  progress: Progress,
  log: Log
): Promise<SignedIn> {
  const credentials = await resolveCredentials(inputs, {
    sts: stsFactory(inputs.region, inputs.retryMaxAttempts),
    getIdToken: audience => core.getIDToken(audience),
    env,
    log
  })
  if (credentials.sourceKind === 'oidc-role' && inputs.oidcRoleArn) {
    log.info(
      `Signed in with GitHub's OIDC token as ${inputs.oidcRoleArn} (account ` +
        `${accountOf(inputs.oidcRoleArn)}), then assumed role-to-assume.`
    )
  }
  requireAllowedAccount(
    inputs.allowedAccountIds,
    credentials.targetAccountId,
    `The target account (the credentials resolve to ${credentials.targetArn})`
  )
  log.info(`Deploying as ${credentials.targetArn} in account ${credentials.targetAccountId}.`)
  const outcome: Outcome = {
    application: inputs.application,
    deploymentGroup: inputs.deploymentGroup,
    region: inputs.region,
    targetAccountId: credentials.targetAccountId,
    failures: []
  }
  progress.outcome = outcome
  setOutputs(outcome)
  return {
    credentials,
    outcome,
    cd: codeDeployClient(inputs.region, credentials.target, inputs.retryMaxAttempts),
    target: {
      identity: credentials.targetArn,
      accountId: credentials.targetAccountId,
      region: inputs.region
    }
  }
}
