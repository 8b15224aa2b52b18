/**
 * The emulator itself, through the JS AWS SDK the action uses: what the scenarios rely on
 * (accounts, the patched CodeDeploy API, the simulated agent, faults, expiring sessions and the
 * OIDC check) holds before any scenario runs the action.
 */
import {
  BatchGetDeploymentsCommand,
  BatchGetDeploymentTargetsCommand,
  CodeDeployClient,
  CreateApplicationCommand,
  CreateDeploymentGroupCommand,
  CreateDeploymentCommand,
  GetApplicationRevisionCommand,
  GetDeploymentConfigCommand,
  ListApplicationsCommand,
  ListDeploymentTargetsCommand,
  RegisterApplicationRevisionCommand,
  StopDeploymentCommand,
  type RevisionLocation
} from '@aws-sdk/client-codedeploy'
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand
} from '@aws-sdk/client-sts'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { makeTgz, makeZip, type ArchiveEntry } from './harness/archive.js'
import {
  assumeRole,
  clients,
  createLandscape,
  DEV_ACCOUNT,
  DEV_USER_CREDENTIALS,
  getDeployment,
  listDeployments,
  PROD_ACCOUNT,
  PROD_DEPLOY_ROLE,
  PROD_SERVICE_ROLE,
  type Landscape
} from './harness/aws.js'
import { Emulator } from './harness/emulator.js'
import { GITHUB_ISSUER, OidcServer } from './harness/oidc.js'
import { defaultContext } from './harness/runner.js'

const APPSPEC = [
  'version: 0.0',
  'os: linux',
  'files:',
  '  - source: site',
  '    destination: /var/www/site',
  'hooks:',
  '  ValidateService:',
  '    - location: scripts/validate.sh',
  '      timeout: 30'
].join('\n')

function revisionFiles(validate: string[]): ArchiveEntry[] {
  return [
    { name: 'appspec.yml', content: APPSPEC },
    { name: 'site/index.html', content: '<h1>hello</h1>' },
    { name: 'scripts/validate.sh', content: ['#!/bin/sh', ...validate].join('\n'), mode: 0o755 }
  ]
}

let emulator: Emulator
let oidc: OidcServer
let landscape: Landscape

beforeAll(async () => {
  emulator = await Emulator.start()
  oidc = await new OidcServer(defaultContext()).start()
})

afterAll(async () => {
  await oidc?.stop()
  await emulator?.stop()
})

beforeEach(async () => {
  await emulator.reset()
  landscape = await createLandscape(emulator.url)
})

async function upload(s3: S3Client, bucket: string, key: string, body: Buffer) {
  const out = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }))
  return (out.ETag ?? '').replace(/"/g, '')
}

async function deploy(
  codedeploy: CodeDeployClient,
  location: RevisionLocation,
  extra: { deploymentConfigName?: string } = {}
): Promise<string> {
  const out = await codedeploy.send(
    new CreateDeploymentCommand({
      applicationName: landscape.application,
      deploymentGroupName: landscape.deploymentGroup,
      revision: location,
      ...extra
    })
  )
  return out.deploymentId ?? ''
}

async function deployBundle(
  body: Buffer,
  bundleType: 'zip' | 'tgz' = 'zip',
  extra: { deploymentConfigName?: string } = {}
): Promise<string> {
  const key = `releases/${bundleType}-${Date.now()}.${bundleType}`
  const eTag = await upload(landscape.prod.s3, landscape.prodBucket, key, body)
  return deploy(
    landscape.prod.codedeploy,
    { revisionType: 'S3', s3Location: { bucket: landscape.prodBucket, key, bundleType, eTag } },
    extra
  )
}

