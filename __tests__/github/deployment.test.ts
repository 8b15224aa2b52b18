import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  gitHubDeploymentState,
  startGitHubDeployment,
  type GitHubDeploymentOptions
} from '../../src/github/deployment.js'
import { recordingLog, type RecordingLog } from '../support/log.js'

interface Recorded {
  method: string
  path: string
  authorization?: string
  body: unknown
}

type Reply = { status: number; body?: unknown } | 'hang'
type Route = (method: string, path: string) => Reply

/** Answers like api.github.com does for the two endpoints, unless a test says otherwise. */
const github: Route = (method, path) => {
  if (method === 'POST' && /\/repos\/[^/]+\/[^/]+\/deployments$/.test(path)) {
    return { status: 201, body: { id: 42, environment: 'production' } }
  }
  if (method === 'POST' && /\/deployments\/\d+\/statuses$/.test(path)) {
    return { status: 201, body: { id: 7 } }
  }
  return { status: 404, body: { message: 'Not Found' } }
}

let server: Server
let apiUrl: string
let requests: Recorded[]
let route: Route
let log: RecordingLog

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const s = createServer(handler)
  await new Promise<void>(resolve => s.listen(0, '127.0.0.1', resolve))
  return s
}

function stop(s: Server): Promise<void> {
  s.closeAllConnections()
  return new Promise(resolve => s.close(() => resolve()))
}

beforeEach(async () => {
  requests = []
  log = recordingLog()
  route = github
  server = await listen((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString()
      requests.push({
        method: req.method ?? '',
        path: req.url ?? '',
        authorization: req.headers.authorization,
        body: text ? JSON.parse(text) : undefined
      })
      const reply = route(req.method ?? '', req.url ?? '')
      if (reply === 'hang') return
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8' })
      res.end(reply.body === undefined ? '' : JSON.stringify(reply.body))
    })
  })
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterEach(async () => {
  await stop(server)
})

const RUN_URL = 'https://github.com/octo-org/shop-api/actions/runs/1234'
const SHA = '0123456789abcdef0123456789abcdef01234567'
const CONSOLE_URL =
  'https://eu-west-1.console.aws.amazon.com/codesuite/codedeploy/deployments/d-ABC123?region=eu-west-1'

function options(overrides: Partial<GitHubDeploymentOptions> = {}): GitHubDeploymentOptions {
  return {
    token: 'ghs_test',
    environment: 'production',
    apiUrl,
    repository: 'octo-org/shop-api',
    ref: SHA,
    runUrl: RUN_URL,
    description: 'Deployed by GitHub Actions from octo-org/shop-api at 0123456789ab',
    payload: { application: 'shop-api', 'deployment-group': 'production' },
    log,
    ...overrides
  }
}

