/**
 * What a failing fleet costs and shows: the built action (dist/) deploys to N instances at once
 * (CodeDeployDefault.AllAtOnce) through the local AWS emulator, every one failing ValidateService,
 * and this reports the AWS calls and seconds spent reading the targets once the deployment
 * ended, the error annotations, and the sizes of the job summary, the log and the diagnostics
 * file, against the goals: at most 10 error annotations, a summary under 64 KiB, a log under
 * 256 KiB, every instance in the diagnostics file.
 *
 *   npm run bench:wait -- --fleet 1000
 *
 * Needs python3 with moto (pip install "moto[server]") and a built action (npm run bundle).
 */
import { chmod, cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLandscape, PROD_ACCOUNT } from '../e2e/harness/aws.js'
import { callsTo, errorsOf } from '../e2e/harness/checks.js'
import { Emulator } from '../e2e/harness/emulator.js'
import { crossAccountInputs, REVISION_DIR } from '../e2e/harness/inputs.js'
import { GITHUB_ISSUER, OidcServer } from '../e2e/harness/oidc.js'
import { examplesDir } from '../e2e/harness/paths.js'
import { defaultContext, runAction, type RunResult } from '../e2e/harness/runner.js'

const GOALS = { annotations: 10, summaryBytes: 64 * 1024, logBytes: 256 * 1024 }

/** Runs the failing fleet once and prints the figures; throws when the run itself went wrong. */
export async function benchFleet(instances: number): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'
  const emulator = await Emulator.start()
  const context = defaultContext()
  const oidc = await new OidcServer(context).start()
  const workspace = await mkdtemp(join(tmpdir(), 'bench-fleet-'))
  const runnerTemp = await mkdtemp(join(tmpdir(), 'bench-fleet-temp-'))
  try {
    await emulator.trustOidcIssuer(GITHUB_ISSUER, oidc.jwks)
    const landscape = await createLandscape(emulator.url)
    await emulator.configureGroup(PROD_ACCOUNT, landscape.application, landscape.deploymentGroup, {
      instanceCount: instances,
      eventDelaySeconds: 0
    })
    await cp(join(examplesDir, 'webapp'), join(workspace, REVISION_DIR), { recursive: true })
    const hook = join(workspace, REVISION_DIR, 'scripts', 'validate_service.sh')
    await writeFile(hook, '#!/bin/bash\necho "GET /health -> 503"\nexit 3\n')
    await chmod(hook, 0o755)
    await emulator.clearCalls()

    const result = await runAction({
      workspace,
      with: crossAccountInputs(landscape, { 'deployment-config': 'CodeDeployDefault.AllAtOnce' }),
      awsEndpointUrl: emulator.url,
      oidc: oidc.env,
      context,
      env: { RUNNER_TEMP: runnerTemp }
    })
    if (result.outputs['deployment-status'] !== 'Failed') {
      throw new Error(
        `the deployment ended ${result.outputs['deployment-status'] ?? '-'}, not Failed: ${result.stderr}`
      )
    }
    await report(instances, result, await emulator.calls())
  } finally {
    await oidc.stop()
    await emulator.stop()
    await rm(workspace, { recursive: true, force: true })
    await rm(runnerTemp, { recursive: true, force: true })
  }
}

async function report(
  instances: number,
  result: RunResult,
  calls: Awaited<ReturnType<Emulator['calls']>>
): Promise<void> {
  const lists = callsTo(calls, 'codedeploy', 'ListDeploymentTargets')
  const batches = callsTo(calls, 'codedeploy', 'BatchGetDeploymentTargets')
  const reading = [...lists, ...batches].map(c => c.t)
  const seconds = reading.length ? Math.max(...reading) - Math.min(...reading) : NaN
  const file = result.outputs['diagnostics-file']
  const diagnostics = JSON.parse(await readFile(file, 'utf8')) as { targets: unknown[] }
  const annotations = errorsOf(result).length
  const summaryBytes = Buffer.byteLength(result.summary)
  const logBytes = Buffer.byteLength(result.stdout)
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL')

  console.log(`${instances} instances, all failing ValidateService (AllAtOnce)`)
  console.log(
    `reading the targets: ${lists.length} ListDeploymentTargets + ${batches.length} BatchGetDeploymentTargets calls in ${seconds.toFixed(2)} s`
  )
  console.log(
    `outputs: instances-failed ${result.outputs['instances-failed']}, instances-succeeded ${result.outputs['instances-succeeded']}`
  )
  console.log(
    `error annotations: ${annotations} → ${verdict(annotations <= GOALS.annotations)} (≤ ${GOALS.annotations})`
  )
  console.log(
    `job summary: ${kib(summaryBytes)} → ${verdict(summaryBytes < GOALS.summaryBytes)} (< 64 KiB); first line: ${result.summary.split('\n')[0]}`
  )
  console.log(`log: ${kib(logBytes)} → ${verdict(logBytes < GOALS.logBytes)} (< 256 KiB)`)
  const complete = diagnostics.targets.length === instances
  console.log(
    `diagnostics file: ${diagnostics.targets.length} targets, ${kib((await stat(file)).size)} → ${verdict(complete)} (every instance)`
  )
  console.log(
    `BENCH_FLEET instances=${instances} list_calls=${lists.length} batch_calls=${batches.length} read_s=${seconds.toFixed(2)} annotations=${annotations} summary_bytes=${summaryBytes} log_bytes=${logBytes}`
  )
}
