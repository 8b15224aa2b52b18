import { describe, expect, test } from '@jest/globals'
import { isMap, parseDocument } from 'yaml'
import { isAbsent, parseAppSpec, scalarText } from '../../src/appspec/yaml.js'
import { AppSpecError } from '../../src/common/errors.js'

/** The value node of `key` in a one-line YAML mapping. */
const valueOf = (yaml: string) => parseDocument(yaml).get('key', true)

describe('scalarText', () => {
  test('drops the white space around the value', () => {
    expect(scalarText(valueOf('key: " app "'))).toBe('app')
    expect(scalarText(valueOf('key: |\n  app\n'))).toBe('app')
  })

  test('takes numbers as text, and empty text or non-scalars as nothing', () => {
    expect(scalarText(valueOf('key: 8080'))).toBe('8080')
    expect(scalarText(valueOf('key: ""'))).toBeUndefined()
    expect(scalarText(valueOf('key: "  "'))).toBeUndefined()
    expect(scalarText(valueOf('key:'))).toBeUndefined()
    expect(scalarText(valueOf('key: [a]'))).toBeUndefined()
  })
})

describe('isAbsent', () => {
  test('is true for a key left out or written with nothing after it, only', () => {
    expect(isAbsent(valueOf('other: 1'))).toBe(true)
    expect(isAbsent(valueOf('key:'))).toBe(true)
    expect(isAbsent(valueOf('key: ~'))).toBe(true)
    expect(isAbsent(valueOf('key: []'))).toBe(false)
    expect(isAbsent(valueOf('key: ""'))).toBe(false)
  })
})

describe('parseAppSpec', () => {
  test('fails at the line of a node, naming the file; a byte-order mark takes no line', () => {
    const { contents, fail } = parseAppSpec('\uFEFFversion: 0.0\nos: linux\n', 'a.yml', 'YAML')
    if (!isMap(contents)) throw new Error('expected a mapping')
    expect(() => fail(contents.get('os', true), 'bad os')).toThrow(
      new AppSpecError('a.yml line 2: bad os')
    )
    expect(() => fail(undefined, 'no node')).toThrow(new AppSpecError('a.yml line 1: no node'))
  })

  test('reports a syntax error at its line, in the language it is given', () => {
    expect(() => parseAppSpec('os: linux\nos: windows\n', 'a.json', 'YAML or JSON')).toThrow(
      new AppSpecError('a.json line 2: invalid YAML or JSON: Map keys must be unique')
    )
  })
})
