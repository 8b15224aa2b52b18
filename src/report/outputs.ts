import * as core from '@actions/core'
import type { Outcome } from '../common/outcome.js'
import { deploymentUrl } from '../codedeploy/status.js'

/** Outputs are set as soon as they are known, so a later failure still leaves them for gating. */
export function setOutputs(o: Outcome): void {
  const counts = o.info?.deploymentOverview
  const outputs: [string, string | undefined][] = [
    ['target-account-id', o.targetAccountId],
    ['revision-location', o.revisionLocation],
    ['revision-etag', o.revisionEtag],
    ['revision-sha256', o.revisionSha256],
    ['task-definition-arn', o.taskDefinitionArn],
    ['deployment-id', o.deploymentId],
    ['deployment-url', o.deploymentId && deploymentUrl(o.region, o.deploymentId)],
    ['deployment-status', o.status],
    ['instances-succeeded', counts && String(counts.Succeeded ?? 0)],
    ['instances-failed', counts && String(counts.Failed ?? 0)],
    ['diagnostics-file', o.diagnosticsFile]
  ]
  for (const [name, value] of outputs) {
    if (value !== undefined && value !== '') core.setOutput(name, value)
  }
}

/**
 * error-code and error-message let a later job branch on why a deploy failed: CodeDeploy's own
 * code when the deployment failed, else the kind of error the action met.
 */
export function setErrorOutputs(o: Outcome | undefined, err: unknown): void {
  const info = o?.info?.errorInformation
  const code = info?.code ?? (err instanceof Error ? err.name : 'Error')
  const message = info?.message ?? (err instanceof Error ? err.message : String(err))
  core.setOutput('error-code', code)
  core.setOutput('error-message', message)
}
