import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  BatchGetDeploymentTargetsCommand,
  CodeDeployClient,
  ListDeploymentTargetsCommand,
  type DeploymentTarget
} from '@aws-sdk/client-codedeploy'
import { mockClient } from 'aws-sdk-client-mock'
import { BATCH_SIZE, collectTargets, MAX_TARGETS } from '../../src/codedeploy/targets.js'
import { failuresOf } from '../../src/codedeploy/failures.js'
import { codeDeployClient } from '../support/aws.js'

const cdMock = mockClient(CodeDeployClient)
const ID = 'd-TARGETS01'

beforeEach(() => {
  cdMock.reset()
})

function instanceTarget(id: string, status: string, events: object[]): DeploymentTarget {
  return {
    deploymentTargetType: 'InstanceTarget',
    instanceTarget: { deploymentId: ID, targetId: id, status, lifecycleEvents: events }
  } as DeploymentTarget
}

const MIGRATE_FAILED = {
  errorCode: 'ScriptFailed',
  scriptName: 'scripts/migrate.sh',
  message:
    'Script at specified location: scripts/migrate.sh run as user root failed with exit code 1'
}

/** Answers BatchGetDeploymentTargets with every asked target failed in AfterInstall. */
function failingTargets(): void {
  cdMock.on(BatchGetDeploymentTargetsCommand).callsFake(async input => ({
    deploymentTargets: (input.targetIds as string[]).map(id =>
      instanceTarget(id, 'Failed', [
        {
          lifecycleEventName: 'BeforeInstall',
          status: 'Succeeded',
          startTime: new Date(Date.UTC(2026, 0, 1, 12, 0, 0)),
          endTime: new Date(Date.UTC(2026, 0, 1, 12, 0, 4))
        },
        {
          lifecycleEventName: 'AfterInstall',
          status: 'Failed',
          diagnostics: { ...MIGRATE_FAILED, logTail: `[stderr] migration failed on ${id}\n` }
        },
        { lifecycleEventName: 'ApplicationStart', status: 'Skipped' }
      ])
    )
  }))
}

