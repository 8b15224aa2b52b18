import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Node,
  type Pair,
  type Scalar
} from 'yaml'
import { shown } from '../common/untrusted.js'
import { readPlain, type Reading } from './psych-scalar.js'
import { Report } from './report.js'
import { keyId, type RubyEntry, type RubyValue } from './ruby.js'

/** An EC2/On-Premises AppSpec as the agent has it once loaded, and the verdicts on it so far. */
export interface LoadedAppSpec {
  root: RubyValue
  report: Report
}

const STR = 'tag:yaml.org,2002:str'
const BINARY = 'tag:yaml.org,2002:binary'
const FLOAT = 'tag:yaml.org,2002:float'
/** Tags that make Psych build a class `YAML.load` does not allow. */
const DISALLOWED_TAGS = ['tag:yaml.org,2002:timestamp', 'tag:yaml.org,2002:set']

/**
 * Reads an AppSpec as the agent does (`YAML.load(File.read(path))`, Psych 4 or later on current
 * agents): the first YAML document only, YAML 1.1 scalars, the last of two equal keys, merge keys
 * (`<<`) merged, and no aliases, dates or times. Each difference from what the file seems to say
 * is a warning; what Psych refuses is a refusal.
 */
export function loadAgentYaml(text: string, fileName: string): LoadedAppSpec {
  const lines = new LineCounter()
  const report = new Report(fileName, lines)
  if (text.startsWith('\uFEFF')) {
    // Psych keeps the mark as part of the first key, and then loses every key after `version`.
    report.fail(
      undefined,
      'the file starts with a UTF-8 byte-order mark: the agent then reads only version and ' +
        'refuses the file (os missing); save it as UTF-8 without a byte-order mark'
    )
  }
  const docs = parseAllDocuments(text, {
    schema: 'failsafe',
    uniqueKeys: false,
    merge: false,
    lineCounter: lines
  })
  const [first, second] = Array.from(docs)
  const error = first?.errors[0]
  if (error) {
    // The position is already in front of the message; the rest of it repeats the source.
    const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
    report.fail(error.pos[0], `invalid YAML: ${message}`)
  }
  if (second) {
    report.warn(
      second.contents ?? undefined,
      'a second YAML document starts here: the agent reads only the first document and ignores the rest'
    )
  }
  const contents = first?.contents ?? null
  const root = contents ? new Reader(report).value(contents) : nil(undefined)
  return { root, report }
}

function nil(node: Node | undefined): RubyValue {
  return { kind: 'nil', node, written: '' }
}

/** Turns YAML nodes into the values Psych gives the agent, reporting as it goes. */
class Reader {
  constructor(private readonly report: Report) {}

  value(node: unknown, fallback?: Node): RubyValue {
    if (node === null || node === undefined) return nil(fallback)
    if (isAlias(node)) return this.report.fail(node, aliasRefusal(node.source, false))
    if (isScalar(node)) return this.scalar(node)
    const tag = (node as Node).tag
    if (tag && (DISALLOWED_TAGS.includes(tag) || tag.startsWith('!ruby/'))) {
      this.report.fail(node as Node, disallowedTag(tag))
    }
    if (isSeq(node)) {
      const items = node.items.map(item => this.value(item, node))
      return { kind: 'seq', items, node, written: '' }
    }
    if (isMap(node)) return { kind: 'map', entries: this.entries(node.items), node, written: '' }
    return this.report.fail(node as Node, 'this YAML node is not one the agent can read')
  }

  private scalar(node: Scalar): RubyValue {
    const written = String(node.value)
    const reading = readScalar(node)
    if (reading.kind === 'refused') {
      return this.report.fail(node, `${shown(written)}: ${reading.reason}; quote it`)
    }
    return { ...reading, node, written } as RubyValue
  }

