import { randomBytes } from 'node:crypto'

/** What names a run of a workflow, from its GITHUB_* variables. */
export interface RunIdentity {
  repository: string
  runId: string
  runAttempt: string
  /** The commit the run deploys (GITHUB_SHA); empty when not known. */
  sha: string
}

const NONCE_BYTES = 6
const NO_COMMIT = 'unknown'

/**
 * A token that names one run of the action: repository, run ID, attempt, a random part (two
 * steps of one job may deploy to the same group) and the commit. The action appends it to the
 * description of the deployment it creates, so that after an answer lost on the way back it can
 * find its own deployment instead of creating a second one, or waiting for itself as for someone
 * else's; and so that a later run can read back which commit the group runs (older-revision).
 */
export function runToken(
  ctx: RunIdentity,
  nonce = randomBytes(NONCE_BYTES).toString('hex')
): string {
  const commit = COMMIT.test(ctx.sha) ? ctx.sha.toLowerCase() : NO_COMMIT
  const run = [ctx.repository || 'local', ctx.runId || 'local', ctx.runAttempt || '1', nonce]
  return `[gha-run:${[...run, commit].join(':')}]`
}

/** How many characters the token of this run takes, with the space before it. */
export function runTokenLength(ctx: RunIdentity): number {
  return runToken(ctx, '0'.repeat(2 * NONCE_BYTES)).length + 1
}

export function withRunToken(description: string, token: string): string {
  return `${description} ${token}`
}

export function carriesRunToken(description: string | undefined, token: string): boolean {
  return description !== undefined && description.endsWith(token)
}

/** What a token at the end of a deployment's description says about the run that made it. */
export interface RunRecord {
  repository: string
  runId: string
  runAttempt: string
  /** Absent for a token without one: a local run, or a version of the action before it had one. */
  commit?: string
}

const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i
const TOKEN_AT_END =
  /\[gha-run:([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+|local):(\d+|local):(\d+):[0-9a-f]+(?::([0-9a-f]{40}|[0-9a-f]{64}|unknown))?\]$/

/**
 * The run that made a deployment, read from the token that ends its description; undefined when
 * there is none (another tool, a person, CodeDeploy's own rollback). Only the fixed form is read,
 * so a description written by anyone else cannot pass for a commit.
 */
export function readRunToken(description: string | undefined): RunRecord | undefined {
  const match = TOKEN_AT_END.exec(description ?? '')
  if (!match) return undefined
  const [, repository, runId, runAttempt, commit] = match
  return {
    repository,
    runId,
    runAttempt,
    ...(commit && commit !== NO_COMMIT ? { commit } : {})
  }
}
