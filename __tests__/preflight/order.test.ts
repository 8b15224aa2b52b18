import { CodeDeployClient, GetDeploymentCommand } from '@aws-sdk/client-codedeploy'
import { beforeEach, describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import { runToken, withRunToken } from '../../src/common/run-token.js'
import type { Compare, Comparison } from '../../src/github/compare.js'
import type { ActionInputs } from '../../src/inputs/inputs.js'
import { Checklist } from '../../src/preflight/checklist.js'
import type { PreflightDeps } from '../../src/preflight/deps.js'
import { checkCommitOrder } from '../../src/preflight/order.js'
import { recordingLog } from '../support/log.js'

const cd = mockClient(CodeDeployClient)
const DEPLOYED = 'aaaaaaaaaaaa0000000000000000000000000000'
const HEAD = 'bbbbbbbbbbbb0000000000000000000000000000'
const ENV = { GITHUB_REPOSITORY: 'octo/shop', GITHUB_SHA: HEAD, GITHUB_API_URL: 'http://gh' }
const TARGET = {
  credentials: async () => ({ accessKeyId: 'a', secretAccessKey: 'b' }),
  arn: 'x',
  account: '222222222222'
}

function inputs(over: Partial<ActionInputs> = {}): ActionInputs {
  return {
    application: 'shop',
    deploymentGroup: 'production',
    olderRevision: 'fail',
    githubToken: 'ghs_token',
    uploadOnly: false,
    ...over
  } as ActionInputs
}

function deps(comparison: Comparison): PreflightDeps {
  const compare: Compare = async () => comparison
  return {
    codeDeploy: () => new CodeDeployClient({ region: 'eu-west-1' }),
    compare,
    log: recordingLog()
  } as unknown as PreflightDeps
}

const GROUP = { lastSuccessfulDeploymentId: 'd-LAST' }

async function check(
  over: Partial<ActionInputs>,
  comparison: Comparison,
  group: typeof GROUP | null = GROUP
) {
  const list = new Checklist()
  await checkCommitOrder(inputs(over), ENV, group ?? undefined, TARGET, deps(comparison), list)
  return list.checks
}

beforeEach(() => {
  cd.reset()
  cd.on(GetDeploymentCommand, { deploymentId: 'd-LAST' }).resolves({
    deploymentInfo: {
      description: withRunToken(
        'x',
        runToken({ repository: 'octo/shop', runId: '1', runAttempt: '1', sha: DEPLOYED })
      )
    }
  })
})

describe('the dry run checks the order of commits', () => {
  it('fails a commit behind the deployed one with older-revision: fail, and warns with warn', async () => {
    const behind: Comparison = { status: 'behind', aheadBy: 0, behindBy: 2 }
    expect(await check({}, behind)).toEqual([
      {
        title: 'Commit order (older-revision)',
        status: 'failed',
        evidence: expect.stringMatching(
          /^Commit bbbbbbbbbbbb is 2 commits behind aaaaaaaaaaaa, which deployment d-LAST deployed to 'production'/
        )
      }
    ])
    expect((await check({ olderRevision: 'warn' }, behind))[0].status).toBe('warning')
  })

  it('passes a commit ahead, and skips the check with allow and for upload-only', async () => {
    const ahead: Comparison = { status: 'ahead', aheadBy: 1, behindBy: 0 }
    expect((await check({}, ahead))[0]).toMatchObject({
      status: 'passed',
      evidence:
        'older-revision: bbbbbbbbbbbb is 1 commit ahead of aaaaaaaaaaaa, which deployment d-LAST deployed.'
    })
    expect((await check({ olderRevision: 'allow' }, ahead))[0].status).toBe('skipped')
    expect((await check({ uploadOnly: true }, ahead))[0]).toEqual({
      title: 'Commit order (older-revision)',
      status: 'skipped',
      evidence: 'upload-only: no deployment is created'
    })
  })

  it('skips, saying why, when the group cannot be read', async () => {
    const behind: Comparison = { status: 'behind', aheadBy: 0, behindBy: 1 }
    expect((await check({}, behind, null))[0]).toMatchObject({
      status: 'skipped',
      evidence:
        "older-revision: deployment group 'production' could not be read; the order of commits is not checked."
    })
  })
})
