import { Agent, type AgentConnectOpts } from 'agent-base'
import { HttpProxyAgent } from 'http-proxy-agent'
import { HttpsProxyAgent } from 'https-proxy-agent'
import * as http from 'node:http'
import * as https from 'node:https'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import { getProxyForUrl } from 'proxy-from-env'

/** The variables self-hosted runners set, in either case, as curl and @actions/http-client read them. */
const PROXY_VARIABLES = ['https_proxy', 'http_proxy', 'all_proxy']

export function proxyConfigured(env: NodeJS.ProcessEnv): boolean {
  return PROXY_VARIABLES.some(name => env[name] || env[name.toUpperCase()])
}

/**
 * Chooses, for each connection, the proxy that HTTPS_PROXY / HTTP_PROXY / NO_PROXY give its URL
 * (read when the connection is made), or none. The proxy agents are kept per proxy, so their
 * connections are reused as the SDK's own agents would be.
 */
export class ProxyChooser extends Agent {
  private readonly proxied = new Map<string, http.Agent>()
  private readonly direct = {
    http: new http.Agent({ keepAlive: true }),
    https: new https.Agent({ keepAlive: true })
  }

  connect(req: http.ClientRequest, options: AgentConnectOpts): http.Agent {
    const scheme = options.secureEndpoint ? 'https' : 'http'
    const proxy = getProxyForUrl(`${scheme}://${req.host}:${options.port}${req.path}`)
    if (!proxy) return this.direct[scheme]
    const key = `${scheme} ${proxy}`
    let agent = this.proxied.get(key)
    if (!agent) {
      agent = options.secureEndpoint
        ? new HttpsProxyAgent(proxy, { keepAlive: true })
        : new HttpProxyAgent(proxy, { keepAlive: true })
      this.proxied.set(key, agent)
    }
    return agent
  }
}

/**
 * The SDK's request handler for a runner behind a proxy; undefined when no proxy is set, so the
 * SDK keeps its own. The SDK does not read the proxy variables itself.
 */
export function proxyRequestHandler(env: NodeJS.ProcessEnv): NodeHttpHandler | undefined {
  if (!proxyConfigured(env)) return undefined
  const agent = new ProxyChooser()
  return new NodeHttpHandler({ httpAgent: agent, httpsAgent: agent })
}
