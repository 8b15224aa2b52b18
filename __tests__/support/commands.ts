/**
 * Workflow commands in a step's output, found the way the GitHub runner finds them. Not a test
 * file (jest collects `*.test.ts`).
 *
 * The runner reads output line by line (a line ends at CR, LF or CRLF), trims the white space that
 * .NET's TrimStart trims from the start of each line, and reads the line as a command when it then
 * starts with `::name ...::`, or else when it holds `##[name ...]` anywhere (the older syntax).
 * After `::stop-commands::TOKEN` it reads no commands until a line `::TOKEN::`.
 *
 * The runner acts only on the names it knows; this reads any name, so that a test fails on
 * anything shaped like a command.
 */

export interface RunnerCommand {
  syntax: '::' | '##['
  command: string
  line: string
}

// Char.IsWhiteSpace: U+0009-U+000D, U+0085, and the Unicode space, line and paragraph separators.
const LEADING_WHITE_SPACE =
  /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/

function nameOf(info: string): string {
  const space = info.indexOf(' ')
  return space < 0 ? info : info.slice(0, space)
}

function commandIn(line: string): Omit<RunnerCommand, 'line'> | undefined {
  if (line.startsWith('::')) {
    const end = line.indexOf('::', 2)
    if (end >= 0) return { syntax: '::', command: nameOf(line.slice(2, end)) }
  }
  const start = line.indexOf('##[')
  if (start < 0) return undefined
  const end = line.indexOf(']', start)
  if (end < 0) return undefined
  return { syntax: '##[', command: nameOf(line.slice(start + 3, end)) }
}

/** Every line of `output` the runner would read as a workflow command, in order. */
export function runnerCommands(output: string): RunnerCommand[] {
  const commands: RunnerCommand[] = []
  let stopToken: string | undefined
  for (const raw of output.split(/\r\n|\r|\n/)) {
    const line = raw.replace(LEADING_WHITE_SPACE, '')
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined
      continue
    }
    const found = commandIn(line)
    if (!found) continue
    commands.push({ ...found, line: raw })
    if (found.syntax === '::' && found.command === 'stop-commands') {
      stopToken = line.slice('::stop-commands::'.length)
    }
  }
  return commands
}

/** The names of the commands in `output`, in order. */
export function commandNames(output: string): string[] {
  return runnerCommands(output).map(c => c.command)
}
