import { describe, expect, test } from '@jest/globals'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import * as undici from 'undici/index.js'
import { fetch, loadUndici, ProxyAgent } from '../../src/github/undici-on-demand.js'

// One module state for the whole file: the tests run in order, before and after loading.
describe('undici on demand', () => {
  test('refuses to build a ProxyAgent before undici is loaded, saying what to call', () => {
    expect(() => new ProxyAgent('http://127.0.0.1:3128')).toThrow(
      'undici was used before loadUndici(): call it before creating a GitHub client'
    )
  })

  test('fetch loads undici by itself and returns its response', async () => {
    const server = createServer((_, res) => res.end('pong'))
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const response = await fetch(`http://127.0.0.1:${port}/`)
      expect(response.status).toBe(200)
      expect(await response.text()).toBe('pong')
    } finally {
      await new Promise(resolve => server.close(resolve))
    }
  })

  test('once loaded, new ProxyAgent(...) is undici’s own ProxyAgent', async () => {
    await loadUndici()
    const agent = new ProxyAgent({ uri: 'http://127.0.0.1:3128' })
    expect(agent).toBeInstanceOf(undici.ProxyAgent)
    await agent.close()
  })
})
