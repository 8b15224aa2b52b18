import { describe, expect, it } from '@jest/globals'
import { explainCodeDeploy } from '../../../src/advice/explain/codedeploy.js'
import { awsError } from '../../support/aws.js'
import { PROD, PROD_ROLE, PROD_SESSION, cdCtx, err } from './fixtures.js'

describe('CodeDeploy', () => {
  const where = `account ${PROD}, region eu-west-1`
  it.each([
    ['ApplicationDoesNotExistException', `application 'shop' does not exist in ${where}`],
    [
      'DeploymentGroupDoesNotExistException',
      `deployment group 'production' of application 'shop' does not exist in ${where}`
    ],
    [
      'DeploymentConfigDoesNotExistException',
      `deployment configuration '(the group's)' does not exist`
    ],
    [
      'InvalidRoleException',
      "the service role of deployment group 'production' is missing or does not trust codedeploy.amazonaws.com"
    ],
    ['DeploymentLimitExceededException', "another deployment to 'production' is still in progress"],
    ['RevisionDoesNotExistException', 'the revision must be readable by CodeDeploy'],
    ['InvalidRevisionException', 'the revision must be readable by CodeDeploy'],
    ['DeploymentDoesNotExistException', `deployment (unknown) does not exist in ${where}`],
    ['DeploymentAlreadyCompletedException', 'has already ended'],
    ['DescriptionTooLongException', 'the description input'],
    ['ThrottlingException', 'CodeDeploy throttled the call'],
    ['UnrecognizedClientException', `the credentials of ${PROD_SESSION} are not valid`],
    ['ExpiredTokenException', 'expired'],
    [
      'InvalidAutoRollbackConfigException',
      `check the inputs and the permissions of ${PROD_SESSION}`
    ]
  ])('explains %s', (name, hint) => {
    const e = explainCodeDeploy(err(name), cdCtx())
    expect(e.hint).toContain(hint)
    expect(e.fixes).toEqual([])
  })

  it.each([
    [
      'codedeploy:CreateDeployment',
      'CreateDeployment',
      `arn:aws:codedeploy:eu-west-1:${PROD}:deploymentgroup:shop/production`
    ],
    [
      'codedeploy:RegisterApplicationRevision',
      'RegisterRevision',
      `arn:aws:codedeploy:eu-west-1:${PROD}:application:shop`
    ],
    [
      'codedeploy:GetDeploymentConfig',
      'ReadDeploymentConfig',
      `arn:aws:codedeploy:eu-west-1:${PROD}:deploymentconfig:*`
    ],
    [
      'codedeploy:StopDeployment',
      'StopDeployment',
      // No resource-level permissions: only "*" allows it.
      '*'
    ],
    [
      'codedeploy:ListDeployments',
      'FindDeploymentsInProgress',
      `arn:aws:codedeploy:eu-west-1:${PROD}:deploymentgroup:shop/production`
    ],
    ['codedeploy:BatchGetDeploymentTargets', 'ExplainFailures', '*']
  ])('gives the statement for %s on AccessDeniedException', (action, sid, resource) => {
    const e = explainCodeDeploy(err('AccessDeniedException'), cdCtx({ action }))
    expect(e.hint).toContain(
      resource === '*'
        ? `the policy of ${PROD_SESSION} must allow ${action} on "*" (it takes no resource-level permissions`
        : `the policy of ${PROD_SESSION} must allow ${action} on the application 'shop'`
    )
    expect(e.fixes).toHaveLength(1)
    expect(e.fixes[0]).toMatchObject({
      policy: 'target-permissions',
      owner: PROD_ROLE,
      account: PROD
    })
    expect(e.fixes[0].statement).toMatchObject({ Sid: sid, Resource: resource })
  })

  it.each([
    ['codedeploy:CreateDeployment', true],
    ['codedeploy:RegisterApplicationRevision', true],
    ['codedeploy:GetDeploymentConfig', true],
    ['codedeploy:BatchGetDeploymentTargets', true],
    ['codedeploy:ListDeployments', true],
    ['codedeploy:StopDeployment', false]
  ])('offers AWSCodeDeployDeployerAccess for %s only when it grants it: %s', (action, offered) => {
    const { hint } = explainCodeDeploy(err('AccessDeniedException'), cdCtx({ action }))
    expect(hint.includes('AWSCodeDeployDeployerAccess')).toBe(offered)
  })

  it('keeps placeholders when the context is not known', () => {
    const e = explainCodeDeploy(err('AccessDeniedException'), {
      step: 'codedeploy',
      action: 'codedeploy:GetDeployment',
      deploymentId: 'd-1'
    })
    expect(e.hint).toContain('the policy of the deploying role must allow codedeploy:GetDeployment')
    expect(e.fixes[0].statement?.Resource).toBe(
      'arn:aws:codedeploy:{region}:{targetAccount}:deploymentgroup:{application}/{deploymentGroup}'
    )
  })
})

describe('a CreateDeployment refused for another action', () => {
  it('names the action AWS names: UpdateDeploymentGroup for an alarm override', () => {
    const refusal = awsError(
      'AccessDeniedException',
      400,
      `User: ${PROD_SESSION} is not authorized to perform: codedeploy:UpdateDeploymentGroup on resource: arn:aws:codedeploy:eu-west-1:${PROD}:deploymentgroup:shop/production because no identity-based policy allows the codedeploy:UpdateDeploymentGroup action`
    )
    const e = explainCodeDeploy(refusal, cdCtx())
    expect(e.hint).toContain(
      `must allow codedeploy:UpdateDeploymentGroup on the application 'shop'`
    )
    expect(e.fixes.map(f => [f.policy, f.account, f.statement?.Sid])).toEqual([
      ['target-permissions', PROD, 'OverrideAlarms']
    ])
  })

  it('keeps the call’s own action when the message names one of another service', () => {
    const refusal = awsError(
      'AccessDeniedException',
      400,
      'not authorized to perform: iam:PassRole on resource: arn:aws:iam::1:role/x'
    )
    expect(explainCodeDeploy(refusal, cdCtx()).fixes[0].statement?.Sid).toBe('CreateDeployment')
  })
})
