/** Small helpers the scenarios share to read a run and the emulator's call log. */
import type { Annotation } from './commands.js'
import type { CallRecord, CallReport } from './emulator.js'
import type { RunResult } from './runner.js'

/** Every way the SDK can put an object in S3 (single request or multipart). */
export const UPLOAD_ACTIONS = new Set([
  'PutObject',
  'CreateMultipartUpload',
  'UploadPart',
  'CompleteMultipartUpload'
])

/** Calls that leave something behind in AWS. */
export const CREATING_ACTIONS = new Set([
  ...UPLOAD_ACTIONS,
  'RegisterApplicationRevision',
  'CreateDeployment'
])

export function errorsOf(run: RunResult): Annotation[] {
  return run.annotations.filter(a => a.level === 'error')
}

export function callsTo(
  report: CallReport,
  service: string,
  actions: Set<string> | string
): CallRecord[] {
  const wanted = typeof actions === 'string' ? new Set([actions]) : actions
  return report.calls.filter(c => c.service === service && wanted.has(c.action))
}

/** The successful calls that created something (an object, a revision, a deployment). */
export function creatingCalls(report: CallReport): CallRecord[] {
  return report.calls.filter(
    c => CREATING_ACTIONS.has(c.action) && c.status !== null && c.status < 300
  )
}
