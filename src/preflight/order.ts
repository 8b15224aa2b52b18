import type { GroupFacts } from '../codedeploy/deployment.js'
import { revisionOrder, type OrderVerdict } from '../guard/older-revision.js'
import type { ActionInputs } from '../inputs/inputs.js'
import type { Checklist, CheckStatus } from './checklist.js'
import type { Identity } from './credentials.js'
import type { PreflightDeps } from './deps.js'

const TITLE = 'Commit order (older-revision)'

/**
 * What the deployment's older-revision check would say, without deploying. `group` is what the
 * group check read; undefined when it could not.
 */
export async function checkCommitOrder(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  group: GroupFacts | undefined,
  target: Identity | undefined,
  deps: PreflightDeps,
  list: Checklist
): Promise<void> {
  if (inputs.uploadOnly) {
    list.add(TITLE, 'skipped', 'upload-only: no deployment is created')
    return
  }
  if (!target) {
    list.add(TITLE, 'skipped', 'needs the target credentials')
    return
  }
  const cd = deps.codeDeploy(target.credentials)
  const verdict = await revisionOrder(
    cd,
    {
      policy: inputs.olderRevision,
      deploymentGroup: inputs.deploymentGroup,
      group,
      repository: env.GITHUB_REPOSITORY ?? '',
      commit: env.GITHUB_SHA ?? '',
      github: { token: inputs.githubToken, apiUrl: env.GITHUB_API_URL ?? '' }
    },
    deps.compare
  )
  list.add(TITLE, statusOf(verdict, inputs), verdict.message)
}

function statusOf(verdict: OrderVerdict, inputs: ActionInputs): CheckStatus {
  switch (verdict.order) {
    case 'behind':
      return inputs.olderRevision === 'fail' ? 'failed' : 'warning'
    case 'diverged':
      return 'warning'
    case 'same':
    case 'ahead':
      return 'passed'
    default:
      return 'skipped'
  }
}
