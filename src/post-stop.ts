import * as core from '@actions/core'
import { codeDeployClient, stsFactory } from './aws/clients.js'
import { resolveCredentials } from './aws/credentials/resolve.js'
import { errorName } from './common/aws-errors.js'
import { ActionError } from './common/errors.js'
import { readInputs } from './inputs/inputs.js'
import { useProxyInput } from './inputs/proxy.js'
import { runContext } from './inputs/context.js'
import { deploymentUrl } from './codedeploy/status.js'
import { STATE_STOP_ON_TIMEOUT } from './common/state.js'
import { isActive, stopDeployment } from './codedeploy/stop.js'
import type { Log } from './common/log.js'

/** Stops `deploymentId`, which the main step left running (see post.ts), if it still runs. */
export async function stopLeftover(
  deploymentId: string,
  env: NodeJS.ProcessEnv,
  log: Log
): Promise<void> {
  try {
    const inputs = readInputs(runContext(env), { checkRevisionPath: false })
    useProxyInput(inputs.httpProxy, env)
    const url = deploymentUrl(inputs.region, deploymentId)
    const afterTimeout = core.getState(STATE_STOP_ON_TIMEOUT) === 'true'
    if (!afterTimeout && !inputs.stopOnCancel) {
      log.warning(
        `Deployment ${deploymentId} may still be running (stop-on-cancel is false): ${url}`
      )
      return
    }
    const credentials = await resolveCredentials(inputs, {
      sts: stsFactory(inputs.region, inputs.retryMaxAttempts),
      getIdToken: audience => core.getIDToken(audience),
      env,
      log
    })
    const cd = codeDeployClient(inputs.region, credentials.target, inputs.retryMaxAttempts)
    // When the state cannot be read (sustained throttling), StopDeployment tells: it refuses a
    // deployment that has ended.
    if (!(await isActive(cd, deploymentId).catch(() => true))) {
      log.info(`Deployment ${deploymentId} has already ended.`)
      return
    }
    const [why, because] = afterTimeout
      ? [
          'stop-on-timeout, and the main step could not see it end',
          'the main step could not see it end'
        ]
      : ['the main step ended before the deployment did', 'the job ended before it did']
    try {
      await stopDeployment(cd, deploymentId, inputs.rollbackOnStop, why, log)
    } catch (err) {
      if (errorName((err as ActionError).cause) !== 'DeploymentAlreadyCompletedException') throw err
      log.info(`Deployment ${deploymentId} has already ended.`)
      return
    }
    log.warning(`Deployment ${deploymentId} was stopped because ${because}: ${url}`)
  } catch (err) {
    const message = err instanceof ActionError ? err.message : String(err)
    core.setFailed(`Could not stop deployment ${deploymentId}: ${message}`)
  }
}
