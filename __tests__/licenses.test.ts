/**
 * The licenses of what the action ships. dist/ holds the production dependencies bundled into the
 * action, and `ncc --license licenses.txt` lists each of them with its license in
 * dist/main/licenses.txt and dist/post/licenses.txt. Every production dependency, bundled or not
 * yet, must carry a permissive license from ALLOWED, read from its own package.json in
 * node_modules; and nothing only the development tools need may reach dist/: the end-to-end
 * emulator's @cloud-copilot/iam-simulate, for one, is AGPL-3.0.
 *
 * ncc lists only the packages it can attribute a module to (it leaves out @actions/core 3, an ES
 * module package, for one), so the production dependencies are checked from package-lock.json as
 * well, bundled or not. A dependency with another license fails here: replace it, or, when its
 * license is permissive after all, add the license's SPDX identifier to ALLOWED in the same change.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import * as path from 'node:path'

const root = process.cwd()
const read = (file: string) => readFileSync(path.join(root, file), 'utf8')

/** Permissive licenses, by SPDX identifier: they ask for a notice at most, which licenses.txt is. */
const ALLOWED = new Set([
  '0BSD',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'CC0-1.0',
  'ISC',
  'MIT',
  'MIT-0',
  'Python-2.0',
  'Unlicense',
  'Zlib'
])

/**
 * Whether an SPDX license expression lets the action ship the package: `A OR B` when either is
 * allowed, `A AND B` when both are, `A WITH exception` when A is. Anything else, no license or
 * `SEE LICENSE IN ...` included, is not.
 */
function licenseAllowed(expression: string | undefined): boolean {
  if (expression === undefined) return false
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? []
  let at = 0
  const peek = () => tokens[at]
  const orExpression = (): boolean => {
    let allowed = andExpression()
    while (peek() === 'OR') {
      at++
      allowed = andExpression() || allowed
    }
    return allowed
  }
  const andExpression = (): boolean => {
    let allowed = single()
    while (peek() === 'AND') {
      at++
      allowed = single() && allowed
    }
    return allowed
  }
  const single = (): boolean => {
    const token = tokens[at++]
    if (token === '(') {
      const allowed = orExpression()
      if (tokens[at++] !== ')') throw new Error('unbalanced parentheses')
      return allowed
    }
    if (token === undefined || ['AND', 'OR', 'WITH', ')'].includes(token)) {
      throw new Error(`unexpected ${token ?? 'end'}`)
    }
    if (peek() === 'WITH') at += 2
    return ALLOWED.has(token.replace(/\+$/, ''))
  }
  try {
    const allowed = orExpression()
    return at === tokens.length && allowed
  } catch {
    return false
  }
}

interface PackageJson {
  name?: string
  version?: string
  license?: string | { type?: string }
  licenses?: { type?: string }[]
}

/** A package's license as an SPDX expression, from `license` or the older `licenses` list. */
function licenseOf(pkg: PackageJson): string | undefined {
  if (typeof pkg.license === 'string') return pkg.license
  if (pkg.license?.type) return pkg.license.type
  const types = (pkg.licenses ?? []).map(l => l.type).filter(t => t !== undefined)
  return types.length > 0 ? `(${types.join(' OR ')})` : undefined
}

interface Installed {
  /** Where it is, node_modules/... */
  location: string
  name: string
  license: string | undefined
  dev: boolean
}

interface LockEntry {
  dev?: boolean
  devOptional?: boolean
  link?: boolean
  dependencies?: Record<string, string>
  peerDependenciesMeta?: Record<string, { optional?: boolean }>
}

const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, LockEntry> }

/** Every package package-lock.json installs, with the license its package.json in node_modules names. */
function installed(): Installed[] {
  return Object.entries(lock.packages)
    .filter(([location, entry]) => location.startsWith('node_modules/') && !entry.link)
    .filter(([location]) => existsSync(path.join(root, location, 'package.json')))
    .map(([location, entry]) => {
      const pkg = JSON.parse(read(path.join(location, 'package.json'))) as PackageJson
      return {
        location,
        name: pkg.name ?? location.slice(location.lastIndexOf('node_modules/') + 13),
        license: licenseOf(pkg),
        dev: entry.dev === true || entry.devOptional === true
      }
    })
}

const packages = installed()
const production = packages.filter(p => !p.dev)

/**
 * The optional peer dependencies of production packages, and what they depend on: a production
 * package loads one when it is installed (debug loads supports-color so), so ncc bundles it when
 * the development tools have installed it.
 */
function optionalPeers(): Set<string> {
  const names = new Set<string>()
  const add = (name: string) => {
    if (names.has(name)) return
    names.add(name)
    for (const dependency of Object.keys(
      lock.packages[`node_modules/${name}`]?.dependencies ?? {}
    )) {
      add(dependency)
    }
  }
  for (const p of production) {
    const meta = lock.packages[p.location]?.peerDependenciesMeta ?? {}
    for (const [name, { optional }] of Object.entries(meta)) if (optional) add(name)
  }
  return names
}

/**
 * The packages a licenses.txt lists. ncc writes each as its name on a line of its own after a
 * blank line (or first), then its license, then the license's text; a name counts when it is a
 * package node_modules holds and the next line is that package's license.
 */
