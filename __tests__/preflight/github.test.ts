import { describe, expect, it } from '@jest/globals'
import { runPreflight } from '../../src/preflight/preflight.js'
import { setInputs } from '../support/actions.js'
import { inputs, line, useCorrectSetup } from './harness.js'

useCorrectSetup()

describe('runPreflight: GitHub deployment', () => {
  it('fails when a GitHub environment is named without a token', async () => {
    setInputs({ 'github-environment': 'production', 'github-token': '' })

    expect(await runPreflight(inputs(), process.env)).toBe(false)
    expect(line('GitHub deployment')).toContain('github-token is empty')
  })
})
