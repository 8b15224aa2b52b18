import { isScalar, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml'

/** A parsed YAML text, and the lines of its nodes and of its first syntax error, for messages. */
export interface LinedDocument {
  doc: Document.Parsed
  /** The 1-based line where the node starts; 1 when there is no node. */
  lineOf: (node: Node | null | undefined) => number
  /** The first syntax error: its 1-based line and its message (first line, no position). */
  syntaxError?: { line: number; message: string }
}

/** Parses YAML (or JSON, which is YAML), ignoring a leading byte-order mark, counting lines. */
export function parseWithLines(text: string): LinedDocument {
  const lines = new LineCounter()
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines })
  const lineOf = (node: Node | null | undefined) => lines.linePos(node?.range?.[0] ?? 0).line
  const error = doc.errors[0]
  if (!error) return { doc, lineOf }
  return {
    doc,
    lineOf,
    syntaxError: {
      line: error.linePos?.[0].line ?? 1,
      message: error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
    }
  }
}

/** Reports a problem at a node of an AppSpec (its line goes into the message); never returns. */
export type Fail = (node: Node | null | undefined, message: string) => never

/** The key of a mapping entry, as text. */
export function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
}

/** A value as a message shows it: 'missing', or its JSON. */
export function show(value: unknown): string {
  return value === undefined || value === null ? 'missing' : JSON.stringify(value)
}
