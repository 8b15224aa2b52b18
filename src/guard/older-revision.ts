/**
 * older-revision: a run must not silently put older code on a group than a later run already
 * deployed there (a slow job, "Re-run jobs" on last week's run, a dispatch of an old ref). The
 * group's latest successful deployment names the commit it deployed in its run token; GitHub's
 * compare API says whether this run's commit is behind it. When either cannot say, the run goes
 * on and the log says why.
 */
import type { CodeDeployClient } from '@aws-sdk/client-codedeploy'
import { deployedCommit, type DeployedCommit } from '../codedeploy/deployed-commit.js'
import type { GroupFacts } from '../codedeploy/deployment.js'
import { errorText, isAccessDenied } from '../common/aws-errors.js'
import { OlderRevisionError } from '../common/errors.js'
import type { Log } from '../common/log.js'
import { shown } from '../common/untrusted.js'
import { compareCommits, type Compare, type Comparison } from '../github/compare.js'
import type { OlderRevisionPolicy } from '../inputs/inputs.js'

export interface OrderCheck {
  policy: OlderRevisionPolicy
  deploymentGroup: string
  /** What GetDeploymentGroup said; undefined when the group could not be read. */
  group: GroupFacts | undefined
  /** `owner/repo` and commit of this run. */
  repository: string
  commit: string
  github: { token: string; apiUrl: string }
}

/**
 * How this run's commit stands to the group's: `behind` is what older-revision guards against;
 * `unknown` (with `denied` when a permission is missing) when it cannot be told; `off` with allow.
 */
export interface OrderVerdict {
  order: 'off' | 'unknown' | 'same' | 'ahead' | 'diverged' | 'behind'
  message: string
  /** A refusal of AWS or GitHub kept it from being told: the user has a policy to fix. */
  denied?: boolean
  /** GitHub could not answer. */
  gitHubFailed?: boolean
}

const UNCHECKED = 'the order of commits is not checked'

/** Throws OlderRevisionError when the run's commit is behind the deployed one and policy is fail. */
export async function checkRevisionOrder(
  cd: CodeDeployClient,
  check: OrderCheck,
  log: Log,
  compare: Compare = compareCommits
): Promise<void> {
  const verdict = await revisionOrder(cd, check, compare)
  if (verdict.order === 'off') return
  if (verdict.order === 'behind' && check.policy === 'fail') {
    throw new OlderRevisionError(`${verdict.message} Nothing was uploaded or deployed.`)
  }
  if (verdict.order === 'behind' || verdict.order === 'diverged' || verdict.denied) {
    log.warning(verdict.message)
  } else if (verdict.gitHubFailed) {
    log.notice(verdict.message)
  } else {
    log.info(verdict.message)
  }
}

/** How this run's commit stands to the one the group runs, read-only (also for the dry run). */
export async function revisionOrder(
  cd: CodeDeployClient,
  check: OrderCheck,
  compare: Compare = compareCommits
): Promise<OrderVerdict> {
  if (check.policy === 'allow') return { order: 'off', message: 'older-revision is allow' }
  const deployed = await deployedOnGroup(cd, check)
  if (!deployed.known) return deployed.verdict
  if (deployed.commit === check.commit.toLowerCase()) {
    return {
      order: 'same',
      message:
        `older-revision: ${short(check.commit)} is the commit the group's latest successful ` +
        `deployment ${shown(deployed.deploymentId)} deployed; a re-run is not older.`
    }
  }
  if (!check.github.token) return unknown('github-token is empty')
  try {
    const comparison = await compare({
      ...check.github,
      repository: check.repository,
      base: deployed.commit,
      head: check.commit
    })
    return judge(comparison, check, deployed)
  } catch (err) {
    return {
      order: 'unknown',
      gitHubFailed: true,
      message:
        `older-revision: GitHub could not compare ${short(check.commit)} with ` +
        `${short(deployed.commit)}, which ${shown(deployed.deploymentId)} deployed ` +
        `(${errorText(err)}); ${UNCHECKED}.`
    }
  }
}

type Known = Extract<DeployedCommit, { known: true }>
type Found = Known | { known: false; verdict: OrderVerdict }

function unknown(why: string, denied = false): OrderVerdict {
  return { order: 'unknown', message: `older-revision: ${why}; ${UNCHECKED}.`, denied }
}

/** The commit of the group's latest successful deployment, or the verdict that says why not. */
async function deployedOnGroup(cd: CodeDeployClient, check: OrderCheck): Promise<Found> {
  const not = (verdict: OrderVerdict): Found => ({ known: false, verdict })
  if (!check.commit) return not(unknown('this run has no commit (GITHUB_SHA is empty)'))
  if (!check.group) {
    return not(unknown(`deployment group '${check.deploymentGroup}' could not be read`))
  }
  const id = check.group.lastSuccessfulDeploymentId
  if (!id) {
    return not(
      unknown(`deployment group '${check.deploymentGroup}' has no successful deployment yet`)
    )
  }
  let deployed: DeployedCommit
  try {
    deployed = await deployedCommit(cd, id)
  } catch (err) {
    const denied = isAccessDenied(err)
    const why = `could not read deployment ${shown(id)} (${errorText(err)})`
    const verdict = unknown(why, denied)
    if (denied) verdict.message += ' Allow codedeploy:GetDeployment on the group.'
    return not(verdict)
  }
  if (!deployed.known) {
    return not(
      unknown(
        `the group's latest successful deployment ${shown(id)} was not made by this action (${deployed.why})`
      )
    )
  }
  if (deployed.repository !== check.repository) {
    return not(
      unknown(
        `the group's latest successful deployment ${shown(id)} came from repository ` +
          `${deployed.repository}, not ${check.repository}`
      )
    )
  }
  return deployed
}

function judge(counts: Comparison, check: OrderCheck, deployed: Known): OrderVerdict {
  const order = counts.status
  const [head, base, id] = [
    short(check.commit),
    short(deployed.commit),
    shown(deployed.deploymentId)
  ]
  if (order === 'behind') {
    return {
      order,
      message:
        `Commit ${head} is ${count(counts.behindBy)} behind ${base}, which deployment ${id} ` +
        `deployed to '${check.deploymentGroup}': deploying it would roll the group back to older ` +
        `code. To roll back on purpose, set older-revision: allow (or warn, to deploy with a warning).`
    }
  }
  if (order === 'diverged') {
    return {
      order,
      message:
        `older-revision: ${head} has diverged from ${base}, which deployment ${id} deployed: ` +
        `${count(counts.behindBy)} of it ${counts.behindBy === 1 ? 'is' : 'are'} not in ` +
        `${head}, and deploying removes them from '${check.deploymentGroup}'.`
    }
  }
  return {
    order: 'ahead',
    message:
      `older-revision: ${head} is ${count(counts.aheadBy)} ahead of ${base}, which ` +
      `deployment ${id} deployed.`
  }
}

function short(commit: string): string {
  return commit.slice(0, 12)
}

function count(n: number): string {
  return `${n} commit${n === 1 ? '' : 's'}`
}
