/**
 * A runner behind a proxy: with HTTP_PROXY (or http-proxy) set, every AWS request of the run goes
 * through the proxy, and none when NO_PROXY covers the endpoint.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { errorsOf } from './harness/checks.js'
import { crossAccountInputs } from './harness/inputs.js'
import { startProxy, type ProxyServer } from './harness/proxy.js'
import { setupSuite } from './harness/suite.js'

const suite = setupSuite()
let proxy: ProxyServer

beforeAll(async () => {
  proxy = await startProxy()
})

afterAll(async () => {
  await proxy.stop()
})

/** The AWS calls of the run, as the emulator saw them, and the requests the proxy forwarded. */
async function traffic(): Promise<{ calls: number; proxied: number }> {
  const endpoint = new URL(suite.emulator.url).host
  const { calls } = await suite.emulator.calls()
  return { calls: calls.length, proxied: proxy.seen.filter(host => host === endpoint).length }
}

describe('behind a proxy', () => {
  it.each([
    ['HTTP_PROXY', (url: string) => ({ env: { HTTP_PROXY: url }, with: {} })],
    ['the http-proxy input', (url: string) => ({ env: {}, with: { 'http-proxy': url } })]
  ])('sends every AWS request through the proxy set by %s', async (_, settings) => {
    const { landscape, emulator } = suite
    await emulator.clearCalls()
    proxy.seen.length = 0
    const { env, with: extra } = settings(proxy.url)

    const run = await suite.run({ env, with: crossAccountInputs(landscape, extra) })

    expect(errorsOf(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    const { calls, proxied } = await traffic()
    expect(calls).toBeGreaterThan(10)
    expect(proxied).toBe(calls)
  })

  it('goes direct when NO_PROXY covers the endpoint', async () => {
    const { landscape, emulator } = suite
    await emulator.clearCalls()
    proxy.seen.length = 0

    const run = await suite.run({
      env: { HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' },
      with: crossAccountInputs(landscape)
    })

    expect(run.exitCode).toBe(0)
    const { calls, proxied } = await traffic()
    expect(calls).toBeGreaterThan(10)
    expect(proxied).toBe(0)
  })

  it('refuses an http-proxy that is not a proxy URL, masking its password', async () => {
    const run = await suite.run({
      with: crossAccountInputs(suite.landscape, { 'http-proxy': 'ftp://user:s3cret@proxy:21' })
    })

    expect(run.exitCode).toBe(1)
    expect(errorsOf(run).map(e => e.message)).toEqual([
      "Input 'http-proxy' is ftp://***@proxy:21, not a proxy URL: expected http://host:port or https://host:port, with user:password@ if the proxy asks."
    ])
    expect(run.stdout).not.toContain('s3cret')
  })
})
