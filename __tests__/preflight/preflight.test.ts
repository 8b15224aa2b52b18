import { describe, expect, it } from '@jest/globals'
import {
  GetApplicationCommand,
  GetDeploymentGroupCommand,
  ListDeploymentsCommand
} from '@aws-sdk/client-codedeploy'
import { GetBucketVersioningCommand, HeadBucketCommand } from '@aws-sdk/client-s3'
import { readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import type { ActionInputs } from '../../src/inputs/inputs.js'
import { preflightSetup, runPreflight } from '../../src/preflight/preflight.js'
import { awsError } from '../support/aws.js'
import {
  DEV,
  DEV_ARN,
  PROD,
  PROD_ARN,
  PROD_ROLE,
  assertNothingCreated,
  cd,
  inputs,
  line,
  log,
  paths,
  s3,
  summaryFile,
  useCorrectSetup
} from './harness.js'

useCorrectSetup()

describe('runPreflight', () => {
  it('passes a correct setup, with evidence for every check, and creates nothing', async () => {
    const ok = await runPreflight(inputs(), process.env)

    expect(ok).toBe(true)
    assertNothingCreated()
    expect(line('Bundle and AppSpec')).toMatch(
      /passed +Bundle and AppSpec: 2 files, \d+ bytes, SHA-256 [0-9a-f]{64}; appspec.yml is valid \(os linux, hooks: ApplicationStart\)/
    )
    expect(line('GitHub OIDC token')).toContain('skipped')
    expect(line('Source credentials (credentials in the environment)')).toContain(
      `passed  Source credentials (credentials in the environment): signed in as ${DEV_ARN} in account ${DEV}`
    )
    expect(line(`Assume role-to-assume ${PROD_ROLE}`)).toContain(`signed in as ${PROD_ARN}`)
    expect(line('Target account')).toContain(
      `account ${PROD}, the account of role-to-assume (${PROD})`
    )
    expect(line('Bucket shop-releases-prod')).toContain(`reachable as ${PROD_ARN}`)
    expect(line('Bucket owner')).toContain(`owned by account ${PROD}`)
    expect(line('Bucket region')).toContain('eu-west-1, the region of the deployment')
    expect(line('Bucket versioning')).toContain('versioned')
    expect(line('Bucket encryption')).toContain('AES256: no KMS permissions needed')
    expect(line('Bundle object')).toContain('is not there yet')
    expect(line('Upload permission')).toMatch(
      /skipped +Upload permission: not tried: .*statement UploadRevision \(s3:PutObject, s3:GetObject, s3:AbortMultipartUpload on arn:aws:s3:::shop-releases-prod\/shop\/\*\)/
    )
    expect(line('Production instances can read the revision')).toContain('skipped')
    expect(line('Application shop')).toContain(
      `exists in account ${PROD}, region eu-west-1 (compute platform Server)`
    )
    expect(line('Deployment group production')).toContain(
      `service role arn:aws:iam::${PROD}:role/CodeDeployServiceRole, deployment configuration CodeDeployDefault.OneAtATime, IN_PLACE WITHOUT_TRAFFIC_CONTROL`
    )
    expect(line('Compute platform')).toContain('passed')
    expect(line('Deployment configuration')).toContain(
      "CodeDeployDefault.OneAtATime (the group's) exists: minimum healthy hosts 1 host"
    )
    expect(line('Revision registration')).toContain('not registered yet')
    expect(line('Deployments in progress')).toContain('passed  Deployments in progress: none')
    expect(line('Follow a deployment (wait)')).toContain(
      'read deployment d-PREVIOUS1 (Succeeded) and its 2 targets'
    )
    expect(line('Stop a deployment')).toContain(
      'statement StopDeployment (codedeploy:StopDeployment'
    )
    expect(log()).toMatch(
      /Dry run: 1\d passed, 0 failed, \d skipped: every check that could run passed\./
    )

    // Read-only calls, with the owner check on every S3 call.
    for (const call of s3.calls()) {
      expect((call.args[0].input as { ExpectedBucketOwner?: string }).ExpectedBucketOwner).toBe(
        PROD
      )
    }
    expect(cd.commandCalls(GetDeploymentGroupCommand)[0].args[0].input).toEqual({
      applicationName: 'shop',
      deploymentGroupName: 'production'
    })
    const summary = readFileSync(summaryFile, 'utf8')
    expect(summary).toContain('CodeDeploy dry run: shop / production')
    expect(summary).toContain('Policies this configuration needs')
    expect(summary).toContain(
      `arn:aws:codedeploy:eu-west-1:${PROD}:deploymentgroup:shop/production`
    )
  })

  it('reports what the agent accepts but most likely not as meant as warnings, and passes', async () => {
    const appspec = path.join(paths().workspace, 'app', 'appspec.yml')
    writeFileSync(appspec, `${readFileSync(appspec, 'utf8')}  AfterInstal:\n    - location: x.sh\n`)

    expect(await runPreflight(inputs(), process.env)).toBe(true)
    expect(line('Bundle and AppSpec')).toMatch(
      /passed +Bundle and AppSpec: .*appspec.yml is valid \(os linux, hooks: ApplicationStart\), with 1 warning below$/
    )
    const warning =
      'appspec.yml line 9: unknown lifecycle event AfterInstal: the agent never runs scripts under it; did you mean AfterInstall?'
    expect(line('AppSpec')).toBe(`⚠️ warning AppSpec: ${warning}`)
    expect(log()).toContain(`::warning title=AppSpec (dry run)::${warning}`)
    expect(log()).toMatch(/Dry run: 1\d passed, 0 failed, \d skipped, 1 warning: every check/)
    expect(readFileSync(summaryFile, 'utf8')).toContain('⚠️ warning')
  })

  it('reports a check as skipped, not failed, when only dry-run needs the denied permission', async () => {
    cd.on(GetApplicationCommand).rejects(awsError('AccessDeniedException'))
    s3.on(GetBucketVersioningCommand).rejects(awsError('AccessDenied', 403))

    expect(await runPreflight(inputs(), process.env)).toBe(true)
    expect(line('Application shop')).toContain('skipped')
    expect(line('Application shop')).toContain('"Sid":"DryRunApplication"')
    expect(line('Bucket versioning')).toContain('skipped')
  })

  it('reports a denied recommended permission as skipped, without failing the dry run', async () => {
    cd.on(ListDeploymentsCommand).rejects(awsError('AccessDeniedException'))
    s3.on(HeadBucketCommand).rejects(awsError('Forbidden', 403))

    expect(await runPreflight(inputs(), process.env)).toBe(true)
    expect(line('Deployments in progress')).toContain('skipped')
    expect(line('Deployments in progress')).toContain('"Sid":"FindDeploymentsInProgress"')
    expect(line('Follow a deployment (wait)')).toContain('skipped')
    expect(line('Bucket shop-releases-prod')).toContain('skipped')
    expect(line('Bucket shop-releases-prod')).toContain('"Sid":"ListRevisionBucket"')
  })
})

describe('preflightSetup', () => {
  it('derives the setup from the inputs', () => {
    const setup = preflightSetup(
      {
        roleToAssume: PROD_ROLE,
        uploadCredentials: 'source',
        wait: true,
        stopOnCancel: false,
        stopOnTimeout: false,
        onActiveDeployment: 'stop',
        uploadOnly: false,
        overrides: { ignoreAlarms: true, updateOutdatedInstancesOnly: false },
        session: {
          tags: [{ Key: 'Team', Value: 'shop' }],
          transitiveTagKeys: [] as string[],
          policyArns: [] as string[]
        }
      } as ActionInputs,
      { source: 'oidc-role', bucketAccount: 'source', kms: true, revision: 'bundle' }
    )
    expect(setup).toEqual({
      source: 'oidc-role',
      bucketAccount: 'source',
      kms: true,
      revision: 'bundle',
      crossAccount: true,
      upload: 'source',
      wait: true,
      stop: true,
      sessionTags: true,
      uploadOnly: false,
      ignoreAlarms: true,
      gates: false,
      taskDefinition: false
    })
  })
})
