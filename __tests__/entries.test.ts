/**
 * The two steps as the runner and GitHub's local runner (`@github/local-action`) start them:
 * action.yml names one bundle per step, each built from its own entry, and the modules those
 * entries run export `run()`, which is what the local runner calls.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { run as runMain } from '../src/main.js'
import { run as runPost } from '../src/post.js'
import { captureStdout, clearEnv, saveEnv } from './support/actions.js'

const root = join(import.meta.dirname, '..')
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  runs: { using: string; main: string; post: string }
}
const bundle = (
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>
  }
).scripts.bundle

const restore = saveEnv()
beforeEach(() => {
  clearEnv('INPUT_', 'STATE_', 'AWS_', 'GITHUB_')
  process.exitCode = undefined
})
afterEach(() => {
  jest.restoreAllMocks()
  restore()
  process.exitCode = undefined
})

describe('entries', () => {
  it('action.yml runs one bundle per step, each built from its own entry', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/main/index.js',
      post: 'dist/post/index.js'
    })
    expect(bundle).toContain('ncc build src/index.ts -o dist/main ')
    expect(bundle).toContain('ncc build src/post-index.ts -o dist/post ')
    for (const [entry, module] of [
      ['src/index.ts', './main.js'],
      ['src/post-index.ts', './post.js']
    ]) {
      const text = readFileSync(join(root, entry), 'utf8')
      expect(text).toContain(`import { run } from '${module}'`)
      expect(text).toContain('await run()')
    }
  })

  it("the main step's run() reads the inputs and fails on a missing one", async () => {
    const stdout = captureStdout()
    await runMain({ ...process.env })
    expect(process.exitCode).toBe(1)
    expect(stdout.join('')).toContain("::error::Input 'aws-region' is required")
  })

  it("the post step's run() does nothing when the main step left no deployment", async () => {
    const stdout = captureStdout()
    await runPost({ ...process.env })
    expect(process.exitCode).toBeUndefined()
    expect(stdout).toEqual([])
  })
})
