import type { GitHubDeployment } from './deployment.js'
import type { ActionInputs } from '../inputs/inputs.js'
import type { RunContext } from '../inputs/context.js'
import { deploymentUrl } from '../codedeploy/status.js'
import { type Outcome } from '../common/outcome.js'
import type { Log } from '../common/log.js'

/**
 * Records the run as a GitHub deployment when github-environment is set. The GitHub client is
 * loaded only then: most runs never call GitHub's API.
 */
export async function recordOnGitHub(
  inputs: ActionInputs,
  ctx: RunContext,
  env: NodeJS.ProcessEnv,
  log: Log
): Promise<GitHubDeployment | undefined> {
  if (!inputs.githubEnvironment) return undefined
  const { startGitHubDeployment } = await import('./deployment.js')
  return startGitHubDeployment({
    token: inputs.githubToken,
    environment: inputs.githubEnvironment,
    apiUrl: env.GITHUB_API_URL ?? '',
    repository: ctx.repository,
    ref: ctx.sha,
    runUrl: `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}`,
    description: inputs.description,
    payload: {
      application: inputs.application,
      'deployment-group': inputs.deploymentGroup,
      region: inputs.region
    },
    log
  })
}

/** Sets the GitHub deployment's final state from the CodeDeploy outcome. */
export async function finishOnGitHub(
  github: GitHubDeployment | undefined,
  outcome: Outcome | undefined
): Promise<void> {
  if (!github) return
  const status = outcome?.status
  const { gitHubDeploymentState } = await import('./deployment.js')
  const id = outcome?.deploymentId
  await github.setStatus(gitHubDeploymentState(status), {
    environmentUrl: id && outcome ? deploymentUrl(outcome.region, id) : undefined,
    description: `CodeDeploy deployment ${id ?? '(not created)'}: ${status ?? 'error'}`
  })
}
