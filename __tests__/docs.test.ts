import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import * as path from 'node:path'
import { EXPLAINED_ERRORS } from '../src/advice/explain.js'
import { allActions, requirementsFor, type Setup } from '../src/advice/permissions.js'

const root = process.cwd()
const docsDir = path.join(root, 'docs')
const docs = readdirSync(docsDir)
  .filter(name => name.endsWith('.md'))
  .map(name => ({ name, text: readFileSync(path.join(docsDir, name), 'utf8') }))

function jsonBlocks(text: string): string[] {
  return [...text.matchAll(/```json\n([\s\S]*?)```/g)].map(m => m[1])
}

interface Statement {
  Action?: string | string[]
}

/** Every action named in a policy document of the docs, by file. */
function policyActions(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>()
  for (const doc of docs) {
    for (const block of jsonBlocks(doc.text)) {
      const parsed = JSON.parse(block) as { Statement?: Statement[] }
      for (const statement of parsed.Statement ?? []) {
        for (const action of [statement.Action ?? []].flat()) {
          if (!found.has(action)) found.set(action, new Set())
          found.get(action)?.add(doc.name)
        }
      }
    }
  }
  return found
}

const BASE: Setup = {
  source: 'oidc-role',
  crossAccount: true,
  upload: 'target',
  bucketAccount: 'target',
  kms: false,
  wait: true,
  stop: true,
  sessionTags: false,
  revision: 'bundle',
  uploadOnly: false
}

describe('docs', () => {
  it('has the setup guide, the workflows and the troubleshooting guide', () => {
    expect(docs.map(d => d.name)).toEqual(
      expect.arrayContaining(['setup.md', 'workflows.md', 'troubleshooting.md'])
    )
  })

  it('has only JSON blocks that parse', () => {
    const blocks = docs.flatMap(d => jsonBlocks(d.text).map(block => ({ name: d.name, block })))
    expect(blocks.length).toBeGreaterThan(10)
    for (const { name, block } of blocks) {
      expect(() => JSON.parse(block)).not.toThrow()
      expect(`${name}: ${block.trim().slice(0, 1)}`).toBe(`${name}: {`)
    }
  })

  it('names only actions the action itself lists in its policies', () => {
    const known = new Set([...allActions(), 'kms:*'])
    const unknown = [...policyActions().keys()].filter(a => !known.has(a))
    expect(unknown).toEqual([])
  })

  it('shows every required and recommended action of both bucket placements', () => {
    const named = policyActions()
    const placements: Setup[] = [
      BASE,
      { ...BASE, upload: 'source', bucketAccount: 'source' },
      { ...BASE, bucketAccount: 'source', kms: true, sessionTags: true }
    ]
    const needed = new Set(
      placements.flatMap(s =>
        requirementsFor(s, ['required', 'recommended']).flatMap(r => r.actions)
      )
    )
    expect([...needed].filter(a => !named.has(a))).toEqual([])
  })

  it('explains every error the action recognises in the troubleshooting guide', () => {
    const guide = docs.find(d => d.name === 'troubleshooting.md')?.text ?? ''
    expect(EXPLAINED_ERRORS.filter(name => !guide.includes(`\`${name}\``))).toEqual([])
  })

  it('links every guide from the README', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
    for (const doc of docs) expect(readme).toContain(`(docs/${doc.name})`)
  })

  it('keeps the generated parts in sync with action.yml and permissions.ts', () => {
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'scripts', 'docs.mjs'), '--check'],
      {
        cwd: root,
        encoding: 'utf8'
      }
    )
    expect(`${result.stdout}${result.stderr}`.trim()).toBe('Generated documentation is up to date.')
    expect(result.status).toBe(0)
  })
})
