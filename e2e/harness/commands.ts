/**
 * Parsers for what an action writes for the runner: workflow commands on stdout
 * (`::error file=a.ts,line=3::message`) and file commands (GITHUB_OUTPUT, GITHUB_STATE,
 * GITHUB_ENV), in the formats the GitHub runner reads.
 */

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  level: AnnotationLevel
  message: string
  properties: Record<string, string>
}

const COMMAND_LINE = /^::([A-Za-z][\w-]*)(?: ([^:]*))?::(.*)$/
/** The older syntax, `##[command k=v;]data`, which the runner finds anywhere in a line. */
const OLD_COMMAND = /##\[([A-Za-z][\w-]*)(?: ([^\]]*))?\](.*)$/

/** Data escaping: %25 -> %, %0D -> CR, %0A -> LF. */
export function unescapeData(value: string): string {
  return value.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')
}

/** Property escaping adds %3A -> : and %2C -> , to the data escaping. */
export function unescapeProperty(value: string): string {
  return unescapeData(value.replace(/%3A/gi, ':').replace(/%2C/gi, ','))
}

/**
 * Workflow commands in a step's stdout, honouring `::stop-commands::TOKEN` (commands are
 * ignored until `::TOKEN::`), as the runner does. Lines break at CR, LF or CRLF, and leading
 * whitespace (NEL included, as .NET trims it) is ignored.
 */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  let stopToken: string | undefined
  for (const rawLine of stdout.split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/^[\s\u0085]+/, '')
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined
      continue
    }
    const old = COMMAND_LINE.test(line) ? null : OLD_COMMAND.exec(rawLine)
    if (old) {
      const [, command, props = '', message] = old
      commands.push({ command, properties: oldProperties(props), message: unescapeData(message) })
      continue
    }
    const match = COMMAND_LINE.exec(line)
    if (!match) continue
    const [, command, props = '', message] = match
    if (command === 'stop-commands') {
      stopToken = message
      continue
    }
    const properties: Record<string, string> = {}
    for (const pair of props.split(',')) {
      const eq = pair.indexOf('=')
      if (eq > 0) properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1))
    }
    commands.push({ command, properties, message: unescapeData(message) })
  }
  return commands
}

function oldProperties(props: string): Record<string, string> {
  const properties: Record<string, string> = {}
  for (const pair of props.split(';')) {
    const eq = pair.indexOf('=')
    if (eq > 0) properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1))
  }
  return properties
}

export function annotationsOf(commands: WorkflowCommand[]): Annotation[] {
  return commands
    .filter((c): c is WorkflowCommand & { command: AnnotationLevel } =>
      ['error', 'warning', 'notice'].includes(c.command)
    )
    .map(c => ({ level: c.command, message: c.message, properties: c.properties }))
}

/**
 * A file command file: `name=value` lines, or heredoc entries `name<<DELIMITER` ... `DELIMITER`
 * (what @actions/core writes). A heredoc without its closing delimiter is an error, as on the
 * runner, which fails the step for it.
 */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') continue
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line)
    const eq = line.indexOf('=')
    if (heredoc && (eq < 0 || eq > line.indexOf('<<'))) {
      const [, name, delimiter] = heredoc
      const end = lines.indexOf(delimiter, i + 1)
      if (end < 0) throw new Error(`Matching delimiter not found: '${delimiter}' (for ${name})`)
      values[name] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (eq > 0) {
      values[line.slice(0, eq)] = line.slice(eq + 1)
    } else {
      throw new Error(`Invalid file command line: ${JSON.stringify(line)}`)
    }
  }
  return values
}
