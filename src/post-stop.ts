import * as core from '@actions/core'
import { codeDeployClient, stsFactory } from './clients.js'
import { resolveCredentials } from './credentials.js'
import { ActionError } from './errors.js'
import { readInputs, runContext } from './inputs.js'
import { deploymentUrl } from './report.js'
import { isActive, stopDeployment } from './stop.js'
import { logInfo } from './untrusted.js'

/** Stops `deploymentId`, which the main step left running (see post.ts), if it still runs. */
export async function stopLeftover(deploymentId: string, env: NodeJS.ProcessEnv): Promise<void> {
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
      logInfo(`Deployment ${deploymentId} has already ended.`)
      return
    }
    await stopDeployment(
      cd,
      deploymentId,
      inputs.rollbackOnStop,
      'the main step ended before the deployment did',
      line => logInfo(line)
    )
    core.warning(
      `Deployment ${deploymentId} was stopped because the job ended before it did: ${url}`
    )
  } catch (err) {
    const message = err instanceof ActionError ? err.message : String(err)
    core.setFailed(`Could not stop deployment ${deploymentId}: ${message}`)
  }
}
