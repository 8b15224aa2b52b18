/**
 * `npm run demo`, as a newcomer runs it: the setup guide's policies, enforced by the emulator,
 * deploy the example; each `--misconfigured KIND` fails, and its one error line says whose
 * policy to fix, in which account, with the statement to add.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { repoRoot } from './harness/paths.js'

const DEV = '111111111111'
const PROD = '222222222222'
const SOURCE_SESSION = `arn:aws:sts::${DEV}:assumed-role/github-deploy/`
const demo = join(repoRoot, '.e2e-tmp', 'demo', 'scripts', 'demo.js')

beforeAll(() => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  const built = spawnSync(process.execPath, [tsc, '-p', join('e2e', 'tsconfig.demo.json')], {
    cwd: repoRoot,
    encoding: 'utf8'
  })
  if (built.status !== 0) throw new Error(`the demo does not compile:\n${built.stdout}`)
})

function runDemo(...args: string[]): { status: number | null; out: string } {
  const run = spawnSync(process.execPath, [demo, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 110_000
  })
  return { status: run.status, out: `${run.stdout}${run.stderr}` }
}

/** The rendered error annotations of the run, one per line. */
function errors(out: string): string[] {
  return out.split('\n').filter(line => line.startsWith('  | error: '))
}

describe('npm run demo', () => {
  it("deploys with the guide's policies enforced, showing both hops", () => {
    const { status, out } = runDemo()

    expect(status).toBe(0)
    expect(out).toContain(
      `Signed in with GitHub's OIDC token as arn:aws:iam::${DEV}:role/github-deploy (account ${DEV}), then assumed role-to-assume.`
    )
    expect(out).toMatch(
      new RegExp(
        `Deploying as arn:aws:sts::${PROD}:assumed-role/codedeploy-cross-account/\\S+ in account ${PROD}\\.`
      )
    )
    expect(out).toContain('deployment status  Succeeded')
    expect(errors(out)).toEqual([])
  })

  it.each([
    [
      'role-typo',
      [
        `Could not assume arn:aws:iam::${PROD}:role/codedeploy-cross-acount from ${SOURCE_SESSION}`,
        `arn:aws:iam::${PROD}:role/codedeploy-cross-acount must exist (AWS gives the same answer for a misspelt role name)`,
        `in account ${PROD}: {"Sid":"TrustDevelopmentRole"`
      ]
    ],
    [
      'external-id',
      [
        `Could not assume arn:aws:iam::${PROD}:role/codedeploy-cross-account from ${SOURCE_SESSION}`,
        "the 'sts:ExternalId' condition must equal the role-external-id input",
        `in account ${PROD}: {"Sid":"TrustDevelopmentRole"`
      ]
    ],
    [
      'oidc-sub',
      [
        `Could not assume arn:aws:iam::${DEV}:role/github-deploy with the GitHub OIDC token`,
        "this job's token has sub 'repo:octo-org/webapp:ref:refs/heads/main'",
        `Likely missing from the trust policy of arn:aws:iam::${DEV}:role/github-deploy in account ${DEV}: {"Sid":"GitHubOidc"`
      ]
    ],
    [
      'bucket-owner',
      [
        's3:PutObject on s3://shop-releases-prod/',
        `check that the bucket is owned by account ${DEV} (s3-bucket-owner)`
      ]
    ],
    [
      'bucket-policy',
      [
        'during DownloadBundle',
        'as the instance profile role of the instances, in account 222222222222',
        '{"Sid":"InstancesReadRevisions"',
        `the bucket is in account ${DEV}, so the bucket policy of shop-releases-dev there must allow that role too: {"Sid":"ProductionInstancesRead"`
      ]
    ]
  ])('--misconfigured %s fails with one error that says what to fix', (kind, expected) => {
    const { status, out } = runDemo('--misconfigured', kind)

    expect(status).toBe(1)
    expect(out).toContain('The mistake: ')
    const cause = errors(out)[0] ?? ''
    for (const part of expected) expect(cause).toContain(part)
  })

  it('names the kinds it knows when given another', () => {
    const { status, out } = runDemo('--misconfigured', 'typo')

    expect(status).toBe(1)
    expect(out).toContain(
      '--misconfigured takes one of role-typo, bucket-owner, bucket-policy, oidc-sub, external-id, not typo'
    )
  })
})
