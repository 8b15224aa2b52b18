/**
 * Starts and drives the AWS emulator (e2e/emulator/launcher.py: moto, patched, with a simulated
 * CodeDeploy agent). Fails loudly, never skips, when python3 or moto is missing.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { launcherPath } from './paths.js'

export interface EmulatorSettings {
  eventDelaySeconds: number
  startDelaySeconds: number
  instanceCount: number
  sessionDurationSeconds: number | null
  groups: Record<string, { instanceCount?: number; eventDelaySeconds?: number }>
  /** CodeDeploy's GitHub connection: where GitHub revisions are downloaded from. */
  gitHubConnection: { apiUrl: string; token: string } | null
}

/** The `-after` kinds carry the request out first, then lose its answer. */
export type FaultKind = 'throttle' | 'error500' | 'drop' | 'error500-after' | 'drop-after'

export interface FaultRule {
  kind: FaultKind
  /** Share of matching requests that get the fault, 0..1 (default 1). */
  rate?: number
  service?: 'sts' | 's3' | 'codedeploy'
  action?: string
  /** Stop after this many faults from this rule. */
  max?: number
}

export interface FaultReport {
  seed: number
  rules: (FaultRule & { injected: number })[]
  /** Keyed service:action:kind. */
  injected: Record<string, number>
  total: number
}

export interface CallRecord {
  /** Epoch seconds. */
  t: number
  service: string
  action: string
  /** Account of the caller's credentials; null for unsigned calls (AssumeRoleWithWebIdentity). */
  account: string | null
  /** HTTP status; 0 for a dropped connection. */
  status: number | null
  fault: FaultKind | 'expired' | null
}

export interface CallReport {
  /** Keyed service:Action, e.g. s3:PutObject. */
  counts: Record<string, number>
  calls: CallRecord[]
}

export interface AgentReport {
  deploymentId: string
  account: string
  region: string
  application: string
  deploymentGroup: string
  status: string
  bundle: {
    bucket: string
    bucketAccount: string
    key: string
    version: string | null
    etag: string
    /** A GitHub revision's repository and commit. */
    repository?: string
    commit?: string
    sha256: string
    size: number
    bundleType: string
    entries?: { name: string; mode: number }[]
    appspec?: string | null
    error?: string | null
  } | null
  instances: { instanceId: string; status: string }[]
}

export interface EmulatedDeployment {
  account: string
  region: string
  deploymentId: string
  application: string
  deploymentGroup: string
  status: string
  creator: string
  revision: Record<string, unknown>
  description: string | null
  errorInformation: { code: string; message: string } | null
  stopRequest: { autoRollbackEnabled: boolean | null; requestedAt: number } | null
  rollbackInfo: Record<string, string> | null
  /** What CreateDeployment overrode of the group's settings, as it was sent (null: not sent). */
  overrides: {
    autoRollbackConfiguration: { enabled: boolean; events?: string[] } | null
    overrideAlarmConfiguration: { enabled: boolean } | null
    updateOutdatedInstancesOnly: boolean | null
  }
  agent: AgentReport | null
}

export interface IamDenial {
  service: string
  action: string
  principal: string | null
  resource: string
  reason: string
  /** Set when the simulated agent (the instance profile) was refused. */
  agent?: boolean
}

export interface IamSettings {
  enforce?: boolean
  /** Name of the instance profile's role the agent downloads with, in the group's account. */
  instanceRole?: string
  /** The same per deployment group, keyed "account/application/group". */
  instanceRoles?: Record<string, string>
}

export interface IamReport {
  enforce: boolean
  instanceRole: string
  instanceRoles: Record<string, string>
  denials: IamDenial[]
  evaluator: { evaluations: number; seconds: number; msPerEvaluation: number | null }
}

export interface EmulatedSession {
  account: string
  roleArn: string
  sessionName: string
  accessKeyId: string
  secretAccessKey: string
  sessionToken: string
  expiration: string
}

const READY_LINE = /^E2E_EMULATOR_READY (\{.*\})$/m
const START_TIMEOUT_MS = 60_000
const MISSING_MOTO =
  'The end-to-end suite needs python3 with moto 5.2 and its server extras: pip install "moto[server]"'

export class Emulator {
  private constructor(
    readonly url: string,
    readonly port: number,
    private readonly child: ChildProcess,
    private readonly logs: string[]
  ) {}