function listedIn(licensesTxt: string): { name: string; license: string }[] {
  const lines = licensesTxt.split('\n')
  const byName = new Map<string, Installed[]>()
  for (const p of packages) byName.set(p.name, [...(byName.get(p.name) ?? []), p])
  const listed: { name: string; license: string }[] = []
  lines.forEach((line, i) => {
    if (i > 0 && lines[i - 1] !== '') return
    const candidates = byName.get(line)
    if (candidates?.some(p => p.license === lines[i + 1])) {
      listed.push({ name: line, license: lines[i + 1] })
    }
  })
  return listed
}

const ENTRIES = ['main', 'post'] as const

/** The bundler's own runtime helpers, which it writes into every bundle and lists itself. */
const BUNDLER = ['@vercel/ncc']
const licensesTxt = (entry: string) => read(path.join('dist', entry, 'licenses.txt'))

describe('the license check', () => {
  it.each([
    ['MIT', true],
    ['Apache-2.0', true],
    ['(MIT OR GPL-3.0-or-later)', true],
    ['MIT AND ISC', true],
    ['Apache-2.0 WITH LLVM-exception', true],
    ['BSD-3-Clause+', true],
    ['MIT AND GPL-2.0-only', false],
    ['AGPL-3.0', false],
    ['AGPL-3.0-only', false],
    ['SSPL-1.0', false],
    ['SEE LICENSE IN LICENSE.md', false],
    ['UNLICENSED', false],
    ['(MIT', false],
    ['MIT OR', false],
    [undefined, false]
  ])('reads %s as allowed: %s', (expression, allowed) => {
    expect(licenseAllowed(expression)).toBe(allowed)
  })

  it('reads the older licenses list of a package.json', () => {
    expect(licenseOf({ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] })).toBe(
      '(MIT OR Apache-2.0)'
    )
    expect(licenseOf({ license: { type: 'ISC' } })).toBe('ISC')
    expect(licenseOf({})).toBeUndefined()
  })

  it('finds the packages of a licenses.txt, not lines of a license text', () => {
    const text = ['yaml', 'ISC', 'Copyright', '', 'ignore', 'not a license id', ''].join('\n')
    expect(listedIn(text)).toEqual([{ name: 'yaml', license: 'ISC' }])
  })
})

describe('the licenses of what the action ships', () => {
  it('finds the production dependencies of package.json installed', () => {
    const declared = Object.keys(
      (JSON.parse(read('package.json')) as { dependencies: Record<string, string> }).dependencies
    )
    const names = new Set(production.map(p => p.name))
    expect(declared.filter(name => !names.has(name))).toEqual([])
  })

  it('allows the license of every production dependency, bundled or not', () => {
    const refused = production
      .filter(p => !licenseAllowed(p.license))
      .map(p => `${p.location}: ${p.license ?? 'no license'}`)
    expect(refused).toEqual([])
  })

  it('has the bundle write dist/main/licenses.txt and dist/post/licenses.txt', () => {
    const bundle = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts
      .bundle
    for (const entry of ENTRIES) {
      expect(bundle).toMatch(
        new RegExp(`ncc build \\S+ -o dist/${entry} --license licenses\\.txt(\\s|$)`)
      )
      expect(existsSync(path.join(root, 'dist', entry, 'licenses.txt'))).toBe(true)
    }
  })

  it.each(ENTRIES)(
    'lists in dist/%s/licenses.txt only production dependencies (and their optional peers) with an allowed license',
    entry => {
      const text = licensesTxt(entry)
      const listed = listedIn(text)
      expect(listed.map(l => l.name)).toEqual(
        expect.arrayContaining(['@aws-sdk/client-codedeploy', '@smithy/core'])
      )
      expect(listed.length).toBe(new Set(listed.map(l => l.name)).size)
      const shippable = new Set([...production.map(p => p.name), ...optionalPeers(), ...BUNDLER])
      const problems = listed.flatMap(l => [
        ...(shippable.has(l.name) ? [] : [`${l.name} is not a production dependency`]),
        ...(licenseAllowed(l.license) ? [] : [`${l.name}: ${l.license}`])
      ])
      expect(problems).toEqual([])
    }
  )

  it('ships no copyleft license and nothing of @cloud-copilot/iam-simulate (AGPL-3.0)', () => {
    for (const entry of ENTRIES) {
      const text = licensesTxt(entry)
      expect(text).not.toMatch(/^(A|L)?GPL-/m)
      expect(text).not.toMatch(/^SSPL-/m)
      expect(text).not.toMatch(/^@cloud-copilot\//m)
    }
    const simulator = packages.find(p => p.name === '@cloud-copilot/iam-simulate')
    expect(simulator).toMatchObject({ dev: true })
    expect(licenseAllowed(simulator?.license)).toBe(false)
    const shipped = ENTRIES.flatMap(entry =>
      readdirSync(path.join(root, 'dist', entry)).map(file => path.join('dist', entry, file))
    )
    expect(shipped.filter(file => read(file).includes('@cloud-copilot'))).toEqual([])
  })
})
