import { describe, expect, it } from '@jest/globals'
import {
  GetRoleCommand,
  SimulatePrincipalPolicyCommand,
  type SimulatePrincipalPolicyCommandInput
} from '@aws-sdk/client-iam'
import { GetBucketPolicyCommand, HeadObjectCommand } from '@aws-sdk/client-s3'
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts'
import { readFileSync } from 'node:fs'
import { runPreflight } from '../../src/preflight/preflight.js'
import { setInputs } from '../support/actions.js'
import { awsError } from '../support/aws.js'
import { runnerCommands } from '../support/commands.js'
import {
  DEV,
  DEV_ARN,
  PROD,
  PROD_ARN,
  PROD_ROLE,
  answerSimulation,
  assertNothingCreated,
  iam,
  inputs,
  line,
  log,
  s3,
  signedWith,
  simulationPages,
  simulationRequests,
  sts,
  summaryFile,
  useCorrectSetup
} from './harness.js'

useCorrectSetup()

const DEV_ROLE = `arn:aws:iam::${DEV}:role/github-deploy`
const APP = `arn:aws:codedeploy:eu-west-1:${PROD}:application:shop`
const GROUP = `arn:aws:codedeploy:eu-west-1:${PROD}:deploymentgroup:shop/production`
const CONFIG = `arn:aws:codedeploy:eu-west-1:${PROD}:deploymentconfig:CodeDeployDefault.OneAtATime`
const SECURE = {
  ContextKeyName: 'aws:SecureTransport',
  ContextKeyValues: ['true'],
  ContextKeyType: 'boolean'
}
const account = (id: string) => ({
  ContextKeyName: 'aws:ResourceAccount',
  ContextKeyValues: [id],
  ContextKeyType: 'string'
})
const REGION = {
  ContextKeyName: 'aws:RequestedRegion',
  ContextKeyValues: ['eu-west-1'],
  ContextKeyType: 'string'
}
const SOURCE = 'Policy simulation for the source credentials'
const TARGET = 'Policy simulation for role-to-assume'

/** The key of the bundle, as the dry run looked it up in S3. */
function bundleKey(): string {
  return s3.commandCalls(HeadObjectCommand)[0].args[0].input.Key as string
}

/** A check's line without its icon: "failed  Title: evidence". */
function shownLine(title: string): string {
  return line(title).replace(/^\S+ /, '')
}

/** Every checklist line of the log that is not about the policy simulation. */
function probeLines(text: string): string[] {
  return text
    .split('\n')
    .filter(l => / (passed|failed|skipped) +/.test(l) && !l.includes('Policy simulation'))
}

