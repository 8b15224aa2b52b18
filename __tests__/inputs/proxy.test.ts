import { afterEach, describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/common/errors.js'
import { parseProxyUrl, useProxyInput } from '../../src/inputs/proxy.js'
import { captureStdout, saveEnv } from '../support/actions.js'

const restoreEnv = saveEnv()
afterEach(() => restoreEnv())

describe('parseProxyUrl', () => {
  it('takes http and https proxy URLs, and masks a password', () => {
    const stdout = captureStdout()
    expect(parseProxyUrl(' http://proxy.internal:3128 ')).toBe('http://proxy.internal:3128')
    expect(parseProxyUrl('https://deploy:p%40ss@proxy.internal')).toBe(
      'https://deploy:p%40ss@proxy.internal'
    )
    expect(parseProxyUrl('')).toBeUndefined()
    expect(stdout.join('')).toContain('::add-mask::p@ss')
  })

  it.each([
    ['socks5://proxy:1080', 'socks5://proxy:1080'],
    ['proxy.internal:3128', 'proxy.internal:3128'],
    ['http://user:secret@', 'http://***@']
  ])('refuses %s, showing no password', (value, shown) => {
    expect(() => parseProxyUrl(value)).toThrow(
      new InputError(
        `Input 'http-proxy' is ${shown}, not a proxy URL: expected http://host:port or ` +
          'https://host:port, with user:password@ if the proxy asks.'
      )
    )
  })
})

describe('useProxyInput', () => {
  it('makes http-proxy the proxy variables of this process, over the runner’s', () => {
    const env: NodeJS.ProcessEnv = { HTTPS_PROXY: 'http://runner:3128', NO_PROXY: '.internal' }
    useProxyInput('http://input:8080', env)
    expect(env).toEqual({
      HTTPS_PROXY: 'http://input:8080',
      https_proxy: 'http://input:8080',
      HTTP_PROXY: 'http://input:8080',
      http_proxy: 'http://input:8080',
      NO_PROXY: '.internal'
    })
  })

  it('leaves the variables alone without http-proxy', () => {
    const env: NodeJS.ProcessEnv = { HTTPS_PROXY: 'http://runner:3128' }
    useProxyInput(undefined, env)
    expect(env).toEqual({ HTTPS_PROXY: 'http://runner:3128' })
  })
})
