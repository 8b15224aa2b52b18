/**
 * Text the action does not write itself (deployment descriptions and creators, AWS and GitHub
 * error messages, instance diagnostics, file names, input values) goes to the log and the job
 * summary only through this module.
 *
 * The runner reads a line of a step's output as a workflow command when, after leading
 * whitespace, it starts with `::`, or when it holds `##[` anywhere (the older syntax). The action
 * writes its own commands through @actions/core, which escapes their data; a plain log line that
 * looks like a command can only come from someone else's text.
 */

// .NET's TrimStart, which the runner applies, also trims NEL (U+0085).
const COMMAND_START = /^([\s\u0085]*)::/
const OLD_COMMAND = /##\[/g

/** Every line of `text`, changed just enough that the runner reads none of them as a command. */
export function neutralizeCommands(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(line => line.replace(COMMAND_START, '$1\\::').replace(OLD_COMMAND, '##\\['))
    .join('\n')
}

/**
 * Control and format characters (line breaks, ANSI escapes, zero-width and bidirectional ones) and
 * line and paragraph separators: each could start a line of its own or disguise what a reader sees.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u
const HIDDEN_ALL = new RegExp(HIDDEN.source, 'gu')
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

function escapeHidden(c: string): string {
  return (
    NAMED[c] ??
    Array.from(c, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join('')
  )
}

/** True when the text holds a character `oneLine` would escape. */
export function holdsHidden(text: string): boolean {
  return HIDDEN.test(text)
}

/** Untrusted text shown inside one line: every hidden character as an escape. */
export function oneLine(text: string): string {
  return text.replace(HIDDEN_ALL, escapeHidden)
}

/**
 * Untrusted text as one value in a message: as it is when plain, else JSON-quoted with every
 * hidden character escaped, so the reader sees where it starts and ends.
 */
export function shown(text: string): string {
  return holdsHidden(text) ? JSON.stringify(text).replace(HIDDEN_ALL, escapeHidden) : text
}

const HTML: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

/**
 * Untrusted text for the job summary, which GitHub renders as Markdown with HTML. Every summary
 * block is HTML, so escaping the markup characters keeps the text text; a blank line would end the
 * HTML block and let the rest be read as Markdown, so line breaks become `<br>`.
 */
export function html(text: string): string {
  return escapedLines(text).join('<br>')
}

/** Untrusted text for a `<pre>` block: markup escaped, lines kept, other control characters shown. */
export function htmlBlock(text: string): string {
  return escapedLines(text).join('\n')
}

function escapedLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map(line => oneLine(line.replace(/[&<>"']/g, c => HTML[c])))
}
