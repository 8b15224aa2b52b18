import * as core from '@actions/core'
import { stepLog } from './common/log.js'
import { STATE_DEPLOYMENT_ID, STATE_SETTLED } from './common/state.js'

/**
 * The post step runs after the job, even when it was cancelled or the main step was killed. It
 * stops the deployment this run created if the main step did not see it through; it never
 * touches any other deployment.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const deploymentId = core.getState(STATE_DEPLOYMENT_ID)
  if (!deploymentId || core.getState(STATE_SETTLED) === 'true') return
  // Loaded only now: the usual post step has nothing to do and should not load the AWS SDK.
  const { stopLeftover } = await import('./post-stop.js')
  await stopLeftover(deploymentId, env, stepLog)
}
