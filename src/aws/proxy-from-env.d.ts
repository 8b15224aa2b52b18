/** proxy-from-env ships no types: the one function this action uses. */
declare module 'proxy-from-env' {
  /** The proxy HTTPS_PROXY / HTTP_PROXY / ALL_PROXY / NO_PROXY give `url`, or '' for none. */
  export function getProxyForUrl(url: string | URL): string
}
