import * as core from '@actions/core'
import { codeDeployClient, stsFactory } from './clients.js'
import { resolveCredentials } from './credentials.js'
import { ActionError } from './errors.js'
import { readInputs, runContext } from './inputs.js'
import { deploymentUrl } from './report.js'
import { STATE_DEPLOYMENT_ID, STATE_SETTLED } from './state.js'
import { isActive, stopDeployment } from './stop.js'

/**
 * The post step runs after the job, even when it was cancelled or the main step was killed. It
 * stops the deployment this run created if the main step did not see it through; it never
 * touches any other deployment.
 */
export async function runPost(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const deploymentId = core.getState(STATE_DEPLOYMENT_ID)
  if (!deploymentId || core.getState(STATE_SETTLED) === 'true') return
  try {
    const inputs = readInputs(runContext(env), { checkRevisionPath: false })
    const url = deploymentUrl(inputs.region, deploymentId)
    if (!inputs.stopOnCancel) {
      core.warning(
        `Deployment ${deploymentId} may still be running (stop-on-cancel is false): ${url}`
      )
      return
    }
    const credentials = await resolveCredentials(inputs, {
      sts: stsFactory(inputs.region),
      getIdToken: audience => core.getIDToken(audience),
      env
    })
    const cd = codeDeployClient(inputs.region, credentials.target)
    if (!(await isActive(cd, deploymentId))) {
      core.info(`Deployment ${deploymentId} has already ended.`)
      return
    }
    await stopDeployment(
      cd,
      deploymentId,
      inputs.rollbackOnStop,
      'the main step ended before the deployment did',
      line => core.info(line)
    )
    core.warning(
      `Deployment ${deploymentId} was stopped because the job ended before it did: ${url}`
    )
  } catch (err) {
    const message = err instanceof ActionError ? err.message : String(err)
    core.setFailed(`Could not stop deployment ${deploymentId}: ${message}`)
  }
}