describe('startGitHubDeployment', () => {
  it('creates the deployment on the commit, then sets it in_progress with the run as log', async () => {
    const deployment = await startGitHubDeployment(options())

    expect(deployment?.id).toBe(42)
    expect(requests).toEqual([
      {
        method: 'POST',
        path: '/repos/octo-org/shop-api/deployments',
        authorization: 'token ghs_test',
        body: {
          ref: SHA,
          environment: 'production',
          description: 'Deployed by GitHub Actions from octo-org/shop-api at 0123456789ab',
          auto_merge: false,
          required_contexts: [],
          payload: { application: 'shop-api', 'deployment-group': 'production' }
        }
      },
      {
        method: 'POST',
        path: '/repos/octo-org/shop-api/deployments/42/statuses',
        authorization: 'token ghs_test',
        body: { state: 'in_progress', log_url: RUN_URL }
      }
    ])
    expect(log.warnings).toEqual([])
    expect(log.lines).toEqual([
      "Created GitHub deployment 42 for environment 'production' at 0123456789ab.",
      'GitHub deployment 42: in_progress.'
    ])
  })

  it('sets the final status with the CodeDeploy console link as environment URL', async () => {
    const deployment = await startGitHubDeployment(options())
    await deployment?.setStatus('success', {
      environmentUrl: CONSOLE_URL,
      description: 'CodeDeploy deployment d-ABC123 Succeeded'
    })

    expect(requests[2]).toEqual({
      method: 'POST',
      path: '/repos/octo-org/shop-api/deployments/42/statuses',
      authorization: 'token ghs_test',
      body: {
        state: 'success',
        log_url: RUN_URL,
        environment_url: CONSOLE_URL,
        description: 'CodeDeploy deployment d-ABC123 Succeeded'
      }
    })
    expect(log.warnings).toEqual([])
  })

  it('uses the API URL it is given, with its path (GitHub Enterprise Server)', async () => {
    await startGitHubDeployment(options({ apiUrl: `${apiUrl}/api/v3/` }))

    expect(requests.map(r => r.path)).toEqual([
      '/api/v3/repos/octo-org/shop-api/deployments',
      '/api/v3/repos/octo-org/shop-api/deployments/42/statuses'
    ])
    expect(log.warnings).toEqual([])
  })

  it('cuts status descriptions to the 140 characters GitHub accepts', async () => {
    const deployment = await startGitHubDeployment(options())
    await deployment?.setStatus('failure', { description: 'x'.repeat(200) })

    const body = requests[2].body as { description: string }
    expect(body.description).toBe(`${'x'.repeat(139)}…`)
  })

  it('warns once and returns undefined when the token lacks deployments: write (403)', async () => {
    route = () => ({
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url:
          'https://docs.github.com/rest/deployments/deployments#create-a-deployment'
      }
    })

    await expect(startGitHubDeployment(options())).resolves.toBeUndefined()
    expect(requests).toHaveLength(1)
    expect(log.warnings).toHaveLength(1)
    expect(log.warnings[0]).toMatch(
      /^GitHub deployment for environment 'production' not recorded: GitHub answered 403 \(Resource not accessible by integration - https:\/\/docs\.github\.com\S+\): the token may not create a deployment; give the job "permissions: deployments: write" \(or pass a github-token that has it\)\. The CodeDeploy deployment is not affected\.$/
    )
  })

  it('warns once and returns undefined when GitHub cannot be reached', async () => {
    const closed = await listen(() => undefined)
    const port = (closed.address() as AddressInfo).port
    await stop(closed)

    await expect(
      startGitHubDeployment(options({ apiUrl: `http://127.0.0.1:${port}` }))
    ).resolves.toBeUndefined()
    expect(log.warnings).toHaveLength(1)
    expect(log.warnings[0]).toContain(
      `not recorded: could not reach the GitHub API at http://127.0.0.1:${port} to create a deployment (`
    )
    expect(log.warnings[0]).toContain("check GITHUB_API_URL and the runner's network access.")
  })

  it('gives up after timeoutMs when GitHub does not answer', async () => {
    route = () => 'hang'

    await expect(startGitHubDeployment(options({ timeoutMs: 200 }))).resolves.toBeUndefined()
    expect(log.warnings).toHaveLength(1)
    expect(log.warnings[0]).toContain('could not reach the GitHub API')
  })

  it('warns when GitHub answers 409 (conflict with the ref)', async () => {
    route = () => ({ status: 409, body: { message: 'Conflict: Commit status checks failed' } })

    await expect(startGitHubDeployment(options())).resolves.toBeUndefined()
    expect(log.warnings).toEqual([
      `GitHub deployment for environment 'production' not recorded: GitHub answered 409 (Conflict: Commit status checks failed): GitHub refused to deploy ${SHA} because of a conflict with it (merge conflict or commit status checks). The CodeDeploy deployment is not affected.`
    ])
  })

  it('warns when GitHub answers 202 (merged the default branch instead of deploying)', async () => {
    route = () => ({
      status: 202,
      body: { message: 'Auto-merged main into topic-branch on deployment.' }
    })

    await expect(startGitHubDeployment(options())).resolves.toBeUndefined()
    expect(requests).toHaveLength(1)
    expect(log.warnings).toEqual([
      "GitHub deployment for environment 'production' not recorded: GitHub answered 202 (Auto-merged main into topic-branch on deployment.). The CodeDeploy deployment is not affected."
    ])
  })

  it('explains a 422: the commit must be on GitHub and allowed in the environment', async () => {
    route = () => ({ status: 422, body: { message: `No ref found for: ${SHA}` } })

    await startGitHubDeployment(options())
    expect(log.warnings).toEqual([
      `GitHub deployment for environment 'production' not recorded: GitHub answered 422 (No ref found for: ${SHA}): ${SHA} must be a commit pushed to octo-org/shop-api, and the environment 'production' must allow deployments from it (deployment branch and tag rules). The CodeDeploy deployment is not affected.`
    ])
  })

  it('explains a 401: the token is not valid', async () => {
    route = () => ({ status: 401, body: { message: 'Bad credentials' } })

    await startGitHubDeployment(options())
    expect(log.warnings).toEqual([
      "GitHub deployment for environment 'production' not recorded: GitHub answered 401 (Bad credentials): github-token is not a valid token for octo-org/shop-api. The CodeDeploy deployment is not affected."
    ])
  })

  it('keeps the deployment when a status cannot be set, and warns each time', async () => {
    route = (method, path) =>
      path.endsWith('/statuses')
        ? { status: 500, body: { message: 'Server Error' } }
        : github(method, path)

    const deployment = await startGitHubDeployment(options())
    expect(deployment?.id).toBe(42)
    await expect(deployment?.setStatus('failure')).resolves.toBeUndefined()

    expect(log.warnings).toEqual([
      "GitHub deployment 42 for environment 'production' not set to in_progress: GitHub answered 500 (Server Error). The CodeDeploy deployment is not affected.",
      "GitHub deployment 42 for environment 'production' not set to failure: GitHub answered 500 (Server Error). The CodeDeploy deployment is not affected."
    ])
  })

  it('sends nothing without a token', async () => {
    await expect(startGitHubDeployment(options({ token: '' }))).resolves.toBeUndefined()
    expect(requests).toEqual([])
    expect(log.warnings).toEqual([
      "GitHub deployment for environment 'production' not recorded: github-token is empty; pass a token with deployments: write. The CodeDeploy deployment is not affected."
    ])
  })

  it('sends nothing when the repository is not owner/repo', async () => {
    await expect(
      startGitHubDeployment(options({ repository: 'shop-api' }))
    ).resolves.toBeUndefined()
    expect(requests).toEqual([])
    expect(log.warnings).toEqual([
      "GitHub deployment for environment 'production' not recorded: GITHUB_REPOSITORY is 'shop-api', expected owner/repo. The CodeDeploy deployment is not affected."
    ])
  })

  it('sends nothing when the commit is unknown', async () => {
    await expect(startGitHubDeployment(options({ ref: '' }))).resolves.toBeUndefined()
    expect(requests).toEqual([])
    expect(log.warnings).toEqual([
      "GitHub deployment for environment 'production' not recorded: the commit SHA (GITHUB_SHA) is unknown. The CodeDeploy deployment is not affected."
    ])
  })
})

describe('gitHubDeploymentState', () => {
  it.each([
    ['Succeeded', 'success'],
    ['Failed', 'failure'],
    ['Stopped', 'inactive'],
    ['InProgress', 'in_progress'],
    ['Created', 'in_progress'],
    [undefined, 'error']
  ])('maps CodeDeploy status %s to %s', (status, state) => {
    expect(gitHubDeploymentState(status)).toBe(state)
  })
})
