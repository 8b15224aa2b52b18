/** What the built action loads at start: every step pays for it, main and post. */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { actionRoot } from './harness/paths.js'

const dist = join(actionRoot, 'dist')
const chunks = readdirSync(dist).filter(name => name.endsWith('.js'))
const holding = (text: string) =>
  chunks.filter(name => readFileSync(join(dist, name), 'utf8').includes(text))

describe('built action', () => {
  it('keeps undici (HTTP client for GitHub’s API, ~0.9 MB) out of the entry file', () => {
    // llhttp is undici's HTTP parser: only undici carries it.
    const withUndici = holding('llhttp')
    expect(withUndici).toHaveLength(1)
    expect(withUndici[0]).not.toBe('index.js')
    expect(readFileSync(join(dist, 'index.js'), 'utf8')).toContain('undici-on-demand')
  })
})
