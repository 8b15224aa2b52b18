/**
 * Scenario 4 (a hook script fails on the instances) and scenario 6 (bad inputs stop the action
 * before it creates anything).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { listKeys, PROD_ACCOUNT } from './harness/aws.js'
import { creatingCalls, errorsOf } from './harness/checks.js'
import { crossAccountInputs, REVISION_DIR } from './harness/inputs.js'
import { breakHook, setupSuite } from './harness/suite.js'

const suite = setupSuite()

describe('a failing deployment', () => {
  it('4. a hook script fails: the step fails and names instance, event, script and log tail', async () => {
    const { landscape, emulator } = suite
    await breakHook(suite.workspace, 'scripts/validate_service.sh', [
      'echo "Checking http://127.0.0.1:8080/health"',
      'echo "curl: (7) Failed to connect to 127.0.0.1 port 8080: Connection refused" >&2',
      'exit 7'
    ])

    const run = await suite.run({ with: crossAccountInputs(landscape) })

    expect(run.exitCode).toBe(1)
    const id = run.outputs['deployment-id']
    expect(run.outputs['deployment-status']).toBe('Failed')
    const deployed = await emulator.waitForDeployment(id)
    expect(deployed).toMatchObject({ account: PROD_ACCOUNT, status: 'Failed' })
    const instances = deployed.agent?.instances ?? []
    const failed = instances.filter(i => i.status === 'Failed').map(i => i.instanceId)
    const others = instances.filter(i => i.status !== 'Failed').map(i => i.instanceId)
    expect(failed).toHaveLength(1)

    // An annotation's title and message are both shown to the user.
    const errors = errorsOf(run).map(e => `${e.properties.title ?? ''}\n${e.message}`)
    const perInstance = errors.filter(e => e.includes(failed[0]))
    expect(perInstance).toHaveLength(1)
    for (const part of [
      'ValidateService',
      'ScriptFailed',
      'scripts/validate_service.sh',
      'failed with exit code 7',
      'Connection refused'
    ]) {
      expect(perInstance[0]).toContain(part)
    }
    // Only failed instances are reported; the skipped one is not an error of its own.
    expect(errors.filter(e => others.some(i => e.includes(i)))).toEqual([])
    expect(errors.some(e => e.includes(id) && e.includes('Failed'))).toBe(true)
    expect(run.summary).toContain('Connection refused')
  })
})

/** A directory next to the workspace, holding a complete revision, that must never be bundled. */
const outsideOf = (workspace: string) => `${workspace}-outside`

afterEach(() => rm(outsideOf(suite.workspace), { recursive: true, force: true }))

interface BadInput {
  name: string
  with?: Record<string, string> | ((workspace: string) => Record<string, string>)
  prepare?: (workspace: string) => Promise<void>
  /** Words the one error must contain. */
  mentions: string[]
  /** Words it must not contain: what a file it refused to read holds. */
  never?: string[]
  /** Found out before any AWS call (false when only AWS can tell). */
  beforeAws: boolean
}

/** What actions/checkout keeps in .git/config by default: a token that must never ship. */
const CHECKOUT_TOKEN = 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX2UyZXRva2Vu'

/** A .git directory in the revision, as a checkout of the revision directory itself has. */
async function fakeGitDir(workspace: string): Promise<void> {
  const git = join(workspace, REVISION_DIR, '.git')
  await mkdir(git)
  await writeFile(join(git, 'config'), `[http]\n\textraheader = ${CHECKOUT_TOKEN}\n`)
}

