import { isScalar, LineCounter, parseDocument, type Node, type Pair } from 'yaml'
import { AppSpecError } from '../common/errors.js'

/** Reports a problem at a node of an AppSpec (its line goes into the message); never returns. */
export type Fail = (node: Node | null | undefined, message: string) => never

/** A parsed AppSpec: its top-level node, and the `Fail` that names the file and the line. */
export interface ParsedAppSpec {
  contents: Node | null
  fail: Fail
}

/**
 * Parses an ECS or Lambda AppSpec (YAML, or JSON, which is YAML), ignoring a leading byte-order
 * mark: CodeDeploy itself reads those. EC2/On-Premises AppSpecs are read as the agent reads them
 * (psych.ts). A syntax error fails at its line, with `language` saying what the file must be
 * written in.
 */
export function parseAppSpec(text: string, fileName: string, language: string): ParsedAppSpec {
  const lines = new LineCounter()
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines })
  const error = doc.errors[0]
  if (error) {
    const line = error.linePos?.[0].line ?? 1
    // The position is already in front of the message; the rest of it repeats the source.
    const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
    throw new AppSpecError(`${fileName} line ${line}: invalid ${language}: ${message}`)
  }
  const fail: Fail = (node, message) => {
    const line = lines.linePos(node?.range?.[0] ?? 0).line
    throw new AppSpecError(`${fileName} line ${line}: ${message}`)
  }
  return { contents: doc.contents, fail }
}

/** The key of a mapping entry, as text. */
export function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
}

/** A value as a message shows it: 'missing', or its JSON. */
export function show(value: unknown): string {
  return value === undefined || value === null ? 'missing' : JSON.stringify(value)
}

/** An optional section left out, or written with nothing after its key (`hooks:`). */
export function isAbsent(node: unknown): boolean {
  return node === undefined || node === null || (isScalar(node) && node.value === null)
}

/**
 * The text of a scalar that holds a string or a number, without the white space around it;
 * undefined for anything else and for empty text. ECS and Lambda values are names, ARNs and
 * numbers, which hold no white space, so what surrounds them (a block scalar's final newline) is
 * not part of the value.
 */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || typeof node.value === 'object') return undefined
  const text = String(node.value).trim()
  return text === '' ? undefined : text
}