  /** Starts the launcher on a free port and waits for its ready line. */
  static async start(python = process.env.E2E_PYTHON ?? 'python3'): Promise<Emulator> {
    const child = spawn(python, [launcherPath, '--port', '0', '--exit-with-stdin'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      // The emulator needs no AWS settings; leaving them out keeps a developer's profile or
      // region from changing what moto does.
      env: {
        ...Object.fromEntries(
          Object.entries(process.env).filter(([key]) => !key.startsWith('AWS_'))
        ),
        // Keeps the source tree free of __pycache__ directories.
        PYTHONDONTWRITEBYTECODE: '1',
        // The IAM evaluator (iam-evaluator.mjs) runs on the suite's own Node.js.
        E2E_IAM_NODE: process.execPath
      }
    })
    const logs: string[] = []
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => logs.push(chunk))
    return new Promise<Emulator>((resolve, reject) => {
      let stdout = ''
      const timer = setTimeout(() => {
        child.kill('SIGKILL')
        reject(
          new Error(`The emulator did not start within ${START_TIMEOUT_MS} ms:\n${logs.join('')}`)
        )
      }, START_TIMEOUT_MS)
      child.on('error', err => {
        clearTimeout(timer)
        reject(new Error(`Could not run ${python} (${err.message}). ${MISSING_MOTO}`))
      })
      child.on('exit', code => {
        clearTimeout(timer)
        reject(
          new Error(`The emulator exited with code ${code}. ${MISSING_MOTO}\n${logs.join('')}`)
        )
      })
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk
        const match = READY_LINE.exec(stdout)
        if (!match) return
        clearTimeout(timer)
        child.removeAllListeners('exit')
        const ready = JSON.parse(match[1]) as { port: number; url: string }
        resolve(new Emulator(ready.url, ready.port, child, logs))
      })
    })
  }

  /** What the launcher wrote to stderr (moto tracebacks, agent errors): for failing tests. */
  get log(): string {
    return this.logs.join('')
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return
    const exited = new Promise<void>(resolve => this.child.once('exit', () => resolve()))
    this.child.stdin?.end()
    this.child.kill('SIGTERM')
    await exited
  }

  async control<T>(method: 'GET' | 'POST' | 'DELETE', route: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.url}/_e2e/${route}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} /_e2e/${route}: ${response.status} ${text}`)
    return JSON.parse(text) as T
  }

  /** Empties moto and the emulator's own state (settings, faults, calls, OIDC issuer). */
  async reset(): Promise<void> {
    await this.control('POST', 'reset')
  }

  settings(): Promise<EmulatorSettings> {
    return this.control('GET', 'settings')
  }

  configure(changes: Partial<EmulatorSettings>): Promise<EmulatorSettings> {
    return this.control('POST', 'settings', changes)
  }

  /** Instance count and per-event delay for one deployment group. */
  configureGroup(
    account: string,
    application: string,
    group: string,
    settings: { instanceCount?: number; eventDelaySeconds?: number }
  ): Promise<EmulatorSettings> {
    return this.configure({ groups: { [`${account}/${application}/${group}`]: settings } })
  }

  injectFaults(rules: FaultRule[], seed = 1): Promise<FaultReport> {
    return this.control('POST', 'faults', { rules, seed })
  }

  clearFaults(): Promise<FaultReport> {
    return this.control('DELETE', 'faults')
  }

  faults(): Promise<FaultReport> {
    return this.control('GET', 'faults')
  }

  calls(): Promise<CallReport> {
    return this.control('GET', 'calls')
  }

  clearCalls(): Promise<CallReport> {
    return this.control('DELETE', 'calls')
  }

  async deployments(): Promise<EmulatedDeployment[]> {
    return (await this.control<{ deployments: EmulatedDeployment[] }>('GET', 'deployments'))
      .deployments
  }

  async sessions(): Promise<EmulatedSession[]> {
    return (await this.control<{ sessions: EmulatedSession[] }>('GET', 'sessions')).sessions
  }

  /** From now on AssumeRoleWithWebIdentity checks tokens against this issuer, as STS does. */
  trustOidcIssuer(
    issuer: string,
    jwks: unknown,
    audiences = ['sts.amazonaws.com']
  ): Promise<unknown> {
    return this.control('POST', 'oidc', { issuer, jwks, audiences })
  }

  /**
   * From now on every STS, S3, CodeDeploy and IAM request (and the agent's download) is
   * authorised against the policies installed in the emulator, as AWS does (iam.py).
   */
  enforceIam(settings: IamSettings = {}): Promise<IamReport> {
    return this.control('POST', 'iam', { enforce: true, ...settings })
  }

  iam(): Promise<IamReport> {
    return this.control('GET', 'iam')
  }

  /** Polls until the deployment ends (or the time is up) and returns its last state. */
  async waitForDeployment(deploymentId: string, timeoutMs = 60_000): Promise<EmulatedDeployment> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = (await this.deployments()).find(d => d.deploymentId === deploymentId)
      if (!found) throw new Error(`No deployment ${deploymentId} in the emulator`)
      if (['Succeeded', 'Failed', 'Stopped'].includes(found.status) || Date.now() > deadline) {
        return found
      }
      await new Promise(resolve => setTimeout(resolve, 100))
    }
  }
}
