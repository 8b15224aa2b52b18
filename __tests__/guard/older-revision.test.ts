import { CodeDeployClient, GetDeploymentCommand } from '@aws-sdk/client-codedeploy'
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import { OlderRevisionError } from '../../src/common/errors.js'
import { runToken, withRunToken } from '../../src/common/run-token.js'
import type { Compare, Comparison, CompareRequest } from '../../src/github/compare.js'
import { checkRevisionOrder, type OrderCheck } from '../../src/guard/older-revision.js'
import { awsError } from '../support/aws.js'
import { recordingLog, type RecordingLog } from '../support/log.js'

const DEPLOYED = 'aaaaaaaaaaaabbbbbbbbbbbbccccccccccccdddd'
const THIS_RUN = '1111111111112222222222223333333333334444'
const REPO = 'octo/shop'
const LAST = 'd-LAST0001'

const cdMock = mockClient(CodeDeployClient)
let log: RecordingLog
let asked: CompareRequest[]

function description(repository = REPO, sha = DEPLOYED): string {
  return withRunToken(
    'Deployed by GitHub Actions',
    runToken({ repository, runId: '7', runAttempt: '1', sha })
  )
}

function deployedWith(text: string | undefined, extra: Record<string, unknown> = {}) {
  cdMock
    .on(GetDeploymentCommand, { deploymentId: LAST })
    .resolves({ deploymentInfo: { deploymentId: LAST, description: text, ...extra } })
}

function answering(comparison: Comparison): Compare {
  return async request => {
    asked.push(request)
    return comparison
  }
}

function check(over: Partial<OrderCheck> = {}): OrderCheck {
  return {
    policy: 'fail',
    deploymentGroup: 'production',
    group: { computePlatform: 'Server', lastSuccessfulDeploymentId: LAST },
    repository: REPO,
    commit: THIS_RUN,
    github: { token: 'ghs_token', apiUrl: 'https://api.github.com' },
    ...over
  }
}

const run = (over: Partial<OrderCheck>, compare: Compare) =>
  checkRevisionOrder(new CodeDeployClient({ region: 'eu-west-1' }), check(over), log, compare)

beforeEach(() => {
  cdMock.reset()
  log = recordingLog()
  asked = []
})

