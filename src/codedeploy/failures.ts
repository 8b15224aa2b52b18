import { explainDownload, type DownloadContext } from '../advice/explain/download.js'
import type { TargetFailure, TargetReport } from '../common/outcome.js'

/**
 * The agent downloads the revision with the instance profile, not with the action's
 * credentials: a failed DownloadBundle is nearly always that role, the bucket policy or the key.
 */
const DOWNLOAD_HINT =
  ' (DownloadBundle: the instance profile role of the instances must allow s3:GetObject and s3:GetObjectVersion on the revision, statement InstancesReadRevisions; a bucket in another account must allow them to that role in its bucket policy, statement ProductionInstancesRead; a KMS-encrypted bucket needs kms:Decrypt too)'

/**
 * A failed target's first failed lifecycle event, with its diagnostics; undefined for others.
 * `download` (where the revision is) makes a DownloadBundle failure name the statements to add.
 */
export function failureOf(
  target: TargetReport,
  download?: DownloadContext
): TargetFailure | undefined {
  if (target.status !== 'Failed') return undefined
  const event = target.events.find(e => e.status === 'Failed')
  const lifecycleEvent = event?.name ?? ''
  const message = event?.message ?? ''
  return {
    targetId: target.targetId,
    lifecycleEvent,
    errorCode: event?.errorCode ?? '',
    scriptName: event?.scriptName ?? '',
    message:
      lifecycleEvent === 'DownloadBundle'
        ? `${message}${download ? explainDownload(download) : DOWNLOAD_HINT}`
        : message,
    logTail: event?.logTail ?? ''
  }
}

export function failuresOf(
  targets: readonly TargetReport[],
  download?: DownloadContext
): TargetFailure[] {
  return targets.flatMap(t => failureOf(t, download) ?? [])
}