describe('collectTargets', () => {
  it('reads every target across pages and batches of 25, with its lifecycle events', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => `i-${String(i).padStart(17, '0')}`)
    cdMock
      .on(ListDeploymentTargetsCommand)
      .resolvesOnce({ targetIds: ids.slice(0, 20), nextToken: 'page-2' })
      .resolvesOnce({ targetIds: ids.slice(20) })
    failingTargets()

    const { targets, leftOut } = await collectTargets(codeDeployClient(), ID)

    const lists = cdMock.commandCalls(ListDeploymentTargetsCommand).map(c => c.args[0].input)
    expect(lists).toEqual([
      { deploymentId: ID, nextToken: undefined },
      { deploymentId: ID, nextToken: 'page-2' }
    ])
    const batches = cdMock.commandCalls(BatchGetDeploymentTargetsCommand).map(c => c.args[0].input)
    expect(batches).toEqual([
      { deploymentId: ID, targetIds: ids.slice(0, 25) },
      { deploymentId: ID, targetIds: ids.slice(25) }
    ])
    expect(leftOut).toBe(0)
    expect(targets.map(t => t.targetId)).toEqual(ids)
    expect(targets[0]).toEqual({
      targetId: ids[0],
      status: 'Failed',
      events: [
        {
          name: 'BeforeInstall',
          status: 'Succeeded',
          start: Date.UTC(2026, 0, 1, 12, 0, 0),
          end: Date.UTC(2026, 0, 1, 12, 0, 4)
        },
        {
          name: 'AfterInstall',
          status: 'Failed',
          start: undefined,
          end: undefined,
          ...MIGRATE_FAILED,
          logTail: `[stderr] migration failed on ${ids[0]}\n`
        },
        { name: 'ApplicationStart', status: 'Skipped', start: undefined, end: undefined }
      ]
    })
    expect(failuresOf(targets)[0]).toEqual({
      targetId: ids[0],
      lifecycleEvent: 'AfterInstall',
      ...MIGRATE_FAILED,
      logTail: `[stderr] migration failed on ${ids[0]}\n`
    })
  })

  it('reads 1,000 targets in 50 calls: 10 pages of 100 IDs and 40 batches of 25', async () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `i-${String(i).padStart(17, '0')}`)
    cdMock.on(ListDeploymentTargetsCommand).callsFake(async input => {
      const from = Number(input.nextToken ?? 0)
      const next = from + 100 < ids.length ? String(from + 100) : undefined
      return { targetIds: ids.slice(from, from + 100), nextToken: next }
    })
    failingTargets()

    const { targets } = await collectTargets(codeDeployClient(), ID)

    expect(targets).toHaveLength(1000)
    expect(cdMock.commandCalls(ListDeploymentTargetsCommand)).toHaveLength(10)
    const batches = cdMock.commandCalls(BatchGetDeploymentTargetsCommand)
    expect(batches).toHaveLength(40)
    for (const b of batches) expect(b.args[0].input.targetIds?.length).toBe(BATCH_SIZE)
  })

  it(`reads at most ${MAX_TARGETS} targets, failed ones first, and counts the rest`, async () => {
    const ids = Array.from(
      { length: MAX_TARGETS + 10 },
      (_, i) => `i-${String(i).padStart(17, '0')}`
    )
    const failed = ids.slice(-3)
    cdMock
      .on(ListDeploymentTargetsCommand, { deploymentId: ID, nextToken: undefined })
      .resolves({ targetIds: ids })
      .on(ListDeploymentTargetsCommand, { targetFilters: { TargetStatus: ['Failed'] } })
      .resolves({ targetIds: failed })
    failingTargets()

    const { targets, leftOut } = await collectTargets(codeDeployClient(), ID)

    expect(leftOut).toBe(10)
    expect(targets).toHaveLength(MAX_TARGETS)
    expect(targets.slice(0, 3).map(t => t.targetId)).toEqual(failed)
    expect(cdMock.commandCalls(BatchGetDeploymentTargetsCommand)).toHaveLength(MAX_TARGETS / 25)
  })

  it('reads ECS, Lambda and CloudFormation targets; failures are those of failed targets', async () => {
    cdMock
      .on(ListDeploymentTargetsCommand)
      .resolves({ targetIds: ['ecs', 'fn', 'cfn', 'ok', 'none'] })
    cdMock.on(BatchGetDeploymentTargetsCommand).resolves({
      deploymentTargets: [
        {
          deploymentTargetType: 'ECSTarget',
          ecsTarget: {
            targetId: 'shop-cluster:shop-service',
            status: 'Failed',
            lifecycleEvents: [
              {
                lifecycleEventName: 'AfterAllowTestTraffic',
                status: 'Failed',
                diagnostics: { errorCode: 'ScriptFailed', message: 'Hook returned Failed' }
              }
            ]
          }
        },
        {
          deploymentTargetType: 'LambdaTarget',
          lambdaTarget: {
            targetId: 'shop-fn:live',
            status: 'Failed',
            lifecycleEvents: [{ lifecycleEventName: 'AllowTraffic', status: 'Failed' }]
          }
        },
        {
          deploymentTargetType: 'CloudFormationTarget',
          cloudFormationTarget: { targetId: 'stack-1', status: 'Failed' }
        },
        instanceTarget('i-ok', 'Succeeded', []),
        { deploymentTargetType: 'InstanceTarget' }
      ]
    })

    const { targets } = await collectTargets(codeDeployClient(), ID)

    expect(targets.map(t => [t.targetId, t.status])).toEqual([
      ['shop-cluster:shop-service', 'Failed'],
      ['shop-fn:live', 'Failed'],
      ['stack-1', 'Failed'],
      ['i-ok', 'Succeeded']
    ])
    const none = { errorCode: '', scriptName: '', message: '', logTail: '' }
    expect(failuresOf(targets)).toEqual([
      {
        targetId: 'shop-cluster:shop-service',
        lifecycleEvent: 'AfterAllowTestTraffic',
        ...none,
        errorCode: 'ScriptFailed',
        message: 'Hook returned Failed'
      },
      { targetId: 'shop-fn:live', lifecycleEvent: 'AllowTraffic', ...none },
      { targetId: 'stack-1', lifecycleEvent: '', ...none }
    ])
  })

  it('adds what to check to a failed DownloadBundle', async () => {
    cdMock.on(ListDeploymentTargetsCommand).resolves({ targetIds: ['i-1'] })
    cdMock.on(BatchGetDeploymentTargetsCommand).resolves({
      deploymentTargets: [
        instanceTarget('i-1', 'Failed', [
          {
            lifecycleEventName: 'DownloadBundle',
            status: 'Failed',
            diagnostics: { errorCode: 'UnknownError', message: 'Access Denied' }
          }
        ])
      ]
    })
    const { targets } = await collectTargets(codeDeployClient(), ID)
    expect(failuresOf(targets)[0].message).toMatch(
      /^Access Denied \(DownloadBundle: the instance profile role .* statement InstancesReadRevisions/
    )
  })

  it('makes no batch call when the deployment has no target', async () => {
    cdMock.on(ListDeploymentTargetsCommand).resolves({})
    expect(await collectTargets(codeDeployClient(), ID)).toEqual({ targets: [], leftOut: 0 })
    expect(cdMock.commandCalls(BatchGetDeploymentTargetsCommand)).toHaveLength(0)
  })
})
