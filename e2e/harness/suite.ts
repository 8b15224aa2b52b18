/**
 * Shared setup of the scenarios: one emulator, one OIDC token server and one GitHub API stand-in
 * per test file, and for each test a clean emulator with the guide's two accounts and a fresh
 * workspace holding a copy of examples/webapp at `app/`. Runs use the stand-in as their GitHub
 * API, so no request leaves 127.0.0.1.
 */
import { CreateDeploymentCommand } from '@aws-sdk/client-codedeploy'
import { PutObjectCommand } from '@aws-sdk/client-s3'
import { afterAll, beforeAll, beforeEach } from '@jest/globals'
import { chmod, cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeZip } from './archive.js'
import { createLandscape, type Landscape } from './aws.js'
import { Emulator } from './emulator.js'
import { GitHubApiServer } from './github-api.js'
import { GITHUB_ISSUER, OidcServer } from './oidc.js'
import { REVISION_DIR } from './inputs.js'
import { examplesDir } from './paths.js'
import {
  defaultContext,
  runAction,
  type RunContext,
  type RunOptions,
  type RunResult
} from './runner.js'

export interface Suite {
  /** The workflow run every test of the file runs in (the OIDC tokens carry its claims). */
  context: RunContext
  emulator: Emulator
  oidc: OidcServer
  /** The run's GitHub API (GITHUB_API_URL), its history and requests reset for each test. */
  github: GitHubApiServer
  landscape: Landscape
  /** GITHUB_WORKSPACE of the current test; the example app is at `app/` inside it. */
  workspace: string
  /** Runs the action against the emulator, with the OIDC token service unless `oidc: false`. */
  run(options?: SuiteRunOptions): Promise<RunResult>
}

export interface SuiteRunOptions extends Omit<RunOptions, 'workspace' | 'oidc'> {
  oidc?: boolean
  workspace?: string
}

/** A hook script that fails on every instance, the way a broken release does. */
export async function breakHook(workspace: string, script: string, lines: string[]): Promise<void> {
  const path = join(workspace, REVISION_DIR, script)
  await writeFile(path, ['#!/bin/bash', ...lines, ''].join('\n'))
  await chmod(path, 0o755)
}

/**
 * Another team's deployment, already running in the group when the action starts; its
 * ApplicationStart hook takes `hookSeconds` on each of the two instances.
 */
export async function startOtherDeployment(
  suite: Suite,
  hookSeconds: number,
  description?: string
): Promise<string> {
  const { landscape, emulator } = suite
  const key = 'hotfix/webapp.zip'
  const bundle = makeZip([
    {
      name: 'appspec.yml',
      content: 'version: 0.0\nos: linux\nhooks:\n  ApplicationStart:\n    - location: start.sh\n'
    },
    { name: 'start.sh', content: `#!/bin/sh\n# e2e: sleep ${hookSeconds}\n`, mode: 0o755 }
  ])
  const put = await landscape.prod.s3.send(
    new PutObjectCommand({ Bucket: landscape.prodBucket, Key: key, Body: bundle })
  )
  const out = await landscape.prod.codedeploy.send(
    new CreateDeploymentCommand({
      applicationName: landscape.application,
      deploymentGroupName: landscape.deploymentGroup,
      description,
      revision: {
        revisionType: 'S3',
        s3Location: { bucket: landscape.prodBucket, key, bundleType: 'zip', eTag: put.ETag }
      }
    })
  )
  await emulator.clearCalls()
  return out.deploymentId ?? ''
}

export function setupSuite(): Suite {
  const context = defaultContext()
  const state: Partial<Suite> = {}
  const workspaces: string[] = []

  beforeAll(async () => {
    state.emulator = await Emulator.start()
    state.oidc = await new OidcServer(context).start()
    state.github = await new GitHubApiServer(context.token).start()
    context.apiUrl = state.github.url
  })

  beforeEach(async () => {
    const emulator = state.emulator as Emulator
    const oidc = state.oidc as OidcServer
    await emulator.reset()
    await emulator.trustOidcIssuer(GITHUB_ISSUER, oidc.jwks)
    oidc.issued.length = 0
    const github = state.github as GitHubApiServer
    github.requests.length = 0
    github.deployments.length = 0
    github.history = []
    github.archives.clear()
    github.failWith = undefined
    state.landscape = await createLandscape(emulator.url)
    await emulator.clearCalls()
    const workspace = await mkdtemp(join(tmpdir(), 'e2e-workspace-'))
    workspaces.push(workspace)
    await cp(join(examplesDir, 'webapp'), join(workspace, REVISION_DIR), { recursive: true })
    state.workspace = workspace
  })

  afterAll(async () => {
    await state.oidc?.stop()
    await state.github?.stop()
    await state.emulator?.stop()
    await Promise.all(workspaces.map(w => rm(w, { recursive: true, force: true })))
  })

  const suite: Suite = {
    context,
    get emulator() {
      return required(state.emulator, 'emulator')
    },
    get oidc() {
      return required(state.oidc, 'oidc')
    },
    get github() {
      return required(state.github, 'github')
    },
    get landscape() {
      return required(state.landscape, 'landscape')
    },
    get workspace() {
      return required(state.workspace, 'workspace')
    },
    run: ({ oidc = true, workspace, ...options } = {}) =>
      runAction({
        ...options,
        workspace: workspace ?? suite.workspace,
        awsEndpointUrl: suite.emulator.url,
        oidc: oidc ? suite.oidc.env : undefined,
        context: { ...context, ...options.context }
      })
  }
  return suite
}

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`The suite's ${name} is not ready (setup failed?)`)
  return value
}
