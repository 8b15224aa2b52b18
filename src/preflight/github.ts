import type { ActionInputs } from '../inputs/inputs.js'
import type { Checklist } from './checklist.js'

export function checkGitHubDeployment(inputs: ActionInputs, list: Checklist): void {
  if (!inputs.githubEnvironment) return
  list.add(
    'GitHub deployment',
    inputs.githubToken ? 'skipped' : 'failed',
    inputs.githubToken
      ? `not tried: dry-run records no deployment in environment '${inputs.githubEnvironment}'; the token needs deployments: write`
      : `github-environment is '${inputs.githubEnvironment}' but github-token is empty: pass a token with deployments: write`
  )
}
