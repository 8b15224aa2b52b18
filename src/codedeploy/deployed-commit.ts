import { GetDeploymentCommand, type CodeDeployClient } from '@aws-sdk/client-codedeploy'
import { readRunToken } from '../common/run-token.js'

/** The commit a deployment put on its group, when this action recorded it. */
export type DeployedCommit =
  | { known: true; deploymentId: string; repository: string; commit: string }
  | { known: false; deploymentId: string; why: string }

/**
 * Reads which commit a deployment deployed, from the run token this action ends its description
 * with. Throws when the deployment cannot be read.
 */
export async function deployedCommit(
  cd: CodeDeployClient,
  deploymentId: string
): Promise<DeployedCommit> {
  const out = await cd.send(new GetDeploymentCommand({ deploymentId }))
  const info = out.deploymentInfo
  const run = readRunToken(info?.description)
  if (!run) {
    const why = info?.rollbackInfo?.rollbackTriggeringDeploymentId
      ? "it is CodeDeploy's rollback of another deployment"
      : 'its description ends with no run token of this action'
    return { known: false, deploymentId, why }
  }
  if (!run.commit) {
    return { known: false, deploymentId, why: 'its run token records no commit' }
  }
  return { known: true, deploymentId, repository: run.repository, commit: run.commit }
}
