import { existsSync, realpathSync, statSync } from 'node:fs'
import * as path from 'node:path'
import { isInside } from '../common/paths.js'
import { holdsHidden, shown } from '../common/untrusted.js'
import { bad } from './values.js'

function plainPath(input: string, value: string): string {
  if (holdsHidden(value)) throw bad(input, value, 'a path with no control characters')
  return value
}

function realOrResolved(file: string): string {
  try {
    return realpathSync(file)
  } catch {
    return path.resolve(file)
  }
}

/**
 * Refuses a path that leads outside the workspace, after symlinks on both sides. A path that
 * does not exist leads nowhere yet: it is compared as written.
 */
function confine(
  input: string,
  value: string,
  file: string,
  workspace: string,
  what: string
): void {
  let real: string
  let root: string
  try {
    real = realpathSync(file)
    root = realOrResolved(workspace)
  } catch {
    real = path.resolve(file)
    root = path.resolve(workspace)
  }
  if (isInside(root, real)) return
  throw bad(
    input,
    value,
    `${what} inside the workspace, but it resolves to ${shown(real)}, outside the workspace ${shown(root)}`
  )
}

export function resolveRevisionPath(value: string, workspace: string): string {
  const resolved = path.resolve(workspace, plainPath('revision-path', value))
  confine('revision-path', value, resolved, workspace, 'a directory')
  const where = shown(resolved)
  let isDirectory: boolean
  try {
    isDirectory = statSync(resolved).isDirectory()
  } catch {
    throw bad(
      'revision-path',
      value,
      `a directory inside the workspace, but ${where} does not exist (did the job check out the repository with actions/checkout?)`
    )
  }
  if (!isDirectory) throw bad('revision-path', value, `a directory, but ${where} is a file`)
  return resolved
}

/** appspec-file is relative to revision-path; whether it exists is for the AppSpec lookup to say. */
export function resolveAppSpecFile(value: string, revisionPath: string, workspace: string): string {
  const file = path.resolve(revisionPath, plainPath('appspec-file', value))
  if (!existsSync(file)) return value
  confine('appspec-file', value, file, workspace, 'a file')
  return file
}

/**
 * A file input (bundle-file, task-definition) inside the workspace; whether it holds what it
 * should is for its reader to say. `what` names what it should be, for the error.
 */
export function resolveInputFile(
  input: 'bundle-file' | 'task-definition',
  value: string,
  workspace: string,
  what: string
): string {
  const file = path.resolve(workspace, plainPath(input, value))
  confine(input, value, file, workspace, 'a file')
  if (!existsSync(file)) {
    throw bad(
      input,
      value,
      `${what} inside the workspace, but ${shown(file)} does not exist (did an earlier step build it?)`
    )
  }
  return file
}
