/**
 * Waiting cost and detection delay of the built action (dist/), against the local AWS emulator.
 *
 * Runs the action as the GitHub runner does (e2e/harness) with the default wait settings
 * (poll-interval-seconds and wait-timeout-seconds from action.yml) on a deployment of known
 * length: 3 instances, 7 lifecycle events each, one instance at a time. The deployment's length
 * is swept across one poll interval from run to run, so that it ends at a different point of the
 * poll cycle each time and the median is not an accident of timing. For each run it reports:
 *
 * - AWS calls per minute of waiting: every call the emulator logged after CreateDeployment and
 *   before the main step exited, divided by that time; GetDeployment alone too, and the median
 *   gap between two GetDeployment calls;
 * - detection delay: when the runner received the line reporting the final status, minus the
 *   deployment's completeTime in the emulator; also when the action asked (its last
 *   GetDeployment) and when its main step exited.
 *
 * Benchmarks report, tests assert: the goals are printed with PASS or FAIL, and the exit code is
 * non-zero only when a run itself fails.
 *
 *   --quick    3 runs instead of 5
 *   --tiny     1 run of a deployment of a few seconds, to keep the benchmark from rotting
 *   --runs=N   N runs
 *   --fleet N  instead: one deployment to N instances, all failing (bench/fleet.ts)
 *
 * Needs python3 with moto (pip install "moto[server]") and a built action (npm run bundle).
 */
import { GetDeploymentCommand } from '@aws-sdk/client-codedeploy'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { availableParallelism, cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLandscape, PROD_ACCOUNT, type Landscape } from '../e2e/harness/aws.js'
import { callsTo, errorsOf } from '../e2e/harness/checks.js'
import { Emulator, type CallRecord } from '../e2e/harness/emulator.js'
import { crossAccountInputs, REVISION_DIR } from '../e2e/harness/inputs.js'
import { GITHUB_ISSUER, OidcServer } from '../e2e/harness/oidc.js'
import { examplesDir } from '../e2e/harness/paths.js'
import {
  defaultContext,
  readActionMetadata,
  runAction,
  type RunContext
} from '../e2e/harness/runner.js'
import { benchFleet } from './fleet.js'
import { median } from './stats.js'

/** Lifecycle events the emulator's agent walks on each instance (EC2/on-premises). */
const EVENTS_PER_INSTANCE = 7
const MAX_CALLS_PER_MINUTE = 15

interface Plan {
  runs: number
  instances: number
  /** Length of the first run's deployment; later runs add a share of one poll interval. */
  baseSeconds: number
}

const PLANS: Record<string, Plan> = {
  full: { runs: 5, instances: 3, baseSeconds: 28 },
  quick: { runs: 3, instances: 3, baseSeconds: 28 },
  tiny: { runs: 1, instances: 2, baseSeconds: 2.5 }
}

/** The line the action prints when it sees the deployment end, e.g. `[0:31] Succeeded: ...`. */
const FINAL_STATUS = /^\[\d+:\d{2}\] (Succeeded|Failed|Stopped)\b/m

/**
 * Notes when the runner first receives the final status line. The harness tests a step's
 * `signal.when` pattern against its stdout each time output arrives; this pattern records the
 * time of the first match and never matches itself, so no signal is ever sent.
 */
class StatusLineClock extends RegExp {
  at: number | undefined

  constructor() {
    super('(?!)')
  }

  override test(stdout: string): boolean {
    if (this.at === undefined && FINAL_STATUS.test(stdout)) this.at = Date.now()
    return false
  }
}

interface Measurement {
  run: number
  eventDelaySeconds: number
  /** completeTime - createTime in the emulator. */
  deploymentSeconds: number
  /** From CreateDeployment to the main step's exit. */
  waitedSeconds: number
  calls: number
  getDeployments: number
  callsPerMinute: number
  getDeploymentsPerMinute: number
  medianPollGapSeconds: number
  /** Last GetDeployment (the one that saw the end) - completeTime. */
  askedDelaySeconds: number
  /** Final status line received - completeTime. */
  printedDelaySeconds: number
  /** Main step exit - completeTime. */
  exitDelaySeconds: number
  others: string
}

