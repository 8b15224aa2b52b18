/** What the built action loads at start: every step pays for it, main and post. */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { actionRoot } from './harness/paths.js'

describe('built action', () => {
  it.each(['main', 'post'])(
    'keeps undici (HTTP client for GitHub’s API, ~0.9 MB) out of the %s entry file',
    step => {
      const dist = join(actionRoot, 'dist', step)
      const chunks = readdirSync(dist).filter(name => name.endsWith('.js'))
      // llhttp is undici's HTTP parser: only undici carries it.
      const withUndici = chunks.filter(name =>
        readFileSync(join(dist, name), 'utf8').includes('llhttp')
      )
      expect(withUndici).toHaveLength(1)
      expect(withUndici[0]).not.toBe('index.js')
      expect(readFileSync(join(dist, 'index.js'), 'utf8')).toContain('undici-on-demand')
    }
  )
})
