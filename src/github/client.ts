import { getOctokit } from '@actions/github'
import { loadUndici } from './undici-on-demand.js'

export type Octokit = ReturnType<typeof getOctokit>

const DEFAULT_API_URL = 'https://api.github.com'

/** `GITHUB_API_URL` of the run without a trailing slash; empty means github.com's. */
export function apiBase(apiUrl: string): string {
  return (apiUrl || DEFAULT_API_URL).replace(/\/+$/, '')
}

/**
 * A REST client for the run's GitHub. @actions/github reads GITHUB_API_URL once, when it is first
 * imported; the URL of this run is passed explicitly so that GitHub Enterprise Server and test
 * servers are honoured.
 */
export async function gitHubClient(token: string, apiUrl: string): Promise<Octokit> {
  await loadUndici()
  return getOctokit(token, { baseUrl: apiBase(apiUrl) })
}
