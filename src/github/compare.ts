import { oneLine } from '../common/untrusted.js'
import { apiBase, gitHubClient } from './client.js'

/** How the commit being deployed stands to the deployed one, as GitHub's compare API says. */
export type CommitOrder = 'identical' | 'ahead' | 'behind' | 'diverged'

export interface Comparison {
  status: CommitOrder
  /** Commits of the new one that the deployed one lacks. */
  aheadBy: number
  /** Commits of the deployed one that the new one lacks. */
  behindBy: number
}

export interface CompareRequest {
  token: string
  /** `GITHUB_API_URL` of the run; empty means https://api.github.com. */
  apiUrl: string
  /** `owner/repo`. */
  repository: string
  /** The commit the deployment group runs. */
  base: string
  /** The commit this run deploys. */
  head: string
  timeoutMs?: number
}

export type Compare = (request: CompareRequest) => Promise<Comparison>

const ORDERS: readonly string[] = ['identical', 'ahead', 'behind', 'diverged']
const DEFAULT_TIMEOUT_MS = 10_000

/** Asks GitHub how `head` stands to `base`. Throws, saying what GitHub answered, when it cannot say. */
export const compareCommits: Compare = async request => {
  const [owner, repo] = request.repository.split('/')
  const octokit = await gitHubClient(request.token, request.apiUrl)
  const { data } = await octokit.rest.repos
    .compareCommitsWithBasehead({
      owner,
      repo,
      basehead: `${request.base}...${request.head}`,
      // Only the counts are read: one commit per page keeps the answer small.
      per_page: 1,
      request: { signal: AbortSignal.timeout(request.timeoutMs ?? DEFAULT_TIMEOUT_MS) }
    })
    .catch((err: unknown) => {
      throw failure(err, request)
    })
  if (!ORDERS.includes(data.status)) {
    throw new Error(`GitHub's compare API answered an unknown status`)
  }
  return {
    status: data.status as CommitOrder,
    aheadBy: Number(data.ahead_by) || 0,
    behindBy: Number(data.behind_by) || 0
  }
}

/** What GitHub answered, in one line, with what to check. */
function failure(err: unknown, request: CompareRequest): Error {
  const e = err as { status?: number; message?: string; response?: unknown }
  const message = oneLine((e.message ?? String(err)).split('\n')[0])
  if (e.response === undefined) {
    return new Error(`could not reach the GitHub API at ${apiBase(request.apiUrl)} (${message})`)
  }
  const said = `GitHub answered ${e.status} (${message})`
  if (e.status === 404) {
    return new Error(
      `${said}: a commit is not in ${request.repository}, or github-token cannot read it`
    )
  }
  if (e.status === 401 || e.status === 403) {
    return new Error(`${said}: github-token needs contents: read on ${request.repository}`)
  }
  return new Error(said)
}
