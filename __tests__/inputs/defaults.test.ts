import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { DEFAULTS, INPUT_NAMES } from '../../src/inputs/defaults.js'

interface ActionYml {
  inputs: Record<string, { default?: unknown }>
}

const action = parse(
  readFileSync(join(import.meta.dirname, '../../action.yml'), 'utf8')
) as ActionYml

describe('DEFAULTS', () => {
  it('holds every default of action.yml that is not an expression, and nothing else', () => {
    const declared = Object.fromEntries(
      Object.entries(action.inputs)
        .filter(([, i]) => i.default !== undefined && i.default !== '')
        .filter(([, i]) => !String(i.default).includes('${{'))
        .map(([name, i]) => [name, String(i.default)])
    )
    expect(DEFAULTS).toEqual(declared)
  })

  it('names every input of action.yml, and only those', () => {
    expect([...INPUT_NAMES].sort()).toEqual(Object.keys(action.inputs).sort())
  })
})
