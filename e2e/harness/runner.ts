/**
 * Runs an action the way the GitHub runner does for a `uses:` step of a node action: inputs as
 * INPUT_* variables (with action.yml defaults), the GITHUB_* context, per-step file-command
 * files, `node <main>` and then `node <post>` with STATE_* from the main step, and cancellation
 * by signals (SIGINT, then SIGTERM 7.5 s later, then SIGKILL).
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import {
  annotationsOf,
  parseFileCommands,
  parseWorkflowCommands,
  type Annotation,
  type WorkflowCommand
} from './commands.js'
import { actionNode, actionRoot } from './paths.js'

export interface ActionInput {
  description?: string
  required?: boolean
  default?: string
}

export interface ActionMetadata {
  name: string
  inputs: Record<string, ActionInput>
  outputs: Record<string, { description?: string }>
  runs: { using: string; main: string; pre?: string; post?: string }
}

/** The workflow run the action believes it is part of. */
export interface RunContext {
  repository: string
  sha: string
  ref: string
  runId: string
  runNumber: string
  runAttempt: string
  actor: string
  workflow: string
  job: string
  eventName: string
  serverUrl: string
  apiUrl: string
  token: string
}

export interface SignalStep {
  signal: NodeJS.Signals
  /** Delay after the previous signal (or after the trigger, for the first). */
  afterMs: number
}

/** The runner's cancellation: SIGINT, SIGTERM 7.5 s later, SIGKILL 2.5 s after that. */
export const RUNNER_CANCEL_SEQUENCE: SignalStep[] = [
  { signal: 'SIGINT', afterMs: 0 },
  { signal: 'SIGTERM', afterMs: 7500 },
  { signal: 'SIGKILL', afterMs: 2500 }
]

export interface SignalOptions {
  /** Send once stdout matches this pattern, or this many milliseconds after the start. */
  when: RegExp | number
  sequence?: SignalStep[]
}

export interface RunOptions {
  /** The step's `with:` (values are turned into strings, as YAML scalars are). */
  with?: Record<string, string | number | boolean>
  /** The step's and job's `env:`; nothing else of the caller's environment reaches the action. */
  env?: Record<string, string>
  /** GITHUB_WORKSPACE, also the working directory. */
  workspace: string
  actionDir?: string
  /** Sets ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN, as a job with `id-token: write` has them. */
  oidc?: { requestUrl: string; requestToken: string }
  /** AWS_ENDPOINT_URL for the AWS SDK (the emulator). */
  awsEndpointUrl?: string
  context?: Partial<RunContext>
  /** Cancel the main step (the post step still runs, as with the runner's `post-if: always()`). */
  signal?: SignalOptions
  /** Per step; the step is killed and marked timedOut after it. */
  timeoutMs?: number
  /** Run the post step when action.yml has one (default true). */
  post?: boolean
}

export interface StepResult {
  step: 'main' | 'post'
  exitCode: number | null
  /** The signal that ended the process, if one did. */
  signal: NodeJS.Signals | null
  signalsSent: NodeJS.Signals[]
  timedOut: boolean
  stdout: string
  stderr: string
  outputs: Record<string, string>
  state: Record<string, string>
  /** What the step exported through GITHUB_ENV (applies to later steps, here the post step). */
  exportedEnv: Record<string, string>
  summary: string
  commands: WorkflowCommand[]
  annotations: Annotation[]
  /** Values registered with ::add-mask::. */
  masks: string[]
  durationMs: number
}

export interface RunResult extends StepResult {
  post?: StepResult
  context: RunContext
}

const INHERITED_ENV = ['PATH', 'LANG', 'LC_ALL', 'TZ', 'SYSTEMROOT']
// Under the suite's 120 s test timeout, so a hung step is killed and reported as timed out
// rather than left running into the next test.
const DEFAULT_TIMEOUT_MS = 90_000

export function defaultContext(overrides: Partial<RunContext> = {}): RunContext {
  return {
    repository: 'octo-org/webapp',
    sha: 'f3a1c9e2b7d04a6c8e5f1b2d3c4a5e6f7a8b9c0d',
    ref: 'refs/heads/main',
    runId: '9876543210',
    runNumber: '42',
    runAttempt: '1',
    actor: 'octocat',
    workflow: 'Deploy',
    job: 'deploy',
    eventName: 'push',
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    token: `ghs_${randomBytes(18).toString('hex')}`,
    ...overrides
  }
}

export async function readActionMetadata(actionDir: string = actionRoot): Promise<ActionMetadata> {
  const meta = parseYaml(await readFile(join(actionDir, 'action.yml'), 'utf8')) as ActionMetadata
  return { ...meta, inputs: meta.inputs ?? {}, outputs: meta.outputs ?? {} }
}

