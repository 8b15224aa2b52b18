import { describe, expect, it } from '@jest/globals'
import type { Setup } from '../../src/advice/permissions.js'
import type { Identity } from '../../src/preflight/credentials.js'
import { planSimulation, type PlanInput } from '../../src/preflight/simulation-plan.js'

const DEV = '111111111111'
const PROD = '222222222222'
const PROD_ROLE = `arn:aws:iam::${PROD}:role/codedeploy-cross-account`
const KEY = `arn:aws:kms:eu-central-1:${DEV}:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d`
const credentials = async () => ({ accessKeyId: 'AKIATEST', secretAccessKey: 'secret' })
const source: Identity = {
  credentials,
  arn: `arn:aws:sts::${DEV}:assumed-role/github-deploy/s`,
  account: DEV
}
const target: Identity = {
  credentials,
  arn: `arn:aws:sts::${PROD}:assumed-role/codedeploy-cross-account/s`,
  account: PROD
}

const SETUP: Setup = {
  source: 'oidc-role',
  crossAccount: true,
  upload: 'source',
  bucketAccount: 'source',
  kms: true,
  wait: true,
  stop: false,
  sessionTags: false,
  revision: 'bundle',
  uploadOnly: false
}

function input(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    setup: SETUP,
    vars: {
      partition: 'aws',
      region: 'eu-west-1',
      sourceAccount: DEV,
      targetAccount: PROD,
      targetRoleArn: PROD_ROLE,
      application: 'shop',
      deploymentGroup: 'production',
      bucket: 'shop-releases-dev',
      revisionKeys: 'shop/*',
      kmsKeyArn: KEY
    },
    source,
    target,
    objectKey: 'shop/abc.zip',
    deploymentConfig: 'CodeDeployDefault.AllAtOnce',
    bucketAccount: DEV,
    region: 'eu-west-1',
    externalId: 'ext-123',
    ...overrides
  }
}

describe('planSimulation', () => {
  it("asks each identity about its own statements, on this run's exact resources", () => {
    const [dev, prod] = planSimulation(input())

    expect(dev.who).toBe('source')
    expect(dev.requests.map(r => [r.resource, r.actions])).toEqual([
      [PROD_ROLE, ['sts:AssumeRole']],
      [
        'arn:aws:s3:::shop-releases-dev/shop/abc.zip',
        ['s3:PutObject', 's3:GetObject', 's3:AbortMultipartUpload']
      ],
      ['arn:aws:s3:::shop-releases-dev', ['s3:ListBucket']],
      [KEY, ['kms:GenerateDataKey', 'kms:Decrypt']]
    ])
    expect(prod.who).toBe('target')
    expect(prod.requests.map(r => r.resource)).toContain(
      `arn:aws:codedeploy:eu-west-1:${PROD}:deploymentconfig:CodeDeployDefault.AllAtOnce`
    )
    expect(prod.requests.flatMap(r => r.actions)).not.toContain('codedeploy:StopDeployment')
    expect(prod.unknown).toEqual([])
  })

  it('gives each resource the context its conditions may test', () => {
    const [dev] = planSimulation(input())
    const context = (resource: string) =>
      dev.requests
        .find(r => r.resource === resource)
        ?.context.map(c => `${c.ContextKeyName}=${c.ContextKeyValues?.join(',')}`)

    expect(context(PROD_ROLE)).toEqual([
      'aws:SecureTransport=true',
      `aws:ResourceAccount=${PROD}`,
      'aws:RequestedRegion=eu-west-1',
      'sts:ExternalId=ext-123'
    ])
    expect(context('arn:aws:s3:::shop-releases-dev')).toEqual([
      'aws:SecureTransport=true',
      `aws:ResourceAccount=${DEV}`
    ])
    expect(context(KEY)).toEqual([
      'aws:SecureTransport=true',
      `aws:ResourceAccount=${DEV}`,
      'aws:RequestedRegion=eu-central-1'
    ])
  })

  it("asks about the task definition's roles as passed to ECS", () => {
    const taskRole = `arn:aws:iam::${PROD}:role/orders-task`
    const plans = planSimulation(
      input({
        setup: { ...SETUP, revision: 'appspec-content', taskDefinition: true },
        vars: { ...input().vars, taskRoleArn: taskRole, executionRoleArn: undefined }
      })
    )
    const prod = plans.find(p => p.who === 'target')
    const passRole = prod?.requests.find(r => r.actions.includes('iam:PassRole'))
    expect(passRole?.resource).toBe(taskRole)
    expect(
      passRole?.context.map(c => `${c.ContextKeyName}=${c.ContextKeyValues?.join(',')}`)
    ).toContain('iam:PassedToService=ecs-tasks.amazonaws.com')
    expect(
      prod?.requests.find(r => r.actions.includes('ecs:RegisterTaskDefinition'))?.resource
    ).toBe('*')
  })

  it('leaves out, and lists, what is not known before the run', () => {
    const plans = planSimulation(
      input({
        objectKey: undefined,
        deploymentConfig: undefined,
        vars: { ...input().vars, kmsKeyArn: '0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d' }
      })
    )

    expect(plans[0].unknown.map(r => r.sid)).toEqual(['UploadRevision', 'UploadWithKey'])
    expect(plans[1].unknown.map(r => r.sid)).toEqual(['ReadDeploymentConfig'])
    // No placeholder or wildcard is left, but "*" itself, for actions with no resource-level permissions.
    const resources = plans.flatMap(p => p.checks).map(c => c.resource)
    expect(resources.filter(r => r !== '*')).not.toContainEqual(expect.stringMatching(/[{}*]/))
    expect(resources).toContain('*')
  })

  it('asks once, as the target, when one identity is both', () => {
    const plans = planSimulation(
      input({ setup: { ...SETUP, crossAccount: false }, source: target, target })
    )

    expect(plans).toHaveLength(1)
    expect(plans[0].who).toBe('target')
    const pairs = plans[0].checks.map(c => `${c.action} ${c.resource}`)
    expect(new Set(pairs).size).toBe(pairs.length)
  })
})
