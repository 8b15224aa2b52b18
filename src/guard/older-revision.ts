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
  log: Log
}

const UNCHECKED = 'the order of commits is not checked'

/** Throws OlderRevisionError when the run's commit is behind the deployed one and policy is fail. */
export async function checkRevisionOrder(
  cd: CodeDeployClient,
  check: OrderCheck,
  compare: Compare = compareCommits
): Promise<void> {
  if (check.policy === 'allow') return
  const deployed = await deployedOnGroup(cd, check)
  if (!deployed) return
  const { log } = check
  if (deployed.commit === check.commit.toLowerCase()) {
    log.info(
      `older-revision: ${short(check.commit)} is the commit the group's latest successful ` +
        `deployment ${deployed.deploymentId} deployed; a re-run is not older.`
    )
    return
  }
  if (!check.github.token) {
    log.info(`older-revision: github-token is empty; ${UNCHECKED}.`)
    return
  }
  let comparison: Comparison
  try {
    comparison = await compare({
      ...check.github,
      repository: check.repository,
      base: deployed.commit,
      head: check.commit
    })
  } catch (err) {
    log.notice(
      `older-revision: GitHub could not compare ${short(check.commit)} with ` +
        `${short(deployed.commit)}, which ${deployed.deploymentId} deployed ` +
        `(${errorText(err)}); ${UNCHECKED}.`
    )
    return
  }
  judge(comparison, check, deployed)
}

type Known = Extract<DeployedCommit, { known: true }>

/** The commit of the group's latest successful deployment, or undefined after saying why not. */
async function deployedOnGroup(
  cd: CodeDeployClient,
  check: OrderCheck
): Promise<Known | undefined> {
  const { log } = check
  const unknown = (why: string) => {
    log.info(`older-revision: ${why}; ${UNCHECKED}.`)
    return undefined
  }
  if (!check.commit) return unknown('this run has no commit (GITHUB_SHA is empty)')
  if (!check.group) return unknown(`deployment group '${check.deploymentGroup}' could not be read`)
  const id = check.group.lastSuccessfulDeploymentId
  if (!id) {
    return unknown(`deployment group '${check.deploymentGroup}' has no successful deployment yet`)
  }
  let deployed: DeployedCommit
  try {
    deployed = await deployedCommit(cd, id)
  } catch (err) {
    const line = `older-revision: could not read deployment ${shown(id)} (${errorText(err)}); ${UNCHECKED}.`
    if (isAccessDenied(err)) log.warning(`${line} Allow codedeploy:GetDeployment on the group.`)
    else log.info(line)
    return undefined
  }
  if (!deployed.known) {
    return unknown(
      `the group's latest successful deployment ${shown(id)} was not made by this action (${deployed.why})`
    )
  }
  if (deployed.repository !== check.repository) {
    return unknown(
      `the group's latest successful deployment ${shown(id)} came from repository ` +
        `${deployed.repository}, not ${check.repository}`
    )
  }
  return deployed
}

function judge(comparison: Comparison, check: OrderCheck, deployed: Known): void {
  const [head, base, id] = [short(check.commit), short(deployed.commit), deployed.deploymentId]
  const { log } = check
  if (comparison.status === 'behind') {
    const message =
      `Commit ${head} is ${count(comparison.behindBy)} behind ${base}, which deployment ${id} ` +
      `deployed to '${check.deploymentGroup}': deploying it would roll the group back to older ` +
      `code. To roll back on purpose, set older-revision: allow (or warn, to deploy with a warning).`
    if (check.policy === 'fail') {
      throw new OlderRevisionError(`${message} Nothing was uploaded or deployed.`)
    }
    log.warning(message)
    return
  }
  if (comparison.status === 'diverged') {
    log.warning(
      `older-revision: ${head} has diverged from ${base}, which deployment ${id} deployed: ` +
        `${count(comparison.behindBy)} of it ${comparison.behindBy === 1 ? 'is' : 'are'} not in ` +
        `${head}, and deploying removes them from '${check.deploymentGroup}'.`
    )
    return
  }
  log.info(
    `older-revision: ${head} is ${count(comparison.aheadBy)} ahead of ${base}, which ` +
      `deployment ${id} deployed.`
  )
}

function short(commit: string): string {
  return commit.slice(0, 12)
}

function count(n: number): string {
  return `${n} commit${n === 1 ? '' : 's'}`
}
