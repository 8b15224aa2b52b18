/** Reading AWS SDK errors. Errors are matched by name, never by message text. */
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
