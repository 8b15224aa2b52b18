/** Why CodeDeploy refused a call: a missing application, group or configuration, or a policy. */
import { deniedAction, errorName, isAccessDenied } from '../../common/aws-errors.js'
import { accountOf, partitionOf } from '../../common/arn.js'
import { actionMatches } from '../permissions.js'
import { credentialProblem, roleArnOf, statement } from './shared.js'
import type { CodeDeployContext, Explanation } from './types.js'

const none = (hint: string): Explanation => ({ hint, fixes: [] })

/** The CodeDeploy actions of the AWS managed policy AWSCodeDeployDeployerAccess: no StopDeployment. */
const DEPLOYER_ACCESS = [
  'codedeploy:Batch*',
  'codedeploy:CreateDeployment',
  'codedeploy:Get*',
  'codedeploy:List*',
  'codedeploy:RegisterApplicationRevision'
]

function managedPolicyHint(action: string): string {
  return DEPLOYER_ACCESS.some(pattern => actionMatches(pattern, action))
    ? ' (for example the AWSCodeDeployDeployerAccess managed policy)'
    : ''
}

export function explainCodeDeploy(err: unknown, ctx: CodeDeployContext): Explanation {
  const identity = ctx.identity ?? 'the deploying role'
  const where =
    ctx.accountId && ctx.region
      ? `account ${ctx.accountId}, region ${ctx.region}`
      : 'the target account and region'
  const application = ctx.application ?? '{application}'
  const group = ctx.deploymentGroup ?? '{deploymentGroup}'
  const name = errorName(err)
  switch (name) {
    case 'ApplicationDoesNotExistException':
      return none(
        `application '${application}' does not exist in ${where}; check the application input and aws-region`
      )
    case 'DeploymentGroupDoesNotExistException':
      return none(
        `deployment group '${group}' of application '${application}' does not exist in ${where}`
      )
    case 'DeploymentConfigDoesNotExistException':
      return none(
        `deployment configuration '${ctx.deploymentConfig ?? "(the group's)"}' does not exist in ${where}`
      )
    case 'InvalidRoleException':
      return none(
        `the service role of deployment group '${group}' is missing or does not trust codedeploy.amazonaws.com; fix it in ${where} (the deployment group's service role, not role-to-assume)`
      )
    case 'DeploymentLimitExceededException':
      return none(
        `another deployment to '${group}' is still in progress; wait for it to end or stop it`
      )
    case 'RevisionDoesNotExistException':
    case 'InvalidRevisionException':
      return none('the revision must be readable by CodeDeploy; check the bucket, key and version')
    case 'DeploymentDoesNotExistException':
      return none(`deployment ${ctx.deploymentId ?? '(unknown)'} does not exist in ${where}`)
    case 'DeploymentAlreadyCompletedException':
      return none(`deployment ${ctx.deploymentId ?? '(unknown)'} has already ended`)
    case 'DescriptionTooLongException':
      return none(
        'the description (the input, with the token of the run the action appends) is longer than CodeDeploy accepts; shorten the description input'
      )
    case 'ThrottlingException':
      return none(
        'CodeDeploy throttled the call after every retry; other tools may be calling CodeDeploy in this account heavily; re-run the job'
      )
  }
  if (isAccessDenied(err)) {
    // CreateDeployment with an alarm override is refused for codedeploy:UpdateDeploymentGroup.
    const named = deniedAction(err)
    const action = named?.startsWith('codedeploy:') ? named : ctx.action
    return accessDenied({ ...ctx, action }, identity, application)
  }
  const credentials = credentialProblem(name, identity)
  if (credentials) return none(credentials)
  return none(`check the inputs and the permissions of ${identity}`)
}

function accessDenied(ctx: CodeDeployContext, identity: string, application: string): Explanation {
  const roleArn = roleArnOf(ctx.identity)
  const vars = {
    partition: partitionOf(roleArn),
    region: ctx.region,
    targetAccount: ctx.accountId ?? accountOf(roleArn),
    application: ctx.application,
    deploymentGroup: ctx.deploymentGroup
  }
  const needed = statement(ctx.action, 'target-permissions', vars)
  const on =
    needed?.Resource === '*'
      ? `on "*" (it takes no resource-level permissions, so a statement that names the application or the deployment group does not allow it)`
      : `on the application '${application}' and its deployment group`
  return {
    hint: `the policy of ${identity} must allow ${ctx.action} ${on}${managedPolicyHint(ctx.action)}`,
    fixes: [
      {
        policy: 'target-permissions',
        owner: roleArn ?? identity,
        account: ctx.accountId ?? accountOf(roleArn),
        statement: needed
      }
    ]
  }
}