describe('accounts', () => {
  it('plain keys act in the development account, assumed roles in their own account', async () => {
    const dev = await landscape.dev.sts.send(new GetCallerIdentityCommand({}))
    const prod = await landscape.prod.sts.send(new GetCallerIdentityCommand({}))
    expect(dev.Account).toBe(DEV_ACCOUNT)
    expect(prod.Account).toBe(PROD_ACCOUNT)
    // Role chaining from a development session lands in production too.
    const session = await assumeRole(emulator.url, `arn:aws:iam::${DEV_ACCOUNT}:role/ci`)
    const chained = await assumeRole(emulator.url, PROD_DEPLOY_ROLE, session)
    const identity = await clients(emulator.url, chained).sts.send(new GetCallerIdentityCommand({}))
    expect(identity.Arn).toBe(
      `arn:aws:sts::${PROD_ACCOUNT}:assumed-role/codedeploy-cross-account/e2e-setup`
    )
  })

  it('keeps CodeDeploy resources of one account invisible to the other', async () => {
    const id = await deployBundle(makeZip(revisionFiles(['echo ok'])))
    expect(await listDeployments(landscape.prod.codedeploy)).toEqual([id])
    expect(await listDeployments(landscape.dev.codedeploy)).toEqual([])
    await expect(getDeployment(landscape.dev.codedeploy, id)).rejects.toMatchObject({
      name: 'DeploymentDoesNotExistException'
    })
  })
})

