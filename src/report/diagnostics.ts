import { writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import type { Outcome } from '../common/outcome.js'
import { groupFailures } from './groups.js'

/** Bumped when a field changes meaning or goes away, so a reader can tell. */
const FORMAT_VERSION = 1

/** The diagnostics file's content: the deployment, its causes of failure, and every target. */
export function diagnostics(o: Outcome): object {
  return {
    formatVersion: FORMAT_VERSION,
    deploymentId: o.deploymentId,
    application: o.application,
    deploymentGroup: o.deploymentGroup,
    region: o.region,
    accountId: o.targetAccountId,
    status: o.status,
    overview: o.info?.deploymentOverview,
    errorInformation: o.info?.errorInformation,
    failureGroups: groupFailures(o.failures),
    targetsLeftOut: o.targetsLeftOut ?? 0,
    // Times as ISO strings: epoch milliseconds are easy to misread as seconds.
    targets: (o.targets ?? []).map(t => ({
      ...t,
      events: t.events.map(({ start, end, ...e }) => ({
        ...e,
        startTime: start === undefined ? undefined : new Date(start).toISOString(),
        endTime: end === undefined ? undefined : new Date(end).toISOString()
      }))
    }))
  }
}

/**
 * Writes the diagnostics of the deployment as JSON under the runner's temporary directory, which
 * the runner empties after the job; a later step can upload it as an artifact. Returns its path.
 */
export async function writeDiagnostics(
  o: Outcome,
  dir = process.env.RUNNER_TEMP || os.tmpdir()
): Promise<string> {
  const name = `codedeploy-${(o.deploymentId ?? 'deployment').replace(/[^A-Za-z0-9-]/g, '_')}-diagnostics.json`
  const file = path.join(dir, name)
  await writeFile(file, `${JSON.stringify(diagnostics(o), null, 1)}\n`)
  return file
}
