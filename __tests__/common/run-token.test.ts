import { describe, expect, it } from '@jest/globals'
import { carriesRunToken, runToken, withRunToken } from '../../src/common/run-token.js'

const CTX = { repository: 'octo/shop', runId: '42', runAttempt: '3' }
const TOKEN = '[gha-run:octo/shop:42:3:0123456789ab]'

describe('runToken', () => {
  it('names the repository, the run, the attempt and the nonce', () => {
    expect(runToken(CTX, '0123456789ab')).toBe(TOKEN)
  })

  it('draws a random 12-digit hex nonce for each token', () => {
    const tokens = Array.from({ length: 20 }, () => runToken(CTX))
    for (const token of tokens) {
      expect(token).toMatch(/^\[gha-run:octo\/shop:42:3:[0-9a-f]{12}\]$/)
    }
    expect(new Set(tokens).size).toBe(tokens.length)
  })

  it('stands in for what a local run does not know', () => {
    expect(runToken({ repository: '', runId: '', runAttempt: '' }, 'ff')).toBe(
      '[gha-run:local:local:1:ff]'
    )
  })
})

describe('withRunToken', () => {
  it('appends the token to the description after a space', () => {
    expect(withRunToken('Deployed by GitHub Actions from octo/shop', TOKEN)).toBe(
      `Deployed by GitHub Actions from octo/shop ${TOKEN}`
    )
  })
})

describe('carriesRunToken', () => {
  it('is true for a description that ends with the token', () => {
    expect(carriesRunToken(withRunToken('release 7', TOKEN), TOKEN)).toBe(true)
    expect(carriesRunToken(TOKEN, TOKEN)).toBe(true)
  })

  it.each([
    ['no description', undefined],
    ['an empty description', ''],
    ['a description without a token', 'release 7'],
    ['another nonce', 'release 7 [gha-run:octo/shop:42:3:ba9876543210]'],
    ['another attempt of the run', 'release 7 [gha-run:octo/shop:42:2:0123456789ab]'],
    ['another run', 'release 7 [gha-run:octo/shop:41:3:0123456789ab]'],
    ['another repository', 'release 7 [gha-run:octo/shop2:42:3:0123456789ab]'],
    ['the token quoted inside the text', `copy of ${TOKEN} by hand`],
    ['the token cut short', 'release 7 [gha-run:octo/shop:42:3:0123456789a']
  ])('is false for %s', (_, description) => {
    expect(carriesRunToken(description, TOKEN)).toBe(false)
  })
})
