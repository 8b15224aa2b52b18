import { describe, expect, it } from '@jest/globals'
import {
  carriesRunToken,
  readRunToken,
  runToken,
  withRunToken
} from '../../src/common/run-token.js'

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const CTX = { repository: 'octo/shop', runId: '42', runAttempt: '3', sha: SHA }
const TOKEN = `[gha-run:octo/shop:42:3:0123456789ab:${SHA}]`

describe('runToken', () => {
  it('names the repository, the run, the attempt, the nonce and the commit', () => {
    expect(runToken(CTX, '0123456789ab')).toBe(TOKEN)
  })

  it('draws a random 12-digit hex nonce for each token', () => {
    const tokens = Array.from({ length: 20 }, () => runToken(CTX))
    for (const token of tokens) {
      expect(token).toMatch(/^\[gha-run:octo\/shop:42:3:[0-9a-f]{12}:[0-9a-f]{40}\]$/)
    }
    expect(new Set(tokens).size).toBe(tokens.length)
  })

  it('stands in for what a local run does not know', () => {
    expect(runToken({ repository: '', runId: '', runAttempt: '', sha: '' }, 'ff')).toBe(
      '[gha-run:local:local:1:ff:unknown]'
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
    ['another nonce', `release 7 [gha-run:octo/shop:42:3:ba9876543210:${SHA}]`],
    ['another attempt of the run', `release 7 [gha-run:octo/shop:42:2:0123456789ab:${SHA}]`],
    ['another run', `release 7 [gha-run:octo/shop:41:3:0123456789ab:${SHA}]`],
    ['another repository', `release 7 [gha-run:octo/shop2:42:3:0123456789ab:${SHA}]`],
    ['the token quoted inside the text', `copy of ${TOKEN} by hand`],
    ['the token cut short', `release 7 [gha-run:octo/shop:42:3:0123456789ab:${SHA}`]
  ])('is false for %s', (_, description) => {
    expect(carriesRunToken(description, TOKEN)).toBe(false)
  })
})

describe('readRunToken', () => {
  it('reads back the repository, the run and the commit of a token this action wrote', () => {
    expect(readRunToken(withRunToken('release 7', runToken(CTX)))).toEqual({
      repository: 'octo/shop',
      runId: '42',
      runAttempt: '3',
      commit: SHA
    })
  })

  it('has no commit for a local run, or for a token of a version before it had one', () => {
    const local = runToken({ repository: 'octo/shop', runId: '', runAttempt: '1', sha: '' })
    expect(readRunToken(local)).toEqual({
      repository: 'octo/shop',
      runId: 'local',
      runAttempt: '1'
    })
    expect(readRunToken('x [gha-run:octo/shop:42:1:0123456789ab]')).toEqual({
      repository: 'octo/shop',
      runId: '42',
      runAttempt: '1'
    })
  })

  it.each([
    ['no description', undefined],
    ['a description a person wrote', 'hotfix for the outage'],
    ['a token that is not at the end', `${TOKEN} and more`],
    ['a commit that is not hex', '[gha-run:octo/shop:42:3:0123456789ab:zzzz]'],
    ['a short commit', '[gha-run:octo/shop:42:3:0123456789ab:a1b2c3d]'],
    ['markup in the repository', '[gha-run:<b>/shop:42:3:0123456789ab:unknown]']
  ])('reads nothing from %s', (_, description) => {
    expect(readRunToken(description)).toBeUndefined()
  })
})
