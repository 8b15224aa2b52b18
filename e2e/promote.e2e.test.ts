/**
 * Promote, don't rebuild: upload once and deploy that exact object later, tgz bundles, and
 * deployments recorded on GitHub (against a local stand-in for the GitHub API).
 */
import { ListApplicationRevisionsCommand } from '@aws-sdk/client-codedeploy'
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PROD_ACCOUNT } from './harness/aws.js'
import { callsTo, errorsOf, UPLOAD_ACTIONS } from './harness/checks.js'
import { GitHubApiServer } from './harness/github-api.js'
import { crossAccountInputs } from './harness/inputs.js'
import { breakHook, setupSuite } from './harness/suite.js'

const suite = setupSuite()
const cleanup: (() => Promise<void>)[] = []

afterEach(async () => {
  await Promise.all(cleanup.splice(0).map(task => task()))
})

async function emptyWorkspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'e2e-deploy-job-'))
  cleanup.push(() => rm(dir, { recursive: true, force: true }))
  return dir
}

async function gitHub(): Promise<GitHubApiServer> {
  const server = await new GitHubApiServer(suite.context.token).start()
  cleanup.push(() => server.stop())
  return server
}

describe('promoting a revision', () => {
  it('upload-only registers the revision; a later job deploys exactly that object', async () => {
    const { landscape, emulator } = suite
    const build = await suite.run({
      with: crossAccountInputs(landscape, { 'upload-only': 'true' })
    })

    expect(errorsOf(build)).toEqual([])
    expect(build.exitCode).toBe(0)
    const location = build.outputs['revision-location']
    const sha256 = build.outputs['revision-sha256']
    expect(location).toBe(
      `s3://${landscape.prodBucket}/releases/${landscape.application}/${sha256}.zip`
    )
    expect(build.outputs['deployment-id'] ?? '').toBe('')
    expect(await emulator.deployments()).toEqual([])
    const registered = await landscape.prod.codedeploy.send(
      new ListApplicationRevisionsCommand({ applicationName: landscape.application })
    )
    expect(registered.revisions?.map(r => r.s3Location?.key)).toEqual([
      `releases/${landscape.application}/${sha256}.zip`
    ])

    // The production job has no checkout of the app: nothing can be bundled there.
    await emulator.clearCalls()
    const inputs = crossAccountInputs(landscape, { 'revision-location': location })
    delete inputs['revision-path']
    const promote = await suite.run({ with: inputs, workspace: await emptyWorkspace() })

    expect(errorsOf(promote)).toEqual([])
    expect(promote.exitCode).toBe(0)
    expect(promote.outputs['deployment-status']).toBe('Succeeded')
    expect(promote.outputs['revision-location']).toBe(location)
    expect(promote.outputs['revision-etag']).toBe(build.outputs['revision-etag'])
    const calls = await emulator.calls()
    expect(callsTo(calls, 's3', UPLOAD_ACTIONS)).toEqual([])
    expect(callsTo(calls, 's3', 'HeadObject').length).toBeGreaterThan(0)
    const deployed = await emulator.waitForDeployment(promote.outputs['deployment-id'])
    expect(deployed).toMatchObject({ account: PROD_ACCOUNT, status: 'Succeeded' })
    expect(deployed.agent?.bundle?.sha256).toBe(sha256)
  })

  it('bundles as tgz, with the same content-addressed key and executable hook scripts', async () => {
    const { landscape, emulator } = suite
    const run = await suite.run({ with: crossAccountInputs(landscape, { 'bundle-type': 'tgz' }) })

    expect(errorsOf(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    const sha256 = run.outputs['revision-sha256']
    const key = `releases/${landscape.application}/${sha256}.tgz`
    expect(run.outputs['revision-location']).toBe(`s3://${landscape.prodBucket}/${key}`)
    const deployed = await emulator.waitForDeployment(run.outputs['deployment-id'])
    expect(deployed.status).toBe('Succeeded')
    expect(deployed.agent?.bundle).toMatchObject({
      key,
      sha256,
      bundleType: 'tgz',
      appspec: 'appspec.yml'
    })
    const mode = deployed.agent?.bundle?.entries?.find(
      e => e.name === 'scripts/start_server.sh'
    )?.mode
    expect((mode ?? 0) & 0o111).not.toBe(0)
  })
})

describe('GitHub deployments', () => {
  it('records the deployment on the commit, in progress then success, linked to CodeDeploy', async () => {
    const { landscape, context } = suite
    const github = await gitHub()
    const run = await suite.run({
      with: crossAccountInputs(landscape, { 'github-environment': 'production' }),
      context: { apiUrl: github.url }
    })

    expect(errorsOf(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(github.deployments).toHaveLength(1)
    const [deployment] = github.deployments
    expect(deployment).toMatchObject({ environment: 'production', ref: context.sha })
    const states = deployment.statuses.map(s => s['state'])
    expect(states[0]).toBe('in_progress')
    expect(states.at(-1)).toBe('success')
    const last = deployment.statuses.at(-1) ?? {}
    expect(last['environment_url']).toBe(run.outputs['deployment-url'])
    expect(String(last['log_url'])).toContain(
      `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`
    )
  })

  it('marks the GitHub deployment failed when CodeDeploy fails', async () => {
    const { landscape } = suite
    const github = await gitHub()
    await breakHook(suite.workspace, 'scripts/validate_service.sh', [
      'echo "unhealthy" >&2',
      'exit 1'
    ])
    const run = await suite.run({
      with: crossAccountInputs(landscape, { 'github-environment': 'production' }),
      context: { apiUrl: github.url }
    })

    expect(run.exitCode).toBe(1)
    expect(github.deployments[0]?.statuses.at(-1)?.['state']).toBe('failure')
  })

  it('only warns when GitHub cannot be reached; the deployment still succeeds', async () => {
    const { landscape } = suite
    const github = await gitHub()
    github.failWith = 503
    const run = await suite.run({
      with: crossAccountInputs(landscape, { 'github-environment': 'production' }),
      context: { apiUrl: github.url }
    })

    expect(errorsOf(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs['deployment-status']).toBe('Succeeded')
    const warnings = run.annotations.filter(a => a.level === 'warning')
    expect(warnings.some(w => /GitHub/.test(w.message))).toBe(true)
  })
})
