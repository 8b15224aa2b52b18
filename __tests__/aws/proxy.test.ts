import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { HttpProxyAgent } from 'http-proxy-agent'
import { HttpsProxyAgent } from 'https-proxy-agent'
import * as http from 'node:http'
import * as https from 'node:https'
import { ProxyChooser, proxyConfigured, proxyRequestHandler } from '../../src/aws/proxy.js'
import { clearEnv, saveEnv } from '../support/actions.js'

const restoreEnv = saveEnv()
beforeEach(() =>
  clearEnv(
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'ALL_PROXY',
    'http_proxy',
    'https_proxy',
    'no_proxy',
    'all_proxy'
  )
)
afterEach(() => restoreEnv())

/** The agent the chooser hands a request for this URL to. */
function agentFor(chooser: ProxyChooser, url: string): http.Agent {
  const u = new URL(url)
  const secureEndpoint = u.protocol === 'https:'
  const req = { host: u.hostname, path: u.pathname } as http.ClientRequest
  const port = Number(u.port) || (secureEndpoint ? 443 : 80)
  return chooser.connect(req, { secureEndpoint, port, host: u.hostname } as never)
}

describe('proxyRequestHandler', () => {
  it('leaves the SDK its own handler when no proxy variable is set', () => {
    expect(proxyConfigured(process.env)).toBe(false)
    expect(proxyRequestHandler(process.env)).toBeUndefined()
    process.env.https_proxy = 'http://proxy:3128'
    expect(proxyConfigured(process.env)).toBe(true)
    expect(proxyRequestHandler(process.env)).toBeDefined()
  })
})

describe('ProxyChooser', () => {
  it('sends each URL to the proxy of its scheme, one agent per proxy, and NO_PROXY hosts direct', () => {
    Object.assign(process.env, {
      HTTPS_PROXY: 'http://secure-proxy:3128',
      HTTP_PROXY: 'http://plain-proxy:3128',
      NO_PROXY: '.internal,169.254.169.254'
    })
    const chooser = new ProxyChooser()

    const s3 = agentFor(chooser, 'https://s3.eu-west-1.amazonaws.com/bucket/key')
    expect(s3).toBeInstanceOf(HttpsProxyAgent)
    expect((s3 as HttpsProxyAgent<string>).proxy.host).toBe('secure-proxy:3128')
    expect(agentFor(chooser, 'https://codedeploy.eu-west-1.amazonaws.com/')).toBe(s3)

    const plain = agentFor(chooser, 'http://127.0.0.1:4566/')
    expect(plain).toBeInstanceOf(HttpProxyAgent)
    expect((plain as HttpProxyAgent<string>).proxy.host).toBe('plain-proxy:3128')

    const direct = agentFor(chooser, 'https://vpce.s3.internal/')
    expect(direct).toBeInstanceOf(https.Agent)
    expect(direct).not.toBeInstanceOf(HttpsProxyAgent)
    expect(agentFor(chooser, 'http://169.254.169.254/latest')).not.toBeInstanceOf(HttpProxyAgent)
  })
})
