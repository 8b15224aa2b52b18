/**
 * Scenario 7: no secret (secret keys, session tokens, the OIDC token, the token that requests
 * it) appears in the job log, except in the ::add-mask:: line that hides it, nor in the summary,
 * the outputs, the state or the exported environment. Runs with debug logging on, where leaks
 * usually hide.
 */
import { describe, expect, it } from '@jest/globals'
import { assumeRole, DEV_OIDC_ROLE, PROD_ACCOUNT, REGION } from './harness/aws.js'
import { callsTo } from './harness/checks.js'
import type { EmulatedSession } from './harness/emulator.js'
import type { RunResult } from './harness/runner.js'
import { crossAccountInputs } from './harness/inputs.js'
import { breakHook, setupSuite } from './harness/suite.js'

const suite = setupSuite()

/** Lines of the log that contain the secret, other than the one registering it as a mask. */
function leaks(run: RunResult, secret: string): string[] {
  const steps = [run, ...(run.post ? [run.post] : [])]
  const out: string[] = []
  for (const step of steps) {
    for (const line of step.stdout.split('\n')) {
      if (line.includes(secret) && line.trim() !== `::add-mask::${secret}`)
        out.push(`stdout: ${line}`)
    }
    for (const line of step.stderr.split('\n')) {
      if (line.includes(secret)) out.push(`stderr: ${line}`)
    }
    const stored = {
      summary: step.summary,
      outputs: step.outputs,
      state: step.state,
      exportedEnv: step.exportedEnv
    }
    for (const [where, value] of Object.entries(stored)) {
      if (JSON.stringify(value).includes(secret)) out.push(`${where} holds it`)
    }
  }
  return out
}

function expectNoLeak(run: RunResult, secrets: Record<string, string>): void {
  const found = Object.entries(secrets).flatMap(([name, secret]) =>
    leaks(run, secret).map(line => `${name}: ${line}`)
  )
  expect(found).toEqual([])
}

function allMasks(run: RunResult): string[] {
  return [...run.masks, ...(run.post?.masks ?? [])]
}

function sessionSecrets(sessions: EmulatedSession[]): Record<string, string> {
  return Object.fromEntries(
    sessions.flatMap(s => [
      [`secret key of ${s.roleArn}`, s.secretAccessKey],
      [`session token of ${s.roleArn}`, s.sessionToken]
    ])
  )
}

describe('7. secrets stay out of the logs', () => {
  it('OIDC and role chaining, with debug logging', async () => {
    const { landscape, emulator, oidc } = suite
    const before = new Set((await emulator.sessions()).map(s => s.accessKeyId))

    const run = await suite.run({
      with: crossAccountInputs(landscape),
      env: { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' }
    })
    expect(run.exitCode).toBe(0)

    const created = (await emulator.sessions()).filter(s => !before.has(s.accessKeyId))
    // At least the development role and the production role.
    expect(created.length).toBeGreaterThanOrEqual(2)
    expect(oidc.issued.length).toBeGreaterThan(0)
    const secrets = {
      ...sessionSecrets(created),
      ...Object.fromEntries(oidc.issued.map((t, n) => [`OIDC token ${n}`, t.token])),
      'OIDC request token': oidc.requestToken
    }
    expectNoLeak(run, secrets)
    // Each secret the action obtained is masked before anything could print it.
    const masks = allMasks(run)
    for (const s of created) {
      expect(masks).toContain(s.secretAccessKey)
      expect(masks).toContain(s.sessionToken)
    }
    for (const t of oidc.issued) expect(masks).toContain(t.token)
  })

  it('credentials from the environment and a failing deployment, with debug logging', async () => {
    const { landscape, emulator } = suite
    const source = await assumeRole(emulator.url, DEV_OIDC_ROLE, undefined, 'GitHubActions')
    await breakHook(suite.workspace, 'scripts/start_server.sh', [
      'echo "Starting webapp"',
      'echo "Job for webapp.service failed because the control process exited with error code." >&2',
      'exit 1'
    ])
    const before = new Set((await emulator.sessions()).map(s => s.accessKeyId))
    const inputs = crossAccountInputs(landscape)
    delete inputs['oidc-role-arn']

    const run = await suite.run({
      oidc: false,
      with: inputs,
      env: {
        RUNNER_DEBUG: '1',
        ACTIONS_STEP_DEBUG: 'true',
        AWS_ACCESS_KEY_ID: source.accessKeyId,
        AWS_SECRET_ACCESS_KEY: source.secretAccessKey,
        AWS_SESSION_TOKEN: source.sessionToken ?? '',
        AWS_REGION: REGION
      }
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs['deployment-status']).toBe('Failed')

    const created = (await emulator.sessions()).filter(s => !before.has(s.accessKeyId))
    expect(created.length).toBeGreaterThanOrEqual(1)
    expectNoLeak(run, {
      ...sessionSecrets(created),
      'source secret key': source.secretAccessKey,
      'source session token': source.sessionToken ?? ''
    })
    const masks = allMasks(run)
    for (const s of created) expect(masks).toContain(s.secretAccessKey)
  })

  it('a killed main step, whose post step signs in again to stop the deployment', async () => {
    const { landscape, emulator, oidc } = suite
    await emulator.configureGroup(PROD_ACCOUNT, landscape.application, landscape.deploymentGroup, {
      eventDelaySeconds: 1
    })
    const before = new Set((await emulator.sessions()).map(s => s.accessKeyId))

    const run = await suite.run({
      with: crossAccountInputs(landscape),
      env: { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' },
      signal: { when: /Created deployment d-/, sequence: [{ signal: 'SIGKILL', afterMs: 0 }] }
    })
    expect(run.signal).toBe('SIGKILL')
    expect(callsTo(await emulator.calls(), 'codedeploy', 'StopDeployment')).toHaveLength(1)

    const created = (await emulator.sessions()).filter(s => !before.has(s.accessKeyId))
    expectNoLeak(run, {
      ...sessionSecrets(created),
      ...Object.fromEntries(oidc.issued.map((t, n) => [`OIDC token ${n}`, t.token])),
      'OIDC request token': oidc.requestToken
    })
    // The sessions the post step created (not masked by the main step) are masked by the post
    // step itself.
    const postMasks = run.post?.masks ?? []
    const postSessions = created.filter(s => !run.masks.includes(s.secretAccessKey))
    expect(postSessions.length).toBeGreaterThan(0)
    for (const s of postSessions) expect(postMasks).toContain(s.secretAccessKey)
  })
})
