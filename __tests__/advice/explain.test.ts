import { describe, expect, it } from '@jest/globals'
import {
  describeFix,
  explain,
  explainedMessage,
  formatExplanation,
  type ErrorContext
} from '../../src/advice/explain.js'
import { explainCodeDeploy } from '../../src/advice/explain/codedeploy.js'
import { explainS3 } from '../../src/advice/explain/s3.js'
import { explainAssumeRole, explainWebIdentity } from '../../src/advice/explain/sts.js'
import {
  DEV,
  DEV_SESSION,
  OIDC_ROLE,
  PROD,
  PROD_ROLE,
  cdCtx,
  err,
  s3Ctx
} from './explain/fixtures.js'

describe('explain', () => {
  const webIdentity: ErrorContext = {
    step: 'web-identity',
    roleArn: OIDC_ROLE,
    audience: 'sts.amazonaws.com',
    role: 'oidc-role-arn'
  }
  const assumeRole: ErrorContext = {
    step: 'assume-role',
    roleArn: PROD_ROLE,
    sourceIdentity: DEV_SESSION
  }

  it('asks the module of the step that failed', () => {
    const denied = err('AccessDenied', 403)
    expect(explain(denied, webIdentity)).toEqual(explainWebIdentity(denied, webIdentity))
    expect(explain(denied, assumeRole)).toEqual(explainAssumeRole(denied, assumeRole))
    expect(explain(denied, s3Ctx())).toEqual(explainS3(denied, s3Ctx()))
    expect(explain(denied, cdCtx())).toEqual(explainCodeDeploy(denied, cdCtx()))
    expect(
      new Set([webIdentity, assumeRole, s3Ctx(), cdCtx()].map(c => explain(denied, c).hint)).size
    ).toBe(4)
  })
})

describe('formatting', () => {
  it('puts the hint and the missing statements on one line', () => {
    const text = formatExplanation(explain(err('AccessDeniedException'), cdCtx()))
    expect(text).not.toContain('\n')
    expect(text).toMatch(
      new RegExp(
        `^Check: the policy of .+\\. Likely missing from the permissions policy of ${PROD_ROLE} in account ${PROD}: \\{"Sid":"CreateDeployment",.+\\}\\.$`
      )
    )
  })

  it('leaves fixes without a statement out', () => {
    expect(formatExplanation({ hint: 'do this', fixes: [{ policy: 'bucket-policy' }] })).toBe(
      'Check: do this.'
    )
  })

  it('describes where a fix goes', () => {
    expect(describeFix({ policy: 'instance-profile' })).toBe(
      'the instance profile role of the production instances'
    )
    expect(describeFix({ policy: 'bucket-policy', owner: 'releases', account: DEV })).toBe(
      `the bucket policy of releases in account ${DEV}`
    )
  })

  it('builds the whole message', () => {
    expect(
      explainedMessage(
        'codedeploy:CreateDeployment failed',
        'X: y',
        err('DeploymentLimitExceededException'),
        cdCtx()
      )
    ).toBe(
      "codedeploy:CreateDeployment failed: X: y. Check: another deployment to 'production' is still in progress; wait for it to end or stop it."
    )
  })
})
