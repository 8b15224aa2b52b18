import { InputError } from '../common/errors.js'
import { runTokenLength } from '../common/run-token.js'
import { input } from './values.js'

/** The parts of the workflow run the defaults are derived from (see `runContext`). */
export interface RunContext {
  workspace: string
  repository: string
  sha: string
  runId: string
  runAttempt: string
  serverUrl: string
  env: NodeJS.ProcessEnv
}

export function runContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  return {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    repository: env.GITHUB_REPOSITORY ?? '',
    sha: env.GITHUB_SHA ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    env
  }
}

/** Session names must be 2-64 characters of [\w+=,.@-]; anything else is replaced. */
export function defaultSessionName(ctx: RunContext): string {
  const repo = ctx.repository.split('/').pop() || 'repository'
  const raw = `GitHubActions-${repo}-${ctx.runId || 'local'}-${ctx.runAttempt}`
  return raw.replace(/[^\w+=,.@-]/g, '-').slice(0, 64)
}

/** The most characters CodeDeploy takes in a description. */
export const MAX_DESCRIPTION = 512

/**
 * The description input, or one made from the run; with the run's token appended (see
 * run-token.ts) it must fit in CodeDeploy's limit, so a default too long for that is cut short.
 */
export function readDescription(ctx: RunContext): string {
  const room = MAX_DESCRIPTION - runTokenLength(ctx)
  const value = input('description')
  if (!value) return defaultDescription(ctx).slice(0, room)
  if (value.length > room) {
    throw new InputError(
      `Input 'description' is ${value.length} characters long: expected at most ${room}, as CodeDeploy takes ${MAX_DESCRIPTION} and the action appends a token of the run (${MAX_DESCRIPTION - room} characters) that lets it find its own deployment.`
    )
  }
  return value
}

export function defaultDescription(ctx: RunContext): string {
  if (!ctx.repository) return 'Deployed by GitHub Actions'
  const commit = ctx.sha ? ` at ${ctx.sha.slice(0, 12)}` : ''
  const run = ctx.runId ? `: ${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}` : ''
  return `Deployed by GitHub Actions from ${ctx.repository}${commit}${run}`
}