async function main(argv: string[]): Promise<void> {
  const fleet = argv.indexOf('--fleet')
  if (fleet >= 0) return benchFleet(Math.max(1, Number(argv[fleet + 1]) || 1000))
  const mode = ['quick', 'tiny'].find(m => argv.includes(`--${m}`)) ?? 'full'
  const plan = { ...PLANS[mode] }
  const runsArg = argv.find(a => a.startsWith('--runs='))
  if (runsArg) plan.runs = Math.max(1, Number(runsArg.slice('--runs='.length)) || 1)
  // The action runs on Node 20 here too; the SDK's notice about future versions is noise.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'

  const meta = await readActionMetadata()
  const pollSeconds = Number(meta.inputs['poll-interval-seconds']?.default)
  if (!(pollSeconds > 0)) throw new Error('action.yml has no default for poll-interval-seconds')
  const events = plan.instances * EVENTS_PER_INSTANCE
  const last = plan.baseSeconds + ((plan.runs - 1) * pollSeconds) / plan.runs
  log(
    `mode ${mode}: ${plan.runs} run(s), ${plan.instances} instances × ${EVENTS_PER_INSTANCE} events ` +
      `(OneAtATime), deployments of ${plan.baseSeconds}–${last.toFixed(1)} s, ` +
      `poll-interval-seconds ${pollSeconds} (action.yml default); ${cpus().length} × ` +
      `${cpus()[0]?.model ?? 'CPU'}, ${availableParallelism()} usable, node ${process.version}`
  )

  const emulator = await Emulator.start()
  const context = defaultContext()
  const oidc = await new OidcServer(context).start()
  const results: Measurement[] = []
  try {
    for (let run = 1; run <= plan.runs; run++) {
      // Sweeps the deployment's end across one poll interval: run k ends (k-1)/runs later.
      const seconds = plan.baseSeconds + ((run - 1) * pollSeconds) / plan.runs
      const eventDelaySeconds = Math.round((seconds / events) * 1000) / 1000
      const result = await runOnce(emulator, oidc, context, run, plan.instances, eventDelaySeconds)
      results.push(result)
      log(
        `run ${run}: deployment ${result.deploymentSeconds.toFixed(1)} s, ` +
          `${result.calls} calls in ${result.waitedSeconds.toFixed(1)} s, ` +
          `status printed ${result.printedDelaySeconds.toFixed(2)} s after it ended`
      )
    }
  } catch (error) {
    const emulatorLog = emulator.log.trim()
    if (emulatorLog) log(`emulator log:\n${emulatorLog}`)
    throw error
  } finally {
    await oidc.stop()
    await emulator.stop()
  }
  report(results, pollSeconds, mode === 'tiny')
}

async function runOnce(
  emulator: Emulator,
  oidc: OidcServer,
  context: RunContext,
  run: number,
  instances: number,
  eventDelaySeconds: number
): Promise<Measurement> {
  await emulator.reset()
  await emulator.trustOidcIssuer(GITHUB_ISSUER, oidc.jwks)
  const landscape: Landscape = await createLandscape(emulator.url)
  await emulator.configureGroup(PROD_ACCOUNT, landscape.application, landscape.deploymentGroup, {
    instanceCount: instances,
    eventDelaySeconds
  })
  const workspace = await mkdtemp(join(tmpdir(), 'bench-wait-'))
  try {
    await cp(join(examplesDir, 'webapp'), join(workspace, REVISION_DIR), { recursive: true })
    const inputs = crossAccountInputs(landscape)
    // The scenarios poll every second; the benchmark measures the action's own defaults.
    delete inputs['poll-interval-seconds']
    await emulator.clearCalls()

    const clock = new StatusLineClock()
    const result = await runAction({
      workspace,
      with: inputs,
      awsEndpointUrl: emulator.url,
      oidc: oidc.env,
      context,
      signal: { when: clock }
    })
    const returnedAt = Date.now()
    // The post step starts as soon as the main step exits and is timed on its own.
    const exitedAt = returnedAt - (result.post?.durationMs ?? 0)

    const errors = errorsOf(result).map(e => e.message)
    if (result.exitCode !== 0 || result.outputs['deployment-status'] !== 'Succeeded') {
      throw new Error(
        `run ${run}: the action exited ${result.exitCode} with status ` +
          `${result.outputs['deployment-status'] ?? '-'}: ${errors.join('; ') || result.stderr}`
      )
    }
    if (clock.at === undefined) {
      throw new Error(`run ${run}: no final status line (${FINAL_STATUS}) in the action's log`)
    }

    const callLog = await emulator.calls()
    const id = result.outputs['deployment-id']
    const info = (
      await landscape.prod.codedeploy.send(new GetDeploymentCommand({ deploymentId: id }))
    ).deploymentInfo
    const completed = info?.completeTime?.getTime()
    const created = info?.createTime?.getTime()
    if (completed === undefined || created === undefined) {
      throw new Error(`run ${run}: deployment ${id} has no createTime or completeTime`)
    }

    const create = callsTo(callLog, 'codedeploy', 'CreateDeployment').filter(c => c.status === 200)
    if (create.length !== 1) throw new Error(`run ${run}: ${create.length} CreateDeployment calls`)
    const from = create[0].t * 1000
    const inStep = callLog.calls.filter(c => c.t * 1000 > from && c.t * 1000 <= exitedAt)
    const polls = inStep.filter(c => c.service === 'codedeploy' && c.action === 'GetDeployment')
    if (polls.length === 0) throw new Error(`run ${run}: no GetDeployment call while waiting`)
    const minutes = (exitedAt - from) / 60_000
    const gaps = polls.slice(1).map((c, i) => c.t - polls[i].t)
    const lastPoll = polls[polls.length - 1].t * 1000
    // Reading the targets for the report follows the poll that saw the end: not waiting.
    const waiting = inStep.filter(c => c.t * 1000 <= lastPoll)

    return {
      run,
      eventDelaySeconds,
      deploymentSeconds: (completed - created) / 1000,
      waitedSeconds: (exitedAt - from) / 1000,
      calls: waiting.length,
      getDeployments: polls.length,
      callsPerMinute: waiting.length / minutes,
      getDeploymentsPerMinute: polls.length / minutes,
      medianPollGapSeconds: gaps.length ? median(gaps) : NaN,
      askedDelaySeconds: (lastPoll - completed) / 1000,
      printedDelaySeconds: (clock.at - completed) / 1000,
      exitDelaySeconds: (exitedAt - completed) / 1000,
      others: describeOthers(waiting)
    }
  } finally {
    await rm(workspace, { recursive: true, force: true })
  }
}