describe('older-revision', () => {
  it('fails before anything is uploaded when the commit is behind the deployed one', async () => {
    deployedWith(description())
    const compare = answering({ status: 'behind', aheadBy: 0, behindBy: 3 })
    await expect(run({}, compare)).rejects.toThrow(
      new OlderRevisionError(
        "Commit 111111111111 is 3 commits behind aaaaaaaaaaaa, which deployment d-LAST0001 deployed to 'production': deploying it would roll the group back to older code. To roll back on purpose, set older-revision: allow (or warn, to deploy with a warning). Nothing was uploaded or deployed."
      )
    )
    expect(asked).toEqual([
      {
        token: 'ghs_token',
        apiUrl: 'https://api.github.com',
        repository: REPO,
        base: DEPLOYED,
        head: THIS_RUN
      }
    ])
    expect(cdMock.commandCalls(GetDeploymentCommand).map(c => c.args[0].input)).toEqual([
      { deploymentId: LAST }
    ])
  })

  it('warns and goes on with warn', async () => {
    deployedWith(description())
    await run({ policy: 'warn' }, answering({ status: 'behind', aheadBy: 0, behindBy: 1 }))
    expect(log.warnings).toEqual([
      expect.stringMatching(
        /^Commit 111111111111 is 1 commit behind aaaaaaaaaaaa, which deployment/
      )
    ])
  })

  it('asks nothing with allow', async () => {
    deployedWith(description())
    await run({ policy: 'allow' }, answering({ status: 'behind', aheadBy: 0, behindBy: 1 }))
    expect(cdMock.calls()).toHaveLength(0)
    expect(asked).toEqual([])
    expect([...log.lines, ...log.warnings, ...log.notices]).toEqual([])
  })

  it('goes on when the commit is ahead, and says by how much', async () => {
    deployedWith(description())
    await run({}, answering({ status: 'ahead', aheadBy: 2, behindBy: 0 }))
    expect(log.lines).toEqual([
      'older-revision: 111111111111 is 2 commits ahead of aaaaaaaaaaaa, which deployment d-LAST0001 deployed.'
    ])
    expect(log.warnings).toEqual([])
  })

  it('warns, without failing, when the commits have diverged', async () => {
    deployedWith(description())
    await run({}, answering({ status: 'diverged', aheadBy: 1, behindBy: 2 }))
    expect(log.warnings).toEqual([
      "older-revision: 111111111111 has diverged from aaaaaaaaaaaa, which deployment d-LAST0001 deployed: 2 commits of it are not in 111111111111, and deploying removes them from 'production'."
    ])
  })

  it('treats a re-run of the same commit as not older, without asking GitHub', async () => {
    deployedWith(description(REPO, THIS_RUN))
    await run({}, answering({ status: 'behind', aheadBy: 0, behindBy: 1 }))
    expect(asked).toEqual([])
    expect(log.lines).toEqual([
      "older-revision: 111111111111 is the commit the group's latest successful deployment d-LAST0001 deployed; a re-run is not older."
    ])
  })

  it.each([
    [
      'a group with no successful deployment',
      { group: { computePlatform: 'Server' as const } },
      undefined,
      "older-revision: deployment group 'production' has no successful deployment yet; the order of commits is not checked."
    ],
    [
      'a group that could not be read',
      { group: undefined },
      undefined,
      "older-revision: deployment group 'production' could not be read; the order of commits is not checked."
    ],
    [
      'a run with no commit',
      { commit: '' },
      undefined,
      'older-revision: this run has no commit (GITHUB_SHA is empty); the order of commits is not checked.'
    ],
    [
      'a deployment someone else made',
      {},
      'hotfix by hand',
      "older-revision: the group's latest successful deployment d-LAST0001 was not made by this action (its description ends with no run token of this action); the order of commits is not checked."
    ],
    [
      'a deployment of another repository',
      {},
      description('octo/other'),
      "older-revision: the group's latest successful deployment d-LAST0001 came from repository octo/other, not octo/shop; the order of commits is not checked."
    ],
    [
      'a token that records no commit (an earlier version of the action)',
      {},
      'x [gha-run:octo/shop:7:1:0123456789ab]',
      "older-revision: the group's latest successful deployment d-LAST0001 was not made by this action (its run token records no commit); the order of commits is not checked."
    ],
    [
      'no github-token',
      { github: { token: '', apiUrl: '' } },
      description(),
      'older-revision: github-token is empty; the order of commits is not checked.'
    ]
  ])('goes on, saying why, for %s', async (_, over, text, line) => {
    if (text !== undefined) deployedWith(text)
    await run(over, answering({ status: 'behind', aheadBy: 0, behindBy: 1 }))
    expect(log.lines).toEqual([line])
    expect(asked).toEqual([])
  })

  it("names CodeDeploy's own rollback as not this action's", async () => {
    deployedWith(undefined, { rollbackInfo: { rollbackTriggeringDeploymentId: 'd-FAILED01' } })
    await run({}, answering({ status: 'behind', aheadBy: 0, behindBy: 1 }))
    expect(log.lines[0]).toContain("(it is CodeDeploy's rollback of another deployment)")
  })

  it('goes on with a notice when GitHub cannot compare', async () => {
    deployedWith(description())
    const failing: Compare = async () => {
      throw Object.assign(new Error('No common ancestor between x and y'), { name: 'HttpError' })
    }
    await run({}, failing)
    expect(log.notices).toEqual([
      'older-revision: GitHub could not compare 111111111111 with aaaaaaaaaaaa, which d-LAST0001 deployed (HttpError: No common ancestor between x and y); the order of commits is not checked.'
    ])
  })

  it('warns, naming the permission, when it may not read the deployment', async () => {
    cdMock
      .on(GetDeploymentCommand)
      .rejects(awsError('AccessDeniedException', 400, 'not authorized'))
    await run({}, answering({ status: 'behind', aheadBy: 0, behindBy: 1 }))
    expect(log.warnings).toEqual([
      'older-revision: could not read deployment d-LAST0001 (AccessDeniedException: not authorized); the order of commits is not checked. Allow codedeploy:GetDeployment on the group.'
    ])
  })

  it('reads no commit from a description that only quotes a token', async () => {
    deployedWith(
      `copied ${runToken({ repository: REPO, runId: '1', runAttempt: '1', sha: DEPLOYED })} by hand`
    )
    const compare = jest.fn(answering({ status: 'behind', aheadBy: 0, behindBy: 1 }))
    await run({}, compare)
    expect(compare).not.toHaveBeenCalled()
  })
})