describe('CodeDeploy API and simulated agent', () => {
  it('deploys a zip to every instance, with numeric timestamps the SDK accepts', async () => {
    const id = await deployBundle(makeZip(revisionFiles(['echo "checking health"'])))
    expect(id).toMatch(/^d-[A-Z0-9]{9}$/)
    const done = await emulator.waitForDeployment(id)
    expect(done.status).toBe('Succeeded')

    const info = await getDeployment(landscape.prod.codedeploy, id)
    expect(info?.status).toBe('Succeeded')
    expect(info?.createTime).toBeInstanceOf(Date)
    expect(info?.completeTime).toBeInstanceOf(Date)
    expect(info?.deploymentOverview).toMatchObject({ Succeeded: 2, Failed: 0, Pending: 0 })
    const batch = await landscape.prod.codedeploy.send(
      new BatchGetDeploymentsCommand({ deploymentIds: [id] })
    )
    expect(batch.deploymentsInfo?.[0]?.startTime).toBeInstanceOf(Date)

    const { targetIds = [] } = await landscape.prod.codedeploy.send(
      new ListDeploymentTargetsCommand({ deploymentId: id })
    )
    expect(targetIds).toHaveLength(2)
    const { deploymentTargets = [] } = await landscape.prod.codedeploy.send(
      new BatchGetDeploymentTargetsCommand({ deploymentId: id, targetIds })
    )
    const events = deploymentTargets[0]?.instanceTarget?.lifecycleEvents ?? []
    expect(events.map(e => [e.lifecycleEventName, e.status])).toEqual(
      [
        'ApplicationStop',
        'DownloadBundle',
        'BeforeInstall',
        'Install',
        'AfterInstall',
        'ApplicationStart',
        'ValidateService'
      ].map(name => [name, 'Succeeded'])
    )
    expect(events[0]?.startTime).toBeInstanceOf(Date)
    expect(done.agent?.bundle?.entries).toContainEqual({ name: 'scripts/validate.sh', mode: 0o755 })
  })

  it('fails a deployment whose hook script exits non-zero, with the agent diagnostics', async () => {
    const validate = ['echo "GET /health"', 'echo "HTTP 503 Service Unavailable" >&2', 'exit 3']
    const id = await deployBundle(makeTgz(revisionFiles(validate)), 'tgz')
    const done = await emulator.waitForDeployment(id)
    expect(done.status).toBe('Failed')
    expect(done.errorInformation?.code).toBe('HEALTH_CONSTRAINTS')

    const info = await getDeployment(landscape.prod.codedeploy, id)
    // OneAtATime: the first instance fails, the second is never attempted.
    expect(info?.deploymentOverview).toMatchObject({ Failed: 1, Skipped: 1, Succeeded: 0 })
    const { targetIds = [] } = await landscape.prod.codedeploy.send(
      new ListDeploymentTargetsCommand({
        deploymentId: id,
        targetFilters: { TargetStatus: ['Failed'] }
      })
    )
    expect(targetIds).toHaveLength(1)
    const { deploymentTargets = [] } = await landscape.prod.codedeploy.send(
      new BatchGetDeploymentTargetsCommand({ deploymentId: id, targetIds })
    )
    const failed = deploymentTargets[0]?.instanceTarget?.lifecycleEvents?.find(
      e => e.status === 'Failed'
    )
    expect(failed).toMatchObject({
      lifecycleEventName: 'ValidateService',
      diagnostics: {
        errorCode: 'ScriptFailed',
        scriptName: 'scripts/validate.sh',
        message:
          'Script at specified location: scripts/validate.sh run as user root failed with exit code 3',
        logTail: '[stdout]GET /health\n[stderr]HTTP 503 Service Unavailable'
      }
    })
  })

  it('fails at BeforeInstall when the bundle has no appspec at its root', async () => {
    const id = await deployBundle(
      makeZip([{ name: 'webapp/appspec.yml', content: APPSPEC }]),
      'zip',
      { deploymentConfigName: 'CodeDeployDefault.AllAtOnce' }
    )
    const done = await emulator.waitForDeployment(id)
    expect(done.status).toBe('Failed')
    expect(done.agent?.instances.map(i => i.status)).toEqual(['Failed', 'Failed'])
    expect(done.agent?.bundle?.error).toMatch(/did not find an AppSpec file/)
  })

  it('fails DownloadBundle when the eTag does not match the object', async () => {
    const key = 'releases/etag.zip'
    await upload(landscape.prod.s3, landscape.prodBucket, key, makeZip(revisionFiles([])))
    const id = await deploy(landscape.prod.codedeploy, {
      revisionType: 'S3',
      s3Location: { bucket: landscape.prodBucket, key, bundleType: 'zip', eTag: '0123abcd' }
    })
    const done = await emulator.waitForDeployment(id)
    expect(done.status).toBe('Failed')
    const { deploymentTargets = [] } = await landscape.prod.codedeploy.send(
      new BatchGetDeploymentTargetsCommand({
        deploymentId: id,
        targetIds: done.agent?.instances.filter(i => i.status === 'Failed').map(i => i.instanceId)
      })
    )
    const events = deploymentTargets[0]?.instanceTarget?.lifecycleEvents ?? []
    expect(events.find(e => e.status === 'Failed')).toMatchObject({
      lifecycleEventName: 'DownloadBundle',
      diagnostics: { errorCode: 'UnknownError', message: expect.stringContaining('eTag') }
    })
  })

  it('registers revisions, answers built-in configurations and refuses a second active deployment', async () => {
    const key = 'releases/registered.zip'
    const eTag = await upload(
      landscape.prod.s3,
      landscape.prodBucket,
      key,
      makeZip(revisionFiles([]))
    )
    const revision: RevisionLocation = {
      revisionType: 'S3',
      s3Location: { bucket: landscape.prodBucket, key, bundleType: 'zip', eTag }
    }
    const cd = landscape.prod.codedeploy
    await cd.send(
      new RegisterApplicationRevisionCommand({
        applicationName: landscape.application,
        revision,
        description: 'release 1'
      })
    )
    const registered = await cd.send(
      new GetApplicationRevisionCommand({ applicationName: landscape.application, revision })
    )
    expect(registered.revisionInfo?.description).toBe('release 1')
    expect(registered.revisionInfo?.registerTime).toBeInstanceOf(Date)

    const config = await cd.send(
      new GetDeploymentConfigCommand({ deploymentConfigName: 'CodeDeployDefault.HalfAtATime' })
    )
    expect(config.deploymentConfigInfo?.minimumHealthyHosts).toEqual({
      type: 'FLEET_PERCENT',
      value: 50
    })

    await emulator.configure({ eventDelaySeconds: 0.5 })
    const first = await deploy(cd, revision)
    await expect(deploy(cd, revision)).rejects.toMatchObject({
      name: 'DeploymentLimitExceededException',
      message: expect.stringContaining(first)
    })
  })

  it('stops a deployment, records autoRollbackEnabled and rolls back to the last success', async () => {
    const good = await deployBundle(makeZip(revisionFiles(['echo ok'])))
    expect((await emulator.waitForDeployment(good)).status).toBe('Succeeded')

    const id = await deployBundle(makeZip(revisionFiles(['echo "new release"', '# e2e: sleep 20'])))
    const stop = await landscape.prod.codedeploy.send(
      new StopDeploymentCommand({ deploymentId: id, autoRollbackEnabled: true })
    )
    expect(stop.status).toBe('Pending')
    const stopped = await emulator.waitForDeployment(id)
    expect(stopped.status).toBe('Stopped')
    expect(stopped.stopRequest?.autoRollbackEnabled).toBe(true)
    const rollbackId = stopped.rollbackInfo?.rollbackDeploymentId ?? ''
    const rollback = await emulator.waitForDeployment(rollbackId)
    expect(rollback).toMatchObject({ creator: 'codeDeployRollback', status: 'Succeeded' })
    await expect(
      landscape.prod.codedeploy.send(new StopDeploymentCommand({ deploymentId: id }))
    ).rejects.toMatchObject({ name: 'DeploymentAlreadyCompletedException' })
  })
})

