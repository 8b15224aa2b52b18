import { randomBytes } from 'node:crypto'

/** What names a run of a workflow, from its GITHUB_* variables. */
export interface RunIdentity {
  repository: string
  runId: string
  runAttempt: string
}

const NONCE_BYTES = 6

/**
 * A token that names one run of the action: repository, run ID, attempt and a random part (two
 * steps of one job may deploy to the same group). The action appends it to the description of the
 * deployment it creates, so that after an answer lost on the way back it can find its own
 * deployment instead of creating a second one, or waiting for itself as for someone else's.
 */
export function runToken(
  ctx: RunIdentity,
  nonce = randomBytes(NONCE_BYTES).toString('hex')
): string {
  const run = [ctx.repository || 'local', ctx.runId || 'local', ctx.runAttempt || '1', nonce]
  return `[gha-run:${run.join(':')}]`
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