/** INPUT_<NAME>: upper-cased, spaces to underscores, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** The few expressions action.yml defaults use, e.g. `${{ github.token }}`. */
export function evaluateDefault(value: string, ctx: RunContext, workspace: string): string {
  const known: Record<string, string> = {
    'github.token': ctx.token,
    'github.repository': ctx.repository,
    'github.repository_owner': ctx.repository.split('/')[0],
    'github.sha': ctx.sha,
    'github.ref': ctx.ref,
    'github.run_id': ctx.runId,
    'github.run_number': ctx.runNumber,
    'github.run_attempt': ctx.runAttempt,
    'github.server_url': ctx.serverUrl,
    'github.api_url': ctx.apiUrl,
    'github.actor': ctx.actor,
    'github.job': ctx.job,
    'github.workspace': workspace
  }
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    if (!(expr in known)) throw new Error(`Unsupported expression in an input default: ${expr}`)
    return known[expr]
  })
}

export function inputEnv(
  meta: ActionMetadata,
  given: RunOptions['with'] = {},
  ctx: RunContext,
  workspace: string
): Record<string, string> {
  const unknown = Object.keys(given).filter(name => !(name in meta.inputs))
  if (unknown.length) {
    // The runner only warns; a test with a misspelt input would silently test the default.
    throw new Error(
      `Unexpected input(s) ${unknown.map(n => `'${n}'`).join(', ')}, valid inputs are ` +
        `[${Object.keys(meta.inputs).join(', ')}]`
    )
  }
  const env: Record<string, string> = {}
  for (const [name, input] of Object.entries(meta.inputs)) {
    const value =
      name in given
        ? String(given[name])
        : input.default !== undefined
          ? evaluateDefault(String(input.default), ctx, workspace)
          : undefined
    if (value !== undefined) env[inputEnvName(name)] = value
  }
  return env
}

function pushEvent(ctx: RunContext): Record<string, unknown> {
  const [owner, name] = ctx.repository.split('/')
  return {
    ref: ctx.ref,
    after: ctx.sha,
    repository: { full_name: ctx.repository, name, owner: { login: owner } },
    head_commit: { id: ctx.sha, message: 'Deploy the web app' },
    pusher: { name: ctx.actor },
    sender: { login: ctx.actor }
  }
}

interface StepFiles {
  output: string
  state: string
  env: string
  path: string
  summary: string
}

async function stepFiles(dir: string, step: string): Promise<StepFiles> {
  const files = {
    output: join(dir, `${step}_set_output`),
    state: join(dir, `${step}_save_state`),
    env: join(dir, `${step}_set_env`),
    path: join(dir, `${step}_add_path`),
    summary: join(dir, `${step}_step_summary`)
  }
  await Promise.all(Object.values(files).map(f => writeFile(f, '')))
  return files
}

function runProcess(
  script: string,
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
  signal?: SignalOptions
): Promise<{
  exitCode: number | null
  signal: NodeJS.Signals | null
  signalsSent: NodeJS.Signals[]
  timedOut: boolean
  stdout: string
  stderr: string
  durationMs: number
}> {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const child = spawn(actionNode, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    let timedOut = false
    let triggered = false
    const signalsSent: NodeJS.Signals[] = []
    const timers: NodeJS.Timeout[] = []

    const sendSequence = () => {
      if (triggered || !signal) return
      triggered = true
      let delay = 0
      for (const step of signal.sequence ?? RUNNER_CANCEL_SEQUENCE) {
        delay += step.afterMs
        timers.push(
          setTimeout(() => {
            if (child.exitCode === null && child.signalCode === null) {
              signalsSent.push(step.signal)
              child.kill(step.signal)
            }
          }, delay)
        )
      }
    }
    if (signal && typeof signal.when === 'number')
      timers.push(setTimeout(sendSequence, signal.when))
    timers.push(
      setTimeout(() => {
        timedOut = true
        child.kill('SIGKILL')
      }, timeoutMs)
    )

    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      if (signal && signal.when instanceof RegExp && signal.when.test(stdout)) sendSequence()
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (exitCode, exitSignal) => {
      timers.forEach(clearTimeout)
      resolve({
        exitCode,
        signal: exitSignal,
        signalsSent,
        timedOut,
        stdout,
        stderr,
        durationMs: Date.now() - started
      })
    })
  })
}

