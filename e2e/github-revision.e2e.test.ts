/**
 * revision-type: github: the workflow's commit is deployed as a GitHub revision. Nothing is
 * bundled or uploaded; the AppSpec at the repository's root is checked first; the simulated
 * CodeDeploy downloads the commit's archive through its GitHub connection (the local stand-in
 * for GitHub's API) and deploys it.
 */
import { describe, expect, it } from '@jest/globals'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeZip, treeEntries } from './harness/archive.js'
import { callsTo, errorsOf } from './harness/checks.js'
import { crossAccountInputs } from './harness/inputs.js'
import { examplesDir } from './harness/paths.js'
import { setupSuite } from './harness/suite.js'

const suite = setupSuite()

async function checkout(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'e2e-checkout-'))
  await cp(join(examplesDir, 'webapp'), dir, { recursive: true })
  return dir
}

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  const all = crossAccountInputs(suite.landscape, { 'revision-type': 'github', ...extra })
  delete all['s3-bucket']
  delete all['s3-key-prefix']
  delete all['revision-path']
  return all
}

describe('revision-type: github', () => {
  it('deploys the commit, which CodeDeploy fetches from GitHub, with nothing uploaded', async () => {
    const { emulator, github, context } = suite
    const dir = await checkout()
    try {
      const [owner, repo] = context.repository.split('/')
      github.archives.set(
        context.sha,
        makeZip(await treeEntries(dir, `${owner}-${repo}-${context.sha.slice(0, 7)}/`))
      )
      await emulator.configure({
        gitHubConnection: { apiUrl: github.url, token: context.token }
      })
      const run = await suite.run({ with: inputs(), workspace: dir })
      expect(errorsOf(run)).toEqual([])
      expect(run.exitCode).toBe(0)
      expect(run.stdout).toContain(
        `Deploying ${context.repository} at ${context.sha}: CodeDeploy fetches the commit from GitHub.`
      )
      const deployment = await emulator.waitForDeployment(run.outputs['deployment-id'])
      expect(deployment.status).toBe('Succeeded')
      expect(deployment.revision).toEqual({
        revisionType: 'GitHub',
        gitHubLocation: { repository: context.repository, commitId: context.sha }
      })
      expect(deployment.agent?.bundle).toMatchObject({
        repository: context.repository,
        commit: context.sha,
        appspec: 'appspec.yml',
        error: null
      })
      expect(callsTo(await emulator.calls(), 's3', new Set(['PutObject', 'HeadObject']))).toEqual(
        []
      )
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('checks the AppSpec of the checkout before anything is created', async () => {
    const { emulator } = suite
    const dir = await checkout()
    try {
      await rm(join(dir, 'scripts', 'start_server.sh'))
      const run = await suite.run({ with: inputs(), workspace: dir })
      expect(run.exitCode).toBe(1)
      expect(errorsOf(run)[0]?.message).toContain('scripts/start_server.sh')
      expect((await emulator.calls()).calls).toEqual([])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('refuses inputs that place a bundle, in one line', async () => {
    const run = await suite.run({
      with: { ...inputs(), 's3-bucket': suite.landscape.prodBucket }
    })
    expect(errorsOf(run).map(e => e.message)).toEqual([
      'revision-type is github, so s3-bucket does not apply: nothing is uploaded, CodeDeploy fetches the commit from GitHub. Remove s3-bucket.'
    ])
  })
})
