import { InputError } from '../common/errors.js'
import { bad, input, optional, parseEnum } from './values.js'

/** wait-until: the end of the deployment, or a blue/green deployment's Ready (a test gate). */
export type WaitUntil = 'completed' | 'ready'

/** What a later step decides about a deployment that waits at Ready. */
export interface Gate {
  action: 'continue' | 'stop'
  deploymentId: string
}

/** CodeDeploy's deployment IDs: d- and nine letters or digits. */
const DEPLOYMENT_ID = /^d-[A-Z0-9]{9}$/

export function readWaitUntil(): WaitUntil {
  return parseEnum('wait-until', input('wait-until'), ['completed', 'ready'] as const)
}

/** continue-deployment or stop-deployment, at most one; undefined when neither is set. */
export function readGate(): Gate | undefined {
  const continued = optional('continue-deployment')
  const stopped = optional('stop-deployment')
  if (continued && stopped) {
    throw new InputError(
      "Inputs 'continue-deployment' and 'stop-deployment' are both set: a step either continues the deployment waiting at Ready or stops it; set one."
    )
  }
  const name = continued ? 'continue-deployment' : 'stop-deployment'
  const id = continued ?? stopped
  if (id === undefined) return undefined
  if (!DEPLOYMENT_ID.test(id)) {
    throw bad(
      name,
      id,
      'a deployment ID such as d-A1B2C3D4E (the deployment-id output of the step that stopped at Ready)'
    )
  }
  for (const other of ['upload-only', 'dry-run', 'revision-location'] as const) {
    if (input(other) && input(other) !== 'false') {
      throw new InputError(
        `Input '${name}' decides about a deployment that exists; it cannot be combined with '${other}', which makes a new one: remove one of them.`
      )
    }
  }
  return { action: continued ? 'continue' : 'stop', deploymentId: id }
}