describe('control endpoint', () => {
  it('injects throttling and counts it, and the SDK retries through it', async () => {
    const codedeploy = new CodeDeployClient({
      endpoint: emulator.url,
      region: 'eu-west-1',
      credentials: await assumeRole(emulator.url, PROD_DEPLOY_ROLE),
      maxAttempts: 5
    })
    await emulator.injectFaults([
      { kind: 'throttle', service: 'codedeploy', action: 'ListApplications', max: 2 },
      { kind: 'drop', service: 'codedeploy', action: 'ListApplications', max: 1 }
    ])
    await emulator.clearCalls()
    const out = await codedeploy.send(new ListApplicationsCommand({}))
    expect(out.applications).toEqual([landscape.application])
    expect(out.$metadata.attempts).toBe(4)
    const faults = await emulator.faults()
    expect(faults.injected).toEqual({
      'codedeploy:ListApplications:throttle': 2,
      'codedeploy:ListApplications:drop': 1
    })
    const calls = await emulator.calls()
    expect(calls.counts['codedeploy:ListApplications']).toBe(4)
    expect(calls.calls.map(c => c.fault)).toEqual(['throttle', 'throttle', 'drop', null])
  })

  it('expires shortened sessions, as STS credentials expire', async () => {
    await emulator.configure({ sessionDurationSeconds: 3 })
    const credentials = await assumeRole(emulator.url, PROD_DEPLOY_ROLE)
    const sts = clients(emulator.url, credentials).sts
    await expect(sts.send(new GetCallerIdentityCommand({}))).resolves.toBeDefined()
    await new Promise(resolve => setTimeout(resolve, 3200))
    await expect(sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({
      name: 'ExpiredToken'
    })
  })

  it('caps chained role sessions at one hour, as STS does', async () => {
    const session = await assumeRole(emulator.url, `arn:aws:iam::${DEV_ACCOUNT}:role/ci`)
    await expect(
      clients(emulator.url, session).sts.send(
        new AssumeRoleCommand({
          RoleArn: PROD_DEPLOY_ROLE,
          RoleSessionName: 'too-long',
          DurationSeconds: 7200
        })
      )
    ).rejects.toMatchObject({ name: 'ValidationError' })
  })

  it('checks web identity tokens against the registered issuer', async () => {
    await emulator.trustOidcIssuer(GITHUB_ISSUER, oidc.jwks)
    const sts = clients(emulator.url, DEV_USER_CREDENTIALS).sts
    const exchange = (token: string) =>
      sts.send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: `arn:aws:iam::${DEV_ACCOUNT}:role/github-actions-deployer`,
          RoleSessionName: 'oidc-check',
          WebIdentityToken: token
        })
      )
    const good = oidc.sign(oidc.claimsFor('sts.amazonaws.com'))
    await expect(exchange(good)).resolves.toMatchObject({
      AssumedRoleUser: { Arn: expect.stringContaining(`${DEV_ACCOUNT}:assumed-role`) }
    })
    await expect(exchange(oidc.sign(oidc.claimsFor('api://other')))).rejects.toMatchObject({
      name: 'InvalidIdentityTokenException',
      message: 'Incorrect token audience'
    })
    const [header, payload] = good.split('.')
    const forged = `${header}.${payload}.${Buffer.from('forged').toString('base64url')}`
    await expect(exchange(forged)).rejects.toMatchObject({ name: 'InvalidIdentityTokenException' })
  })
})