const BAD_INPUTS: BadInput[] = [
  {
    name: 'missing appspec',
    prepare: workspace => rm(join(workspace, REVISION_DIR, 'appspec.yml')),
    mentions: ['appspec.yml'],
    beforeAws: true
  },
  {
    name: 'unknown file-exists-behavior',
    with: { 'file-exists-behavior': 'CLOBBER' },
    mentions: ['file-exists-behavior', 'CLOBBER'],
    beforeAws: true
  },
  {
    name: 'malformed role ARN',
    with: { 'role-to-assume': 'arn:aws:iam::2222:role/codedeploy-cross-account' },
    mentions: ['role-to-assume', 'arn:aws:iam::2222:role/codedeploy-cross-account'],
    beforeAws: true
  },
  {
    name: 'no bucket given',
    with: { 's3-bucket': '' },
    mentions: ['s3-bucket'],
    beforeAws: true
  },
  {
    name: 'poll interval past its bound',
    with: { 'poll-interval-seconds': '3000000' },
    mentions: ['poll-interval-seconds', '3000000', 'from 1 to 300'],
    beforeAws: true
  },
  {
    name: 'key prefix with a newline',
    with: { 's3-key-prefix': 'releases\nshop/' },
    mentions: ['s3-key-prefix', '"releases\\nshop/"', "S3's safe characters"],
    beforeAws: true
  },
  {
    name: 'role ARN with an unknown partition',
    with: { 'role-to-assume': 'arn:aws-evil-:iam::222222222222:role/codedeploy-cross-account' },
    mentions: ['role-to-assume', 'arn:aws-evil-:iam::', 'whose partition is one of aws, aws-cn'],
    beforeAws: true
  },
  {
    name: 'China role in a commercial region',
    with: { 'role-to-assume': 'arn:aws-cn:iam::222222222222:role/codedeploy-cross-account' },
    mentions: [
      'role-to-assume',
      'in partition aws-cn',
      "aws-region 'eu-west-1' is in partition aws"
    ],
    beforeAws: true
  },
  {
    name: 'revision-path climbing out of the workspace',
    with: { 'revision-path': '../..' },
    mentions: ['revision-path', "'../..'", 'outside the workspace'],
    beforeAws: true
  },
  {
    name: 'absolute revision-path outside the workspace',
    prepare: workspace =>
      cp(join(workspace, REVISION_DIR), outsideOf(workspace), { recursive: true }),
    with: workspace => ({ 'revision-path': outsideOf(workspace) }),
    mentions: ['revision-path', 'outside the workspace'],
    beforeAws: true
  },
  {
    name: 'symlink to a file in .git',
    prepare: async workspace => {
      await fakeGitDir(workspace)
      await symlink('.git/config', join(workspace, REVISION_DIR, 'gitcfg'))
    },
    mentions: ['gitcfg', '.git'],
    never: [CHECKOUT_TOKEN],
    beforeAws: true
  },
  {
    name: 'symlink to the .git directory',
    prepare: async workspace => {
      await fakeGitDir(workspace)
      await symlink('.git', join(workspace, REVISION_DIR, 'gitdir'))
    },
    mentions: ['gitdir', '.git'],
    beforeAws: true
  },
  {
    name: 'file name that is another path on Windows',
    prepare: workspace =>
      writeFile(join(workspace, REVISION_DIR, '..\\..\\..\\etc\\evil.txt'), 'evil'),
    mentions: ['evil.txt', 'backslash'],
    beforeAws: true
  },
  {
    name: 'file name that is not UTF-8',
    prepare: workspace =>
      writeFile(
        Buffer.concat([Buffer.from(join(workspace, REVISION_DIR, 'bad-')), Buffer.of(0xff)]),
        'x'
      ),
    mentions: ['UTF-8', 'bad-\\xff'],
    beforeAws: true
  },
  {
    name: 'appspec.yml linked out of the revision',
    prepare: async workspace => {
      const appspec = join(workspace, REVISION_DIR, 'appspec.yml')
      await writeFile(
        join(workspace, 'elsewhere.yml'),
        `version: 0.0\nos: linux\n${CHECKOUT_TOKEN}: [`
      )
      await rm(appspec)
      await symlink('../elsewhere.yml', appspec)
    },
    mentions: ['appspec.yml', 'outside revision-path'],
    never: [CHECKOUT_TOKEN],
    beforeAws: true
  },
  {
    name: 'bucket that does not exist',
    with: { 's3-bucket': 'no-such-releases-bucket' },
    mentions: ['no-such-releases-bucket'],
    beforeAws: false
  }
]

describe('6. bad inputs', () => {
  it.each(BAD_INPUTS)('$name: one clear error, nothing created', async bad => {
    const { landscape, emulator } = suite
    await bad.prepare?.(suite.workspace)

    const extra = typeof bad.with === 'function' ? bad.with(suite.workspace) : bad.with
    const run = await suite.run({ with: crossAccountInputs(landscape, extra) })

    expect(run.exitCode).toBe(1)
    const errors = errorsOf(run)
    expect(errors).toHaveLength(1)
    for (const word of bad.mentions) expect(errors[0].message).toContain(word)
    for (const word of bad.never ?? []) expect(run.stdout).not.toContain(word)
    expect(run.outputs['deployment-id']).toBeUndefined()

    const calls = await emulator.calls()
    // Validation errors come before any AWS call; only AWS can tell a bucket is missing.
    expect(bad.beforeAws ? calls.calls : []).toEqual([])
    expect(creatingCalls(calls)).toEqual([])
    expect(await emulator.deployments()).toEqual([])
    expect(await listKeys(landscape.prod.s3, landscape.prodBucket)).toEqual([])
    expect(await listKeys(landscape.dev.s3, landscape.devBucket)).toEqual([])
  })
})
