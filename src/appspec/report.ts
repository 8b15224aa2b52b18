import type { LineCounter, Node } from 'yaml'
import { AppSpecError } from '../common/errors.js'

/**
 * Where in the AppSpec a verdict points: a node of the YAML, a value read from one, or an offset
 * in the text; nothing points at the file as a whole (line 1).
 */
export type At = Node | { node: Node | undefined } | number | null | undefined

/**
 * Verdicts on an EC2/On-Premises AppSpec, each one line naming the file and the line: `fail` for
 * what the agent refuses (it throws, so the first refusal ends the check, as the agent's does),
 * `warn` for what it accepts though it is most likely a mistake.
 */
export class Report {
  readonly warnings: string[] = []

  constructor(
    private readonly fileName: string,
    private readonly lines: LineCounter
  ) {}

  fail(at: At, message: string): never {
    throw new AppSpecError(this.place(at, message))
  }

  warn(at: At, message: string): void {
    this.warnings.push(this.place(at, message))
  }

  /** The line a node starts on (1 when there is none: the file as a whole). */
  line(at: At): number {
    const node = at && typeof at === 'object' && 'node' in at ? at.node : (at as Node | null)
    const offset = typeof at === 'number' ? at : (node?.range?.[0] ?? 0)
    // Before the text is parsed (a refusal of the file as a whole), no line is counted yet.
    return Math.max(1, this.lines.linePos(offset).line)
  }

  private place(at: At, message: string): string {
    return `${this.fileName} line ${this.line(at)}: ${message}`
  }
}