describe('runPreflight: the policy simulation', () => {
  it('asks AWS about every action of the run on its exact resources, as each identity', async () => {
    const signers: string[] = []
    iam
      .on(SimulatePrincipalPolicyCommand)
      .callsFake(async (input: SimulatePrincipalPolicyCommandInput, getClient) => {
        signers.push(`${await signedWith(getClient)} ${input.PolicySourceArn}`)
        return {
          EvaluationResults: (input.ActionNames ?? []).map(action => ({
            EvalActionName: action,
            EvalResourceName: input.ResourceArns?.[0],
            EvalDecision: 'allowed'
          })),
          IsTruncated: false
        }
      })

    expect(await runPreflight(inputs(), process.env)).toBe(true)

    assertNothingCreated()
    const object = `arn:aws:s3:::shop-releases-prod/${bundleKey()}`
    expect(bundleKey()).toMatch(/^shop\/[0-9a-f]{64}\.zip$/)
    // The source session's ARN drops the role's path: GetRole, as the source, tells it.
    expect(iam.commandCalls(GetRoleCommand).map(c => c.args[0].input)).toEqual([
      { RoleName: 'github-deploy' }
    ])
    expect(simulationRequests()).toEqual([
      {
        PolicySourceArn: DEV_ROLE,
        ActionNames: ['sts:AssumeRole'],
        ResourceArns: [PROD_ROLE],
        ContextEntries: [SECURE, account(PROD), REGION]
      },
      {
        PolicySourceArn: PROD_ROLE,
        ActionNames: [
          'codedeploy:RegisterApplicationRevision',
          'codedeploy:GetApplicationRevision'
        ],
        ResourceArns: [APP],
        ContextEntries: [SECURE, account(PROD), REGION]
      },
      {
        PolicySourceArn: PROD_ROLE,
        ActionNames: [
          'codedeploy:CreateDeployment',
          'codedeploy:GetDeployment',
          'codedeploy:ListDeployments',
          'codedeploy:GetDeploymentGroup'
        ],
        ResourceArns: [GROUP],
        ContextEntries: [SECURE, account(PROD), REGION]
      },
      {
        PolicySourceArn: PROD_ROLE,
        ActionNames: ['codedeploy:GetDeploymentConfig'],
        ResourceArns: [CONFIG],
        ContextEntries: [SECURE, account(PROD), REGION]
      },
      {
        // Actions with no resource-level permissions are matched against "*" alone.
        PolicySourceArn: PROD_ROLE,
        ActionNames: [
          'codedeploy:ListDeploymentTargets',
          'codedeploy:BatchGetDeploymentTargets',
          'codedeploy:StopDeployment'
        ],
        ResourceArns: ['*'],
        ContextEntries: [SECURE, REGION]
      },
      {
        PolicySourceArn: PROD_ROLE,
        ActionNames: ['s3:PutObject', 's3:GetObject', 's3:AbortMultipartUpload'],
        ResourceArns: [object],
        ContextEntries: [SECURE, account(PROD)]
      },
      {
        PolicySourceArn: PROD_ROLE,
        ActionNames: ['s3:ListBucket'],
        ResourceArns: ['arn:aws:s3:::shop-releases-prod'],
        ContextEntries: [SECURE, account(PROD)]
      }
    ])
    expect(signers).toEqual([
      `AKIADEVELOPMENT ${DEV_ROLE}`,
      ...Array(6).fill(`ASIAPRODUCTION ${PROD_ROLE}`)
    ])
    expect(shownLine(SOURCE)).toBe(
      `passed  ${SOURCE}: AWS's policy simulator allows 1 of the 1 actions this run takes as ${DEV_ROLE}: sts:AssumeRole on ${PROD_ROLE}`
    )
    expect(shownLine(TARGET)).toBe(
      `passed  ${TARGET}: AWS's policy simulator allows 14 of the 14 actions this run takes as ${PROD_ROLE}: codedeploy:RegisterApplicationRevision, codedeploy:GetApplicationRevision on ${APP}; codedeploy:CreateDeployment, codedeploy:GetDeployment, codedeploy:ListDeployments, codedeploy:GetDeploymentGroup on ${GROUP}; codedeploy:GetDeploymentConfig on ${CONFIG}; codedeploy:ListDeploymentTargets, codedeploy:BatchGetDeploymentTargets, codedeploy:StopDeployment on *; s3:PutObject, s3:GetObject, s3:AbortMultipartUpload on ${object}; s3:ListBucket on arn:aws:s3:::shop-releases-prod`
    )
  })

  it('reads every page of an answer', async () => {
    answerSimulation(
      (action, resource) =>
        action === 'codedeploy:GetDeploymentGroup' && resource === GROUP
          ? { EvalDecision: 'implicitDeny', MatchedStatements: [] }
          : undefined,
      2
    )

    await runPreflight(inputs(), process.env)

    // Four actions on the group, two results a page: two pages, the last one denying.
    const pages = simulationPages.filter(input => input.ResourceArns?.[0] === GROUP)
    expect(pages.map(p => p.Marker)).toEqual([undefined, '2'])
    expect(line(`${TARGET}: codedeploy:GetDeploymentGroup`)).toContain('skipped')
    expect(line(TARGET)).toContain('allows 13 of the 14 actions')
  })

  it('fails each required action AWS denies, naming the role, the resource and the statement to add', async () => {
    answerSimulation((action, resource) =>
      action === 'codedeploy:CreateDeployment' && resource === GROUP
        ? { EvalDecision: 'implicitDeny', MatchedStatements: [] }
        : undefined
    )

    expect(await runPreflight(inputs(), process.env)).toBe(false)

    const denied = `${TARGET}: codedeploy:CreateDeployment`
    expect(shownLine(denied)).toBe(
      `failed  ${denied}: AWS's policy simulator denies codedeploy:CreateDeployment on ${GROUP} to ${PROD_ROLE} (implicitDeny): no statement of its policies allows it. Add to the permissions policy of ${PROD_ROLE} in account ${PROD}: {"Sid":"CreateDeployment","Effect":"Allow","Action":["codedeploy:CreateDeployment","codedeploy:GetDeployment"],"Resource":"${GROUP}"}.`
    )
    expect(line(TARGET)).toContain('passed')
    expect(line(TARGET)).toContain('allows 13 of the 14 actions')
    // @actions/core escapes the title's colons.
    expect(log()).toContain(
      `::error title=${denied.replace(/:/g, '%3A')} (dry run)::AWS's policy simulator denies`
    )
    expect(readFileSync(summaryFile, 'utf8')).toContain(
      `{&quot;Sid&quot;:&quot;CreateDeployment&quot;,&quot;Effect&quot;:&quot;Allow&quot;`
    )
  })

  it('reports a denied recommended action as skipped, with what the run loses', async () => {
    answerSimulation(action =>
      action === 'codedeploy:StopDeployment'
        ? { EvalDecision: 'implicitDeny', MatchedStatements: [] }
        : undefined
    )

    expect(await runPreflight(inputs(), process.env)).toBe(true)

    expect(shownLine(`${TARGET}: codedeploy:StopDeployment`)).toBe(
      `skipped ${TARGET}: codedeploy:StopDeployment: AWS's policy simulator denies codedeploy:StopDeployment on * to ${PROD_ROLE} (implicitDeny): no statement of its policies allows it. Add to the permissions policy of ${PROD_ROLE} in account ${PROD}: {"Sid":"StopDeployment","Effect":"Allow","Action":"codedeploy:StopDeployment","Resource":"*"}. Statement StopDeployment is recommended, not required: stops the deployment on cancel (stop-on-cancel), on timeout (stop-on-timeout), when on-active-deployment is stop, or at a test gate (stop-deployment).`
    )
  })

  it('names the Deny statement that overrides the Allow', async () => {
    answerSimulation(action =>
      action === 's3:PutObject'
        ? {
            EvalDecision: 'explicitDeny',
            MatchedStatements: [{ SourcePolicyId: 'NoUploads', SourcePolicyType: 'user-managed' }]
          }
        : undefined
    )

    expect(await runPreflight(inputs(), process.env)).toBe(false)

    expect(shownLine(`${TARGET}: s3:PutObject`)).toBe(
      `failed  ${TARGET}: s3:PutObject: AWS's policy simulator denies s3:PutObject on arn:aws:s3:::shop-releases-prod/${bundleKey()} to ${PROD_ROLE} (explicitDeny): a Deny among NoUploads (user-managed) overrides every Allow; remove or narrow it in the policies of ${PROD_ROLE} in account ${PROD}.`
    )
  })

  it('names the permissions boundary and the organization when they refuse', async () => {
    answerSimulation(action =>
      action === 'codedeploy:RegisterApplicationRevision'
        ? {
            EvalDecision: 'implicitDeny',
            PermissionsBoundaryDecisionDetail: { AllowedByPermissionsBoundary: false },
            OrganizationsDecisionDetail: { AllowedByOrganizations: false }
          }
        : undefined
    )

    expect(await runPreflight(inputs(), process.env)).toBe(false)

    expect(line(`${TARGET}: codedeploy:RegisterApplicationRevision`)).toContain(
      `(implicitDeny): a service control policy of the AWS organization denies it in account ${PROD}; the organization's administrator must allow codedeploy:RegisterApplicationRevision there; and the permissions boundary of ${PROD_ROLE} does not allow it; add codedeploy:RegisterApplicationRevision on ${APP} to that boundary policy in account ${PROD}.`
    )
  })

  it("decides nothing when only another account's policy, which it cannot see, refuses", async () => {
    // The development role's own statement allows AssumeRole; the role's trust policy is not
    // part of the simulation.
    answerSimulation(action =>
      action === 'sts:AssumeRole'
        ? {
            EvalDecision: 'implicitDeny',
            MatchedStatements: [{ SourcePolicyId: 'assume', SourcePolicyType: 'role' }]
          }
        : undefined
    )

    expect(await runPreflight(inputs(), process.env)).toBe(true)

    expect(shownLine(`${SOURCE}: sts:AssumeRole`)).toBe(
      `skipped ${SOURCE}: sts:AssumeRole: AWS's policy simulator finds sts:AssumeRole on ${PROD_ROLE} allowed by the policies of ${DEV_ROLE}, but cannot see the trust policy of ${PROD_ROLE} in account ${PROD}, which must allow it too (statement {"Sid":"TrustDevelopmentRole","Effect":"Allow","Principal":{"AWS":"${DEV_ROLE}"},"Action":"sts:AssumeRole"}); the checks above show whether it does`
    )
    expect(line(`Assume role-to-assume ${PROD_ROLE}`)).toContain('passed')
  })

  describe('with a bucket in the other account', () => {
    const USER = `arn:aws:iam::${DEV}:user/deployer`
    const BUCKET_POLICY = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'DevList',
          Effect: 'Allow',
          Principal: { AWS: USER },
          Action: 's3:ListBucket',
          Resource: 'arn:aws:s3:::shop-releases-prod'
        }
      ]
    })

    /** The source is an IAM user of the development account that uploads into the production bucket. */
    function userUploadsToProduction(): void {
      setInputs({ 'upload-credentials': 'source' })
      sts
        .on(GetCallerIdentityCommand)
        .callsFake(async (_input, getClient) =>
          (await signedWith(getClient)) === 'ASIAPRODUCTION'
            ? { Account: PROD, Arn: PROD_ARN }
            : { Account: DEV, Arn: USER }
        )
      s3.on(GetBucketPolicyCommand).resolves({ Policy: BUCKET_POLICY })
    }

    it('includes the bucket policy, read in its own account, and names it when it refuses', async () => {
      userUploadsToProduction()
      // The user's own policy allows the upload (its statement matched); the bucket policy does not.
      answerSimulation(action =>
        action === 's3:PutObject'
          ? {
              EvalDecision: 'implicitDeny',
              MatchedStatements: [{ SourcePolicyId: 'upload', SourcePolicyType: 'user' }],
              EvalDecisionDetails: {}
            }
          : undefined
      )

      expect(await runPreflight(inputs(), process.env)).toBe(false)

      const object = `arn:aws:s3:::shop-releases-prod/${bundleKey()}`
      const read = s3.commandCalls(GetBucketPolicyCommand)
      expect(read.map(c => c.args[0].input)).toEqual([
        { Bucket: 'shop-releases-prod', ExpectedBucketOwner: PROD }
      ])
      expect(await signedWith(() => read[0].thisValue)).toBe('ASIAPRODUCTION')
      expect(iam.commandCalls(GetRoleCommand)).toHaveLength(0)
      const requests = simulationRequests().filter(r => r.PolicySourceArn === USER)
      expect(requests).toEqual([
        {
          PolicySourceArn: USER,
          ActionNames: ['sts:AssumeRole'],
          ResourceArns: [PROD_ROLE],
          ContextEntries: [SECURE, account(PROD), REGION]
        },
        {
          PolicySourceArn: USER,
          ActionNames: ['s3:PutObject', 's3:GetObject', 's3:AbortMultipartUpload'],
          ResourceArns: [object],
          ContextEntries: [SECURE, account(PROD)],
          ResourcePolicy: BUCKET_POLICY,
          ResourceOwner: `arn:aws:iam::${PROD}:root`,
          CallerArn: USER
        },
        {
          PolicySourceArn: USER,
          ActionNames: ['s3:ListBucket'],
          ResourceArns: ['arn:aws:s3:::shop-releases-prod'],
          ContextEntries: [SECURE, account(PROD)],
          ResourcePolicy: BUCKET_POLICY,
          ResourceOwner: `arn:aws:iam::${PROD}:root`,
          CallerArn: USER
        }
      ])
      expect(shownLine(`${SOURCE}: s3:PutObject`)).toBe(
        `failed  ${SOURCE}: s3:PutObject: AWS's policy simulator denies s3:PutObject on ${object} to ${USER} (implicitDeny): the bucket policy of shop-releases-prod in account ${PROD} does not allow it to ${USER}. Add to the bucket policy of shop-releases-prod in account ${PROD}: {"Sid":"CrossAccountUpload","Effect":"Allow","Principal":{"AWS":"${USER}"},"Action":["s3:PutObject","s3:GetObject","s3:AbortMultipartUpload"],"Resource":"arn:aws:s3:::shop-releases-prod/shop/*"}.`
      )
    })

    it('names the Deny of the bucket policy', async () => {
      userUploadsToProduction()
      answerSimulation(action =>
        action === 's3:GetObject'
          ? {
              EvalDecision: 'explicitDeny',
              MatchedStatements: [{ SourcePolicyId: 'DenyOthers', SourcePolicyType: 'resource' }]
            }
          : undefined
      )

      expect(await runPreflight(inputs(), process.env)).toBe(false)

      expect(line(`${SOURCE}: s3:GetObject`)).toContain(
        `(explicitDeny): a Deny among DenyOthers (resource) overrides every Allow; remove or narrow it in the bucket policy of shop-releases-prod in account ${PROD}.`
      )
    })

    it("evaluates a role's own policies when AWS will not take the bucket policy for it", async () => {
      setInputs({ 'upload-credentials': 'source' })
      s3.on(GetBucketPolicyCommand).resolves({ Policy: BUCKET_POLICY })
      answerSimulation()
      iam
        .on(SimulatePrincipalPolicyCommand, { ResourcePolicy: BUCKET_POLICY })
        .rejects(
          awsError('InvalidInput', 400, 'resource policies are simulated for IAM users only')
        )

      expect(await runPreflight(inputs(), process.env)).toBe(true)

      const s3Requests = simulationRequests().filter(r =>
        r.ResourceArns?.[0].startsWith('arn:aws:s3')
      )
      expect(s3Requests.map(r => [r.PolicySourceArn, r.ResourcePolicy !== undefined])).toEqual([
        [DEV_ROLE, true],
        [DEV_ROLE, false],
        [DEV_ROLE, false]
      ])
      expect(line(SOURCE)).toContain(
        'allows 5 of the 5 actions this run takes as arn:aws:iam::111111111111:role/github-deploy'
      )
      expect(line(SOURCE)).toContain(
        "AWS's policy simulator would not take the bucket policy (InvalidInput: resource policies are simulated for IAM users only), so it evaluated the identity's own policies only"
      )
    })
  })

  it('says in one line which permission would enable it, and keeps the probes unchanged, when IAM refuses', async () => {
    await runPreflight(inputs(), process.env)
    const withSimulation = log()
    iam
      .on(SimulatePrincipalPolicyCommand)
      .rejects(
        awsError(
          'AccessDenied',
          403,
          `User: ${PROD_ARN} is not authorized to perform: iam:SimulatePrincipalPolicy`
        )
      )

    expect(await runPreflight(inputs(), process.env)).toBe(true)

    const fallback = log().slice(withSimulation.length)
    expect(probeLines(fallback)).toEqual(probeLines(withSimulation))
    const simulation = fallback.split('\n').filter(l => l.includes('Policy simulation'))
    expect(simulation.map(l => l.replace(/^\S+ /, ''))).toEqual([
      `skipped ${SOURCE}: AWS's policy simulator was refused (iam:SimulatePrincipalPolicy as ${DEV_ARN}: AccessDenied: User: ${PROD_ARN} is not authorized to perform: iam:SimulatePrincipalPolicy). For a check of every action this run takes on its exact resources, add to the permissions policy of ${DEV_ROLE} in account ${DEV}: {"Sid":"DryRunSimulate","Effect":"Allow","Action":"iam:SimulatePrincipalPolicy","Resource":"${DEV_ROLE}"}; until then the checks above, which probe with read calls, stand in for it`,
      `skipped ${TARGET}: AWS's policy simulator was refused (iam:SimulatePrincipalPolicy as ${PROD_ARN}: AccessDenied: User: ${PROD_ARN} is not authorized to perform: iam:SimulatePrincipalPolicy). For a check of every action this run takes on its exact resources, add to the permissions policy of ${PROD_ROLE} in account ${PROD}: {"Sid":"DryRunSimulate","Effect":"Allow","Action":"iam:SimulatePrincipalPolicy","Resource":"${PROD_ROLE}"}; until then the checks above, which probe with read calls, stand in for it`
    ])
  })

  it('simulates a role with a path by its full ARN, from the input or from GetRole', async () => {
    const pathRole = `arn:aws:iam::${PROD}:role/deploy/codedeploy-cross-account`
    setInputs({ 'role-to-assume': pathRole })
    iam.on(GetRoleCommand).resolves({
      Role: {
        Path: '/ci/',
        RoleName: 'github-deploy',
        RoleId: 'AROAEXAMPLE',
        Arn: `arn:aws:iam::${DEV}:role/ci/github-deploy`,
        CreateDate: new Date(0)
      }
    })

    expect(await runPreflight(inputs(), process.env)).toBe(true)

    expect(iam.commandCalls(GetRoleCommand).map(c => c.args[0].input)).toEqual([
      { RoleName: 'github-deploy' }
    ])
    expect([...new Set(simulationRequests().map(r => r.PolicySourceArn))]).toEqual([
      `arn:aws:iam::${DEV}:role/ci/github-deploy`,
      pathRole
    ])
    expect(simulationRequests()[0].ResourceArns).toEqual([pathRole])
    expect(line(TARGET)).toContain(`this run takes as ${pathRole}:`)
  })

  it('names iam:GetRole when the role has a path and GetRole is refused', async () => {
    iam
      .on(GetRoleCommand)
      .rejects(awsError('AccessDenied', 403, 'not authorized to perform: iam:GetRole'))
    answerSimulation()
    iam
      .on(SimulatePrincipalPolicyCommand, { PolicySourceArn: DEV_ROLE })
      .rejects(awsError('NoSuchEntity', 404, 'The role with name github-deploy cannot be found.'))

    expect(await runPreflight(inputs(), process.env)).toBe(true)

    expect(shownLine(SOURCE)).toBe(
      `skipped ${SOURCE}: ${DEV_ROLE} is not the role's full ARN (it has a path), and iam:GetRole, which would tell it, was refused (AccessDenied: not authorized to perform: iam:GetRole). For AWS's policy simulator to check every action this run takes, add to the permissions policy of ${DEV_ROLE} in account ${DEV}: {"Sid":"DryRunFindRole","Effect":"Allow","Action":"iam:GetRole","Resource":"${DEV_ROLE}"}; until then the checks above, which probe with read calls, stand in for it`
    )
    expect(line(TARGET)).toContain('passed')
  })

  it('shows text from AWS as text: no workflow command in the log, no markup in the summary', async () => {
    answerSimulation(action =>
      action === 'codedeploy:CreateDeployment'
        ? {
            EvalDecision: 'explicitDeny',
            MatchedStatements: [
              { SourcePolicyId: 'x\n::add-mask::pwned <img src=x>', SourcePolicyType: 'role' }
            ]
          }
        : undefined
    )
    iam
      .on(SimulatePrincipalPolicyCommand, { PolicySourceArn: DEV_ROLE })
      .rejects(
        awsError('AccessDenied', 403, 'denied\r\n::warning::forged ##[error]old <b>bold</b>')
      )

    expect(await runPreflight(inputs(), process.env)).toBe(false)

    // The only command holding AWS's text is the annotation of the failed check, whose data
    // @actions/core escapes.
    const hostile = runnerCommands(log()).filter(c => /pwned|forged/.test(c.line))
    expect(hostile.map(c => c.command)).toEqual(['error'])
    expect(hostile[0].line).toMatch(
      /^::error title=Policy simulation for role-to-assume%3A codedeploy%3ACreateDeployment \(dry run\)::/
    )
    expect(line(`${TARGET}: codedeploy:CreateDeployment`)).toContain(
      'a Deny among "x\\n::add-mask::pwned <img src=x>" (role) overrides every Allow'
    )
    expect(line(SOURCE)).toContain(
      'AccessDenied: denied ::warning::forged ##\\[error]old <b>bold</b>'
    )
    const summary = readFileSync(summaryFile, 'utf8')
    expect(summary).toContain('&quot;x\\n::add-mask::pwned &lt;img src=x&gt;&quot;')
    expect(summary).toContain('denied ::warning::forged ##[error]old &lt;b&gt;bold&lt;/b&gt;')
    expect(summary).not.toMatch(/<img|<b>/)
  })
})
