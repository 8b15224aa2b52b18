/**
 * Reading AWS SDK errors. Errors are matched by name, never by message text, but for one thing
 * nothing else carries: which action a refusal was about, when a call needs more than its own
 * (S3 passing on KMS's refusal, CreateDeployment needing UpdateDeploymentGroup for an alarm
 * override). That is read from AWS's authorization message with strict patterns.
 */
import { oneLine } from './untrusted.js'

export function errorName(err: unknown): string {
  if (err && typeof err === 'object') {
    const e = err as { name?: unknown; Code?: unknown }
    if (typeof e.Code === 'string' && e.Code) return e.Code
    if (typeof e.name === 'string') return e.name
  }
  return 'Error'
}

export function httpStatus(err: unknown): number | undefined {
  const meta = (err as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata
  return meta?.httpStatusCode
}

/** "Name: message" on one line, for logs; without a final period, so callers can add theirs. */
export function errorText(err: unknown): string {
  const name = oneLine(errorName(err))
  const raw = err instanceof Error ? err.message : String(err)
  const message = oneLine(raw.replace(/\s+/g, ' ').trim().replace(/\.+$/, ''))
  if (!message || message === name || message === 'UnknownError') {
    const status = httpStatus(err)
    return status ? `${name} (HTTP ${status})` : name
  }
  return name === 'Error' ? message : `${name}: ${message}`
}

const ACCESS_DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'Forbidden', '403'])

export function isAccessDenied(err: unknown): boolean {
  return ACCESS_DENIED.has(errorName(err)) || httpStatus(err) === 403
}

export function isNotFound(err: unknown): boolean {
  const name = errorName(err)
  return name === 'NotFound' || name === 'NoSuchKey' || name === '404' || httpStatus(err) === 404
}

/** Throttling, server faults and dropped connections are worth another poll; the rest is not. */
export function isTransient(err: unknown): boolean {
  const name = errorName(err)
  const status = httpStatus(err)
  if (status !== undefined && (status >= 500 || status === 429)) return true
  if (/Throttl|TooManyRequests|RequestLimitExceeded|TimeoutError|RequestTimeout/.test(name)) {
    return true
  }
  const code = (err as { code?: string } | undefined)?.code
  return ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN'].includes(code ?? '')
}

/** A refusal of a KMS key that S3 passed on: the action, the key, and which policy said no. */
export interface KmsRefusal {
  action: string
  keyArn: string
  /** The identity's own policy, the key policy, or unknown (an explicit deny, an older message). */
  side?: 'identity' | 'resource'
}

const KMS_REFUSAL =
  /not authorized to perform: (kms:[A-Za-z]+) on resource: (arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+)(?: because no (identity|resource)-based policy allows)?/

export function kmsRefusal(err: unknown): KmsRefusal | undefined {
  if (!isAccessDenied(err)) return undefined
  const match = KMS_REFUSAL.exec(err instanceof Error ? err.message : String(err))
  if (!match) return undefined
  const side = match[3] as KmsRefusal['side']
  return { action: match[1], keyArn: match[2], ...(side ? { side } : {}) }
}

const DENIED_ACTION = /not authorized to perform: ([a-z0-9-]+:[A-Za-z0-9]+) on resource/

/** The IAM action an AccessDenied names in AWS's authorization message, when it names one. */
export function deniedAction(err: unknown): string | undefined {
  if (!isAccessDenied(err)) return undefined
  return DENIED_ACTION.exec(err instanceof Error ? err.message : String(err))?.[1]
}
