/**
 * A small local stand-in for the GitHub REST API's deployments and compare endpoints, so the
 * action's GitHub Deployments records and its older-revision check can be checked end to end
 * (pass its url as the run's apiUrl).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { LoopbackServer } from './loopback.js'

export interface RecordedRequest {
  method: string
  path: string
  authorization: string | undefined
  body: unknown
}

export interface DeploymentRecord {
  id: number
  sha: string
  ref: string
  environment: string
  description: string | null
  payload: unknown
  statuses: Record<string, unknown>[]
}

export class GitHubApiServer extends LoopbackServer {
  readonly requests: RecordedRequest[] = []
  readonly deployments: DeploymentRecord[] = []
  /** Answer every request with this HTTP status instead (e.g. 503), to test GitHub outages. */
  failWith: number | undefined
  /**
   * The repository's history on one branch, oldest first: the compare endpoint answers from it,
   * as GitHub does for commits on one line, and 404 for a commit it does not hold.
   */
  history: string[] = []
  /** The archive of each commit (GET /repos/OWNER/REPO/zipball/SHA), as GitHub serves it. */
  readonly archives = new Map<string, Buffer>()
  private nextId = 1000

  constructor(private readonly token: string) {
    super()
  }

  get url(): string {
    return this.origin
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = ''
    for await (const chunk of req) raw += String(chunk)
    const body: unknown = raw ? JSON.parse(raw) : undefined
    const path = new URL(req.url ?? '/', this.url).pathname
    this.requests.push({
      method: req.method ?? 'GET',
      path,
      authorization: req.headers.authorization,
      body
    })
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
      res.end(JSON.stringify(payload))
    }
    if (this.failWith) return send(this.failWith, { message: 'Service unavailable' })
    const auth = req.headers.authorization ?? ''
    if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`) {
      return send(401, { message: 'Bad credentials' })
    }
    const zipball = /^\/repos\/[^/]+\/[^/]+\/zipball\/([0-9a-f]{40})$/.exec(path)
    if (zipball && req.method === 'GET') {
      const archive = this.archives.get(zipball[1])
      if (!archive) return send(404, { message: 'Not Found' })
      res.writeHead(200, { 'Content-Type': 'application/zip' })
      res.end(archive)
      return
    }
    const compare = /^\/repos\/[^/]+\/[^/]+\/compare\/([0-9a-f]+)\.\.\.([0-9a-f]+)$/.exec(path)
    if (compare && req.method === 'GET') {
      const [base, head] = [this.history.indexOf(compare[1]), this.history.indexOf(compare[2])]
      if (base < 0 || head < 0) return send(404, { message: 'Not Found' })
      const status = base === head ? 'identical' : head > base ? 'ahead' : 'behind'
      return send(200, {
        status,
        ahead_by: Math.max(0, head - base),
        behind_by: Math.max(0, base - head),
        total_commits: Math.max(0, head - base),
        commits: []
      })
    }
    const match = /^\/repos\/([^/]+)\/([^/]+)\/deployments(?:\/(\d+)(\/statuses)?)?$/.exec(path)
    if (!match) return send(404, { message: 'Not Found' })
    const [, owner, repo, id, statuses] = match
    const base = `${this.url}/repos/${owner}/${repo}/deployments`
    const input = (body ?? {}) as Record<string, unknown>
    if (!id && req.method === 'POST') {
      const record: DeploymentRecord = {
        id: this.nextId++,
        sha: String(input.sha ?? input.ref ?? ''),
        ref: String(input.ref ?? ''),
        environment: String(input.environment ?? 'production'),
        description: (input.description as string | undefined) ?? null,
        payload: input.payload ?? {},
        statuses: []
      }
      this.deployments.push(record)
      return send(201, {
        ...record,
        url: `${base}/${record.id}`,
        statuses_url: `${base}/${record.id}/statuses`
      })
    }
    if (!id && req.method === 'GET') return send(200, this.deployments)
    const record = this.deployments.find(d => d.id === Number(id))
    if (!record) return send(404, { message: 'Not Found' })
    if (statuses && req.method === 'POST') {
      const status = { id: this.nextId++, ...input, deployment_url: `${base}/${record.id}` }
      record.statuses.push(status)
      return send(201, status)
    }
    if (statuses) return send(200, [...record.statuses].reverse())
    return send(200, record)
  }
}