describe('ECS and Lambda deployments', () => {
  const lambdaAppSpec = (hook: string) =>
    JSON.stringify({
      version: 0.0,
      Resources: [
        {
          api: {
            Type: 'AWS::Lambda::Function',
            Properties: {
              Name: 'orders-api',
              Alias: 'live',
              CurrentVersion: '3',
              TargetVersion: '4'
            }
          }
        }
      ],
      Hooks: [{ BeforeAllowTraffic: hook }]
    })

  async function deployServerless(platform: 'Lambda' | 'ECS', content: string, extra = {}) {
    const cd = landscape.prod.codedeploy
    const application = `orders-${platform.toLowerCase()}`
    await cd.send(
      new CreateApplicationCommand({ applicationName: application, computePlatform: platform })
    )
    await cd.send(
      new CreateDeploymentGroupCommand({
        applicationName: application,
        deploymentGroupName: 'live',
        serviceRoleArn: PROD_SERVICE_ROLE,
        deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
        ecsServices:
          platform === 'ECS' ? [{ clusterName: 'prod', serviceName: 'orders' }] : undefined
      })
    )
    const sha256 = createHash('sha256').update(content).digest('hex')
    const out = await cd.send(
      new CreateDeploymentCommand({
        applicationName: application,
        deploymentGroupName: 'live',
        revision: { revisionType: 'AppSpecContent', appSpecContent: { content, sha256 } },
        ...extra
      })
    )
    return out.deploymentId ?? ''
  }

  it('shifts a Lambda alias and reports a LambdaTarget', async () => {
    const id = await deployServerless('Lambda', lambdaAppSpec('orders-api-smoke-test'))
    expect((await emulator.waitForDeployment(id)).status).toBe('Succeeded')
    const cd = landscape.prod.codedeploy
    const { targetIds = [] } = await cd.send(new ListDeploymentTargetsCommand({ deploymentId: id }))
    expect(targetIds).toEqual(['orders-api:live'])
    const { deploymentTargets = [] } = await cd.send(
      new BatchGetDeploymentTargetsCommand({ deploymentId: id, targetIds })
    )
    expect(deploymentTargets[0]).toMatchObject({
      deploymentTargetType: 'LambdaTarget',
      lambdaTarget: {
        status: 'Succeeded',
        lambdaFunctionInfo: { functionName: 'orders-api', currentVersion: '3', targetVersion: '4' }
      }
    })
  })

  it('fails on a failing hook function, and refuses fileExistsBehavior', async () => {
    const id = await deployServerless('Lambda', lambdaAppSpec('orders-api-e2e-fail-check'))
    const done = await emulator.waitForDeployment(id)
    expect(done).toMatchObject({
      status: 'Failed',
      errorInformation: { code: 'HOOK_EXECUTION_FAILURE' }
    })
    await expect(
      landscape.prod.codedeploy.send(
        new CreateDeploymentCommand({
          applicationName: 'orders-lambda',
          deploymentGroupName: 'live',
          revision: {
            revisionType: 'AppSpecContent',
            appSpecContent: { content: lambdaAppSpec('x') }
          },
          fileExistsBehavior: 'OVERWRITE'
        })
      )
    ).rejects.toMatchObject({ name: 'InvalidFileExistsBehaviorException' })
  })

  it('rejects an ECS AppSpec without the container port', async () => {
    const content = [
      'version: 0.0',
      'Resources:',
      '  - TargetService:',
      '      Type: AWS::ECS::Service',
      '      Properties:',
      '        TaskDefinition: arn:aws:ecs:eu-west-1:222222222222:task-definition/orders:7',
      '        LoadBalancerInfo:',
      '          ContainerName: orders'
    ].join('\n')
    const id = await deployServerless('ECS', content)
    const done = await emulator.waitForDeployment(id)
    expect(done.status).toBe('Failed')
    expect(done.errorInformation).toMatchObject({
      code: 'INVALID_REVISION',
      message: expect.stringContaining('ContainerPort')
    })
  })
})
