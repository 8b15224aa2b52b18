/**
 * The GitHub Actions runner as the unit tests fake it: environment, inputs, file commands and the
 * workflow commands @actions/core writes to stdout. Not a test file (jest collects `*.test.ts`).
 */
import { jest } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

/** Copies the environment as it is now; the returned function puts that copy back. */
export function saveEnv(): () => void {
  const saved = { ...process.env }
  return () => {
    process.env = { ...saved }
  }
}

/** Set by `npm test` to quiet the AWS SDK's notice about Node.js 20: it configures the run, not the code under test. */
const KEPT = new Set(['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'])

/** Deletes every environment variable whose name starts with one of the prefixes. */
export function clearEnv(...prefixes: string[]): void {
  for (const name of Object.keys(process.env)) {
    if (KEPT.has(name)) continue
    if (prefixes.some(prefix => name.startsWith(prefix))) delete process.env[name]
  }
}

/** Sets action inputs as the runner passes them: `INPUT_<NAME>`, spaces as underscores. */
export function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) {
    process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
}

/**
 * Collects what is written to stdout (the workflow commands and logs of @actions/core) instead of
 * printing it, until jest.restoreAllMocks().
 */
export function captureStdout(): string[] {
  const chunks: string[] = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk))
    return true
  })
  return chunks
}

/** name → value of the `name<<ghadelimiter_…` blocks @actions/core wrote to a command file. */
export function readFileCommands(file: string): Record<string, string> {
  const text = readFileSync(file, 'utf8')
  const result: Record<string, string> = {}
  const re = /^(.+?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(re)) result[m[1]] = m[3]
  return result
}

/**
 * A GITHUB_STEP_SUMMARY file for a whole test file: @actions/core caches the summary file's path
 * on first use, so every test of the file shares one.
 */
export function sharedSummaryFile(prefix: string): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), prefix)), 'summary')
}

/** An EC2/On-Premises revision in `<workspace>/app`: appspec.yml and scripts/start.sh. */
export function writeServerApp(workspace: string): void {
  mkdirSync(path.join(workspace, 'app', 'scripts'), { recursive: true })
  writeFileSync(
    path.join(workspace, 'app', 'appspec.yml'),
    'version: 0.0\nos: linux\nfiles:\n  - source: /\n    destination: /srv/app\nhooks:\n  ApplicationStart:\n    - location: scripts/start.sh\n'
  )
  writeFileSync(path.join(workspace, 'app', 'scripts', 'start.sh'), '#!/bin/sh\necho started\n', {
    mode: 0o755
  })
}
