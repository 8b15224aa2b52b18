/**
 * continue-deployment and stop-deployment: a later step's decision about a blue/green deployment
 * that waits at Ready (wait-until: ready) while a workflow tests its replacement. Nothing is
 * bundled or uploaded.
 */
import { continueDeployment, deploymentAtGate } from './codedeploy/gate.js'
import { deploymentUrl } from './codedeploy/status.js'
import { stopDeployment } from './codedeploy/stop.js'
import { waitForDeployment } from './codedeploy/wait.js'
import { StoppedAtGateError } from './common/errors.js'
import { oneLine, shown } from './common/untrusted.js'
import type { Log } from './common/log.js'
import type { Progress } from './sign-in.js'
import type { Gate } from './inputs/gate.js'
import type { ActionInputs } from './inputs/inputs.js'
import { setOutputs } from './report/outputs.js'
import { signIn } from './sign-in.js'
import { superviseDeployment } from './supervise.js'

export async function decideGate(
  gate: Gate,
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  progress: Progress,
  log: Log
): Promise<void> {
  const { cd, outcome } = await signIn(inputs, env, progress, log)
  const id = gate.deploymentId
  const input = gate.action === 'continue' ? 'continue-deployment' : 'stop-deployment'
  const info = await deploymentAtGate(cd, {
    deploymentId: id,
    application: inputs.application,
    deploymentGroup: inputs.deploymentGroup,
    input
  })
  outcome.deploymentId = id
  outcome.info = info
  outcome.status = info.status
  setOutputs(outcome)
  if (gate.action === 'continue') {
    await continueDeployment(cd, id)
    log.info(`Rerouting traffic to the replacement of deployment ${id} (continue-deployment).`)
    await superviseDeployment(cd, id, { ...inputs, waitUntil: 'completed' }, outcome, { log })
    return
  }
  await stopDeployment(cd, id, inputs.rollbackOnStop, 'stop-deployment', log)
  const ended = await waitForDeployment(cd, id, {
    timeoutMs: inputs.waitTimeoutSeconds * 1000,
    pollIntervalMs: inputs.pollIntervalSeconds * 1000,
    log
  })
  outcome.info = ended.info
  outcome.status = ended.info.status
  setOutputs(outcome)
  const rollback = ended.info.rollbackInfo?.rollbackDeploymentId
  const status = oneLine(ended.info.status ?? 'stopping')
  throw new StoppedAtGateError(
    `Deployment ${id} was stopped at Ready (stop-deployment) and is ${status}` +
      `${rollback ? `; CodeDeploy rolls back with deployment ${shown(rollback)}` : ''}: ${deploymentUrl(inputs.region, id)}`
  )
}
