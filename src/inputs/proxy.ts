import * as core from '@actions/core'
import { InputError } from '../common/errors.js'
import { shown } from '../common/untrusted.js'

/** http-proxy: an http:// or https:// URL, its password (if any) masked in the log. */
export function parseProxyUrl(text: string): string | undefined {
  const value = text.trim()
  if (!value) return undefined
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || !url.hostname) {
    throw new InputError(
      `Input 'http-proxy' is ${shown(value.replace(/\/\/[^@/]*@/, '//***@'))}, not a proxy URL: ` +
        `expected http://host:port or https://host:port, with user:password@ if the proxy asks.`
    )
  }
  if (url.password) core.setSecret(decodeURIComponent(url.password))
  return value
}

/**
 * http-proxy wins over the variables: it becomes them, for this process only, so the AWS SDK,
 * the GitHub OIDC token request and the GitHub API (both read the variables) all use it.
 * NO_PROXY still applies.
 */
export function useProxyInput(proxy: string | undefined, env: NodeJS.ProcessEnv): void {
  if (!proxy) return
  for (const name of ['https_proxy', 'http_proxy']) {
    env[name] = proxy
    env[name.toUpperCase()] = proxy
  }
}
