/**
 * A stand-in for the runner's OIDC token service: serves RS256-signed JWTs with the claims
 * GitHub puts in them, to callers that present the job's request token, as
 * `core.getIDToken()` asks for them (GET <ACTIONS_ID_TOKEN_REQUEST_URL>&audience=...).
 */
import {
  createSign,
  generateKeyPairSync,
  randomBytes,
  randomUUID,
  type KeyObject
} from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { LoopbackServer } from './loopback.js'
import type { RunContext } from './runner.js'

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'

export interface IssuedToken {
  audience: string
  token: string
  claims: Record<string, unknown>
}

export interface OidcServerOptions {
  /** Token lifetime in seconds (GitHub's tokens last a few minutes). */
  lifetimeSeconds?: number
}

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url')
}

export class OidcServer extends LoopbackServer {
  readonly requestToken = `oidc-request-${randomBytes(16).toString('hex')}`
  readonly issued: IssuedToken[] = []
  /** Requests refused (bad or missing bearer token). */
  refused = 0
  /** The next this-many token requests fail with HTTP 500, to test error handling. */
  failNext = 0
  private readonly keyId = randomBytes(8).toString('hex')
  private readonly privateKey: KeyObject
  private readonly publicKey: KeyObject

  constructor(
    private context: RunContext,
    private readonly options: OidcServerOptions = {}
  ) {
    super()
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 })
    this.privateKey = pair.privateKey
    this.publicKey = pair.publicKey
  }

  /** Claims follow the run the token is issued for. */
  setContext(context: RunContext): void {
    this.context = context
  }

  /** As the runner sets it: the URL already carries a query, @actions/core appends &audience=. */
  get requestUrl(): string {
    return `${this.origin}/token?api-version=2.0`
  }

  get jwks(): { keys: Record<string, unknown>[] } {
    const jwk = this.publicKey.export({ format: 'jwk' })
    return { keys: [{ ...jwk, kid: this.keyId, alg: 'RS256', use: 'sig' }] }
  }

  /** What a job with `permissions: id-token: write` gets in its environment. */
  get env(): { requestUrl: string; requestToken: string } {
    return { requestUrl: this.requestUrl, requestToken: this.requestToken }
  }

  sign(claims: Record<string, unknown>): string {
    const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', kid: this.keyId }))
    const payload = base64url(JSON.stringify(claims))
    const signer = createSign('RSA-SHA256')
    signer.update(`${header}.${payload}`)
    return `${header}.${payload}.${signer.sign(this.privateKey).toString('base64url')}`
  }

  claimsFor(audience: string): Record<string, unknown> {
    const ctx = this.context
    const now = Math.floor(Date.now() / 1000)
    const [owner] = ctx.repository.split('/')
    return {
      jti: randomUUID(),
      sub: `repo:${ctx.repository}:ref:${ctx.ref}`,
      aud: audience,
      ref: ctx.ref,
      sha: ctx.sha,
      repository: ctx.repository,
      repository_owner: owner,
      repository_visibility: 'private',
      run_id: ctx.runId,
      run_number: ctx.runNumber,
      run_attempt: ctx.runAttempt,
      actor: ctx.actor,
      workflow: ctx.workflow,
      event_name: ctx.eventName,
      ref_type: 'branch',
      job_workflow_ref: `${ctx.repository}/.github/workflows/deploy.yml@${ctx.ref}`,
      runner_environment: 'github-hosted',
      iss: GITHUB_ISSUER,
      nbf: now - 5,
      iat: now,
      exp: now + (this.options.lifetimeSeconds ?? 300)
    }
  }

  protected handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', `${this.origin}`)
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    if (url.pathname === '/.well-known/jwks') return send(200, this.jwks)
    if (url.pathname !== '/token' || req.method !== 'GET')
      return send(404, { message: 'Not Found' })
    if (req.headers.authorization !== `Bearer ${this.requestToken}`) {
      this.refused++
      return send(401, { message: 'Bad credentials' })
    }
    if (this.failNext > 0) {
      this.failNext--
      return send(500, { message: 'Internal error' })
    }
    // Without an audience the runner uses the repository owner's URL.
    const audience =
      url.searchParams.get('audience') ??
      `${this.context.serverUrl}/${this.context.repository.split('/')[0]}`
    const claims = this.claimsFor(audience)
    const token = this.sign(claims)
    this.issued.push({ audience, token, claims })
    send(200, { count: 1, value: token })
  }
}
