/**
 * A fleet of 300 instances: deploying all at once and every one failing ValidateService, all
 * succeeding, and a share failing half at a time. What a person reads stays bounded (annotations,
 * summary), the counts are exact, and the diagnostics file holds every instance, read within
 * AWS's limits (ListDeploymentTargets pages, BatchGetDeploymentTargets of at most 25).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PROD_ACCOUNT } from './harness/aws.js'
import { callsTo, errorsOf } from './harness/checks.js'
import { crossAccountInputs } from './harness/inputs.js'
import { breakHook, setupSuite } from './harness/suite.js'

const suite = setupSuite()
const FLEET = 300

/** RUNNER_TEMP of the run, kept past it as the runner keeps it for the job's later steps. */
let runnerTemp = ''
afterEach(async () => {
  if (runnerTemp) await rm(runnerTemp, { recursive: true, force: true })
})

interface DiagnosticsTarget {
  targetId: string
  status: string
  events: { name: string; status: string; startTime?: string; endTime?: string; logTail?: string }[]
}

describe('a fleet of 300 instances', () => {
  it('failing ValidateService everywhere: 1 annotation, a summary that leads with the cause, every instance in the file', async () => {
    const { landscape, emulator } = suite
    await emulator.configureGroup(PROD_ACCOUNT, landscape.application, landscape.deploymentGroup, {
      instanceCount: FLEET,
      eventDelaySeconds: 0
    })
    await breakHook(suite.workspace, 'scripts/validate_service.sh', [
      'echo "GET http://127.0.0.1:8080/health -> 503"',
      'echo "<script>alert(1)</script></details> ::error::owned" >&2',
      'exit 3'
    ])

    runnerTemp = await mkdtemp(join(tmpdir(), 'e2e-fleet-'))
    const run = await suite.run({
      env: { RUNNER_TEMP: runnerTemp },
      with: crossAccountInputs(landscape, { 'deployment-config': 'CodeDeployDefault.AllAtOnce' })
    })

    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({
      'deployment-status': 'Failed',
      'instances-failed': String(FLEET),
      'instances-succeeded': '0'
    })
    const deployed = await emulator.waitForDeployment(run.outputs['deployment-id'])
    expect(deployed.agent?.instances.filter(i => i.status === 'Failed')).toHaveLength(FLEET)

    const errors = errorsOf(run)
    expect(errors.length).toBeLessThanOrEqual(10)
    const cause = errors.find(e =>
      /failed on 300 instances during ValidateService/.test(e.properties.title ?? '')
    )
    expect(cause?.message).toMatch(
      /^Script scripts\/validate_service\.sh failed \(ScriptFailed\): .*exit code 3\nInstances: (i-[0-9a-f]{17}, ){4}i-[0-9a-f]{17} and 295 more\nLog tail/
    )

    expect(Buffer.byteLength(run.stdout)).toBeLessThan(256 * 1024)
    expect(Buffer.byteLength(run.summary)).toBeLessThan(64 * 1024)
    expect(run.summary).toMatch(
      /^<h2>Failed: 300 of 300 instances failed ValidateService \(scripts\/validate_service\.sh exited 3\)\.<\/h2>\n/
    )
    expect(run.summary).not.toContain('<script>')
    expect(run.summary).not.toMatch(/^\s*::/m)
    // The log tail's command stays data inside the annotation: no command of its own.
    expect(run.commands.filter(c => c.message.trim() === 'owned')).toEqual([])

    const diagnosticsFile = run.outputs['diagnostics-file']
    expect(diagnosticsFile.startsWith(runnerTemp)).toBe(true)
    const file = JSON.parse(await readFile(diagnosticsFile, 'utf8')) as {
      targets: DiagnosticsTarget[]
    }
    expect(file.targets).toHaveLength(FLEET)
    expect(new Set(file.targets.map(t => t.targetId)).size).toBe(FLEET)
    for (const t of file.targets) {
      expect(t.status).toBe('Failed')
      const validate = t.events.find(e => e.name === 'ValidateService')
      expect(validate?.status).toBe('Failed')
      expect(validate?.logTail).toContain('<script>alert(1)</script>')
    }
  })
  it('all succeeding: no annotation, a short summary, exact counts', async () => {
    const { landscape, emulator } = suite
    await emulator.configureGroup(PROD_ACCOUNT, landscape.application, landscape.deploymentGroup, {
      instanceCount: FLEET,
      eventDelaySeconds: 0
    })
    await emulator.clearCalls()

    runnerTemp = await mkdtemp(join(tmpdir(), 'e2e-fleet-'))
    const run = await suite.run({
      env: { RUNNER_TEMP: runnerTemp },
      with: crossAccountInputs(landscape, { 'deployment-config': 'CodeDeployDefault.AllAtOnce' })
    })

    expect(errorsOf(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      'deployment-status': 'Succeeded',
      'instances-failed': '0',
      'instances-succeeded': String(FLEET)
    })
    expect(Buffer.byteLength(run.stdout)).toBeLessThan(64 * 1024)
    expect(Buffer.byteLength(run.summary)).toBeLessThan(64 * 1024)
    const file = JSON.parse(await readFile(run.outputs['diagnostics-file'], 'utf8')) as {
      targets: DiagnosticsTarget[]
    }
    expect(file.targets.filter(t => t.status === 'Succeeded')).toHaveLength(FLEET)
    // 300 targets: three pages of IDs, then twelve batches of 25, each within AWS's limits.
    const calls = await emulator.calls()
    expect(callsTo(calls, 'codedeploy', 'ListDeploymentTargets').length).toBeGreaterThanOrEqual(3)
    const batches = callsTo(calls, 'codedeploy', 'BatchGetDeploymentTargets')
    expect(batches).toHaveLength(FLEET / 25)
    expect(batches.every(c => c.status === 200)).toBe(true)
  })

  it('a share failing, half at a time: the cause with its exact count, and the rest succeeded', async () => {
    const { landscape, emulator } = suite
    await emulator.configureGroup(PROD_ACCOUNT, landscape.application, landscape.deploymentGroup, {
      instanceCount: FLEET,
      eventDelaySeconds: 0
    })
    // 60 % broken: the first half fails entirely (as many failures as HalfAtATime allows), then
    // 30 more in the second half, which fails the deployment.
    await breakHook(suite.workspace, 'scripts/validate_service.sh', [
      '# e2e: fail-share 0.6',
      'echo "GET http://127.0.0.1:8080/health -> 503"',
      'exit 3'
    ])

    runnerTemp = await mkdtemp(join(tmpdir(), 'e2e-fleet-'))
    const run = await suite.run({
      env: { RUNNER_TEMP: runnerTemp },
      with: crossAccountInputs(landscape, { 'deployment-config': 'CodeDeployDefault.HalfAtATime' })
    })

    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({
      'deployment-status': 'Failed',
      'instances-failed': '180',
      'instances-succeeded': '120'
    })
    const errors = errorsOf(run)
    expect(errors.length).toBeLessThanOrEqual(10)
    expect(
      errors.filter(e =>
        /failed on 180 instances during ValidateService/.test(e.properties.title ?? '')
      )
    ).toHaveLength(1)
    expect(run.summary).toMatch(
      /^<h2>Failed: 180 of 300 instances failed ValidateService \(scripts\/validate_service\.sh exited 3\)\.<\/h2>\n/
    )
    expect(Buffer.byteLength(run.summary)).toBeLessThan(64 * 1024)
    const file = JSON.parse(await readFile(run.outputs['diagnostics-file'], 'utf8')) as {
      targets: DiagnosticsTarget[]
    }
    expect(file.targets.filter(t => t.status === 'Failed')).toHaveLength(180)
    expect(file.targets.filter(t => t.status === 'Succeeded')).toHaveLength(120)
  })
})