/** The calls other than GetDeployment made while waiting, e.g. `sts:AssumeRole×2`. */
function describeOthers(calls: CallRecord[]): string {
  const counts = new Map<string, number>()
  for (const c of calls) {
    if (c.service === 'codedeploy' && c.action === 'GetDeployment') continue
    const key = `${c.service}:${c.action}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...counts].map(([k, n]) => (n > 1 ? `${k}×${n}` : k)).join(', ') || '-'
}

function report(results: Measurement[], pollSeconds: number, tiny: boolean): void {
  const row = (cells: string[]) => console.log(`| ${cells.join(' | ')} |`)
  const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a')
  const pick = (key: keyof Measurement) => results.map(r => r[key] as number)
  console.log('')
  row([
    'run',
    'event delay s',
    'deployment s',
    'waited s',
    'AWS calls',
    'GetDeployment',
    'calls/min',
    'GetDeployment/min',
    'poll gap s',
    'asked s',
    'printed s',
    'exit s',
    'other calls while waiting'
  ])
  row(Array(13).fill('---'))
  for (const r of results) {
    row([
      String(r.run),
      f(r.eventDelaySeconds, 3),
      f(r.deploymentSeconds),
      f(r.waitedSeconds),
      String(r.calls),
      String(r.getDeployments),
      f(r.callsPerMinute),
      f(r.getDeploymentsPerMinute),
      f(r.medianPollGapSeconds, 2),
      f(r.askedDelaySeconds, 2),
      f(r.printedDelaySeconds, 2),
      f(r.exitDelaySeconds, 2),
      r.others
    ])
  }
  const callsPerMinute = median(pick('callsPerMinute'))
  const printed = median(pick('printedDelaySeconds'))
  row([
    '**median**',
    '',
    f(median(pick('deploymentSeconds'))),
    f(median(pick('waitedSeconds'))),
    f(median(pick('calls')), 0),
    f(median(pick('getDeployments')), 0),
    f(callsPerMinute),
    f(median(pick('getDeploymentsPerMinute'))),
    f(median(pick('medianPollGapSeconds')), 2),
    f(median(pick('askedDelaySeconds')), 2),
    f(printed, 2),
    f(median(pick('exitDelaySeconds')), 2),
    ''
  ])
  console.log('')
  console.log(
    'Delays are measured from the completeTime the emulator recorded: asked = the action’s last ' +
      'GetDeployment, printed = the runner received the final status line, exit = the main step ended.'
  )
  if (tiny) {
    console.log(
      '--tiny only checks that the benchmark works: a wait of a few seconds is too short for ' +
        'per-minute figures or a median to mean much.'
    )
  }
  console.log('')
  const verdict = (ok: boolean) => (tiny ? 'not judged with --tiny' : ok ? 'PASS' : 'FAIL')
  console.log(
    `goal: ≤ ${MAX_CALLS_PER_MINUTE} AWS calls per minute of waiting (median): ` +
      `${f(callsPerMinute)} → ${verdict(callsPerMinute <= MAX_CALLS_PER_MINUTE)}`
  )
  console.log(
    `goal: finished deployment reported within one poll interval (${pollSeconds} s, median): ` +
      `${f(printed, 2)} s → ${verdict(printed < pollSeconds)}`
  )
  console.log(
    `BENCH_WAIT calls_per_min=${f(callsPerMinute)} detect_delay_s=${f(printed, 2)} ` +
      `poll_interval_s=${pollSeconds}`
  )
}

/** Progress goes to stderr; stdout holds the table, the goals and the final BENCH_WAIT line. */
function log(line: string): void {
  process.stderr.write(`${line}\n`)
}

main(process.argv.slice(2)).catch(error => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