  /** A Ruby Hash from the pairs in order: a later equal key replaces the value in place. */
  private entries(pairs: Pair[]): RubyEntry[] {
    const hash = new RubyHash()
    for (const pair of pairs) {
      const keyNode = pair.key as Node | null
      const key = this.value(keyNode)
      const merging = isMergeKey(keyNode)
      if (merging && isAlias(pair.value)) {
        this.report.fail(pair.value, aliasRefusal(pair.value.source, true))
      }
      const value = this.value(pair.value, keyNode ?? undefined)
      const merged = merging ? mergedEntries(value) : undefined
      if (merged) {
        for (const entry of merged) hash.set(entry)
        continue
      }
      const first = hash.set({ key, value })
      if (first) {
        this.report.warn(
          key,
          `${shown(key.written)} is given again (first on line ${this.report.line(first)}): ` +
            'the agent keeps this last value and ignores the first'
        )
      }
    }
    return hash.entries
  }
}

/** A Ruby Hash being built: entries in the order of their first key, each with its last value. */
class RubyHash {
  readonly entries: RubyEntry[] = []
  private readonly positions = new Map<string, number>()

  /** Sets an entry; returns the key it gave a new value, if there was one. */
  set(entry: RubyEntry): RubyValue | undefined {
    const id = keyId(entry.key)
    const at = id === undefined ? undefined : this.positions.get(id)
    if (at === undefined) {
      if (id !== undefined) this.positions.set(id, this.entries.length)
      this.entries.push(entry)
      return undefined
    }
    const first = this.entries[at].key
    this.entries[at] = { key: first, value: entry.value }
    return first
  }
}

/**
 * What `<<: value` adds to the Hash: a mapping's entries, or a list of mappings' entries with the
 * first mapping winning; anything else is an ordinary key named `<<` (undefined).
 */
function mergedEntries(value: RubyValue): RubyEntry[] | undefined {
  if (value.kind === 'map') return value.entries
  if (value.kind !== 'seq' || !value.items.every(item => item.kind === 'map')) return undefined
  const merged = new RubyHash()
  for (const item of [...value.items].reverse()) {
    if (item.kind === 'map') for (const entry of item.entries) merged.set(entry)
  }
  return merged.entries
}

function isMergeKey(node: Node | null): boolean {
  return isScalar(node) && node.value === '<<' && node.tag !== STR
}

/** Psych's reading of a scalar: quoted text stays text unless a tag says otherwise. */
function readScalar(node: Scalar): Reading {
  const text = String(node.value)
  switch (node.tag) {
    case undefined:
      return node.type === 'PLAIN' ? readPlain(text) : { kind: 'str', value: text }
    case STR:
      return { kind: 'str', value: text }
    case BINARY:
      return { kind: 'str', value: Buffer.from(text, 'base64').toString('utf8') }
    case FLOAT:
      return asFloat(readPlain(text))
    case '!ruby/sym':
    case '!ruby/symbol':
      return { kind: 'sym', value: text }
  }
  if (DISALLOWED_TAGS.includes(node.tag) || node.tag.startsWith('!ruby/')) {
    return { kind: 'refused', reason: disallowedTag(node.tag) }
  }
  return readPlain(text)
}

function asFloat(reading: Reading): Reading {
  if (reading.kind === 'int') return { kind: 'float', value: Number(reading.value) }
  if (reading.kind === 'float' || reading.kind === 'refused') return reading
  return {
    kind: 'refused',
    reason: `!!float of something that is not a number (Ruby's Float() fails)`
  }
}

function disallowedTag(tag: string): string {
  return `the tag ${shown(tag)} makes the agent's YAML loader build a class it does not allow, and it refuses the file`
}

function aliasRefusal(name: string, merge: boolean): string {
  const use = merge ? `the merge <<: *${shown(name)}` : `the alias *${shown(name)}`
  return (
    `${use}: the agent's YAML loader refuses aliases on Ruby 3.1 and later (Psych 4: ` +
    `Unknown alias), which current agents run on, so the deployment fails (agents on older Ruby ` +
    `accepted them); write the values out in full`
  )
}