async function runStep(
  step: 'main' | 'post',
  script: string,
  baseEnv: Record<string, string>,
  fileDir: string,
  options: RunOptions
): Promise<StepResult> {
  const files = await stepFiles(fileDir, step)
  const env = {
    ...baseEnv,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary
  }
  const proc = await runProcess(
    script,
    options.workspace,
    env,
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    step === 'main' ? options.signal : undefined
  )
  const commands = parseWorkflowCommands(proc.stdout)
  return {
    step,
    ...proc,
    outputs: parseFileCommands(await readFile(files.output, 'utf8')),
    state: parseFileCommands(await readFile(files.state, 'utf8')),
    exportedEnv: parseFileCommands(await readFile(files.env, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
    commands,
    annotations: annotationsOf(commands),
    masks: commands.filter(c => c.command === 'add-mask').map(c => c.message)
  }
}

/** Runs the action's main step, then its post step, and reports what the runner would see. */
export async function runAction(options: RunOptions): Promise<RunResult> {
  const actionDir = options.actionDir ?? actionRoot
  const meta = await readActionMetadata(actionDir)
  const mainScript = join(actionDir, meta.runs.main)
  if (!existsSync(mainScript)) {
    throw new Error(`${mainScript} does not exist: build the action first (npm run bundle)`)
  }
  const ctx = defaultContext(options.context)
  const runnerTemp = await mkdtemp(join(tmpdir(), 'e2e-runner-'))
  try {
    const home = join(runnerTemp, 'home')
    const fileDir = join(runnerTemp, '_runner_file_commands')
    await Promise.all([mkdir(home), mkdir(fileDir), mkdir(join(runnerTemp, 'temp'))])
    const eventPath = join(runnerTemp, 'event.json')
    await writeFile(eventPath, JSON.stringify(pushEvent(ctx), null, 2))

    const inherited = Object.fromEntries(
      INHERITED_ENV.filter(k => process.env[k] !== undefined).map(k => [k, process.env[k] ?? ''])
    )
    const baseEnv: Record<string, string> = {
      ...inherited,
      // A home of its own: the developer's ~/.aws must not reach the action.
      HOME: home,
      // Only 127.0.0.1 is reachable: the SDK's credential chain must not probe the EC2
      // instance metadata address when no credentials are given.
      AWS_EC2_METADATA_DISABLED: 'true',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_REPOSITORY: ctx.repository,
      GITHUB_REPOSITORY_OWNER: ctx.repository.split('/')[0],
      GITHUB_SHA: ctx.sha,
      GITHUB_REF: ctx.ref,
      GITHUB_REF_NAME: ctx.ref.replace(/^refs\/(heads|tags)\//, ''),
      GITHUB_REF_TYPE: ctx.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      GITHUB_RUN_ID: ctx.runId,
      GITHUB_RUN_NUMBER: ctx.runNumber,
      GITHUB_RUN_ATTEMPT: ctx.runAttempt,
      GITHUB_ACTOR: ctx.actor,
      GITHUB_TRIGGERING_ACTOR: ctx.actor,
      GITHUB_WORKFLOW: ctx.workflow,
      GITHUB_JOB: ctx.job,
      GITHUB_ACTION: 'deploy',
      GITHUB_ACTION_PATH: actionDir,
      GITHUB_EVENT_NAME: ctx.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_SERVER_URL: ctx.serverUrl,
      GITHUB_API_URL: ctx.apiUrl,
      GITHUB_GRAPHQL_URL: `${ctx.apiUrl}/graphql`,
      RUNNER_TEMP: join(runnerTemp, 'temp'),
      RUNNER_TOOL_CACHE: join(runnerTemp, 'tool-cache'),
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: 'GitHub Actions 1',
      RUNNER_ENVIRONMENT: 'github-hosted',
      ...(options.awsEndpointUrl ? { AWS_ENDPOINT_URL: options.awsEndpointUrl } : {}),
      ...(options.oidc
        ? {
            ACTIONS_ID_TOKEN_REQUEST_URL: options.oidc.requestUrl,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: options.oidc.requestToken
          }
        : {}),
      ...options.env,
      ...inputEnv(meta, options.with, ctx, options.workspace)
    }

    const main = await runStep('main', mainScript, baseEnv, fileDir, options)
    let post: StepResult | undefined
    if (meta.runs.post && options.post !== false) {
      const stateEnv = Object.fromEntries(
        Object.entries(main.state).map(([k, v]) => [`STATE_${k}`, v])
      )
      post = await runStep(
        'post',
        join(actionDir, meta.runs.post),
        { ...baseEnv, ...main.exportedEnv, ...stateEnv },
        fileDir,
        options
      )
    }
    return { ...main, post, context: ctx }
  } finally {
    if (process.env.E2E_KEEP_TEMP !== '1') await rm(runnerTemp, { recursive: true, force: true })
  }
}

/** The log as the runner shows it: every registered secret replaced by ***. */
export function maskLog(text: string, masks: string[]): string {
  return masks
    .filter(m => m.length > 0)
    .sort((a, b) => b.length - a.length)
    .reduce((out, mask) => out.split(mask).join('***'), text)
}
