/**
 * A deployment to 1,000 instances, 400 of them failing: what a person sees (annotations, log,
 * summary) stays bounded, and every detail is in the diagnostics file.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import {
  BatchGetDeploymentTargetsCommand,
  CodeDeployClient,
  GetDeploymentCommand,
  ListDeploymentTargetsCommand,
  type DeploymentTarget
} from '@aws-sdk/client-codedeploy'
import { mockClient } from 'aws-sdk-client-mock'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { DeploymentFailedError } from '../src/common/errors.js'
import { stepLog } from '../src/common/log.js'
import type { Outcome } from '../src/common/outcome.js'
import { writeSummary } from '../src/report/summary.js'
import { superviseDeployment } from '../src/supervise.js'
import { captureStdout, readFileCommands, saveEnv, sharedSummaryFile } from './support/actions.js'
import { codeDeployClient } from './support/aws.js'
import { fleetTargets, instanceId, longLogTail, VALIDATE_MESSAGE } from './support/fleet.js'
import { rejection } from './support/thrown.js'

const cdMock = mockClient(CodeDeployClient)
const ID = 'd-FLEET0001'
const SIZE = 1000
const PAGE = 100
const restoreEnv = saveEnv()
const summaryFile = sharedSummaryFile('fleet-summary-')

/** Causes of the 50 failures that are not the validate script's exit code: words, not numbers. */
const OTHER_CAUSES = [
  'disk full',
  'permission denied',
  'port in use',
  'missing library',
  'bad config',
  'certificate expired',
  'dns lookup failed',
  'out of memory',
  'segfault',
  'timeout talking to database',
  'checksum mismatch',
  'quota exceeded'
]

/** 400 failures: 350 of the validate script (each its own IPs), 50 spread over 12 other causes. */
const fails = (i: number) => i % 5 < 2
const HOSTILE = '</details></pre><script>alert(1)</script>\n::error::owned\n##[error]owned\n\n'

let dir: string
let stdout: string[]
let targets: Map<string, DeploymentTarget>

function mockFleet(): void {
  let failedSeen = 0
  targets = fleetTargets(ID, {
    size: SIZE,
    fails,
    message: i => {
      if (!fails(i)) return ''
      failedSeen++
      return failedSeen > 350
        ? `${OTHER_CAUSES[failedSeen % OTHER_CAUSES.length]} on ${instanceId(i)}`
        : VALIDATE_MESSAGE
    },
    logTail: i => `${longLogTail(i)}${HOSTILE}`
  })
  const ids = [...targets.keys()]
  cdMock.on(GetDeploymentCommand).resolves({
    deploymentInfo: {
      deploymentId: ID,
      status: 'Failed',
      deploymentOverview: { Succeeded: 600, Failed: 400, InProgress: 0, Pending: 0, Skipped: 0 },
      errorInformation: { code: 'HEALTH_CONSTRAINTS', message: 'Too many instances failed' }
    }
  })
  // CodeDeploy's pages: at most 100 IDs.
  cdMock.on(ListDeploymentTargetsCommand).callsFake(async input => {
    const from = Number(input.nextToken ?? 0)
    const next = from + PAGE < ids.length ? String(from + PAGE) : undefined
    return { targetIds: ids.slice(from, from + PAGE), nextToken: next }
  })
  cdMock.on(BatchGetDeploymentTargetsCommand).callsFake(async input => {
    const asked = input.targetIds as string[]
    if (asked.length > 25) throw new Error('BatchGetDeploymentTargets takes at most 25 IDs')
    return { deploymentTargets: asked.map(id => targets.get(id)) }
  })
}

function outcome(): Outcome {
  return {
    application: 'shop',
    deploymentGroup: 'production',
    region: 'eu-west-1',
    targetAccountId: '222222222222',
    deploymentId: ID,
    status: 'Created',
    failures: []
  }
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'fleet-test-'))
  for (const f of ['output', 'state']) writeFileSync(path.join(dir, f), '')
  writeFileSync(summaryFile, '')
  Object.assign(process.env, {
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STATE: path.join(dir, 'state'),
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir
  })
  stdout = captureStdout()
  cdMock.reset()
  mockFleet()
})

afterEach(() => {
  jest.restoreAllMocks()
  restoreEnv()
  rmSync(dir, { recursive: true, force: true })
})

async function run(): Promise<{ err: Error; o: Outcome; log: string; summary: string }> {
  const o = outcome()
  const inputs = {
    region: 'eu-west-1',
    waitTimeoutSeconds: 60,
    pollIntervalSeconds: 1,
    stopOnCancel: true,
    stopOnTimeout: false,
    rollbackOnStop: true
  }
  const err = await rejection(
    superviseDeployment(codeDeployClient(), ID, inputs, o, { log: stepLog })
  )
  await writeSummary(o)
  return { err, o, log: stdout.join(''), summary: readFileSync(summaryFile, 'utf8') }
}

describe('a 1,000-instance deployment with 400 failures', () => {
  it('gives at most 10 error annotations, each cause with its count', async () => {
    const { err, log } = await run()
    expect(err).toBeInstanceOf(DeploymentFailedError)
    const annotations = log.split('\n').filter(line => line.startsWith('::error'))
    expect(annotations).toHaveLength(10)
    expect(annotations[0]).toMatch(
      new RegExp(
        `^::error title=Deployment ${ID} failed on 350 instances during ValidateService::Script scripts/validate.sh failed \\(ScriptFailed\\): ${VALIDATE_MESSAGE}%0AInstances: i-00000000000000000, i-00000000000000001, i-00000000000000005, i-00000000000000006, i-0000000000000000a and 345 more%0ALog tail \\(i-00000000000000000\\):%0A\\[…\\]%0A`
      )
    )
    // 13 causes: the validate script and 12 others; 9 shown, then one line for the other 4.
    expect(annotations[9]).toMatch(/::4 more causes of failure on \d+ instances not shown here/)
    const counted = annotations
      .slice(0, 9)
      .map(a => Number(/failed on (\d+) instances/.exec(a)?.[1]))
    const rest = Number(/failure on (\d+) instances/.exec(annotations[9])?.[1])
    expect(counted.reduce((a, b) => a + b, 0) + rest).toBe(400)
  })

  it('keeps the log under 256 KiB, and no line of it a command but the annotations', async () => {
    const { log } = await run()
    expect(Buffer.byteLength(log)).toBeLessThan(256 * 1024)
    const commands = log.split('\n').filter(line => /^\s*::|##\[/.test(line))
    expect(commands.every(line => line.startsWith('::error title=Deployment'))).toBe(true)
  })

  it('writes a summary under 64 KiB that starts with the outcome and its cause', async () => {
    const { summary } = await run()
    expect(Buffer.byteLength(summary)).toBeLessThan(64 * 1024)
    expect(summary).toMatch(
      /^<h2>Failed: 350 of 1,000 instances failed ValidateService \(scripts\/validate\.sh exited 3\); 50 more failed for 12 other causes\.<\/h2>\n/
    )
    expect(summary).toContain('<h3>Failures by cause</h3>')
    expect(summary).toContain(
      '<tr><td>ValidateService</td><td>600</td><td><strong>400</strong></td><td>0</td>'
    )
    expect(summary).toContain('<details><summary>Instances (1,000)</summary>')
    expect(summary).toContain('950 more instances: see the diagnostics-file output.')
    expect(summary).not.toContain('```mermaid')
    for (const raw of ['<script', '</details></pre>', '\n::']) expect(summary).not.toContain(raw)
    expect(summary).toContain('&lt;/details&gt;&lt;/pre&gt;&lt;script&gt;')
    const count = (s: string) => summary.split(s).length - 1
    for (const tag of ['details', 'summary', 'pre', 'table', 'td']) {
      expect([tag, count(`</${tag}>`)]).toEqual([tag, count(`<${tag}>`)])
    }
  })

  it('writes every target to the diagnostics file, and exact outputs, in 51 AWS calls', async () => {
    await run()
    const outputs = readFileCommands(path.join(dir, 'output'))
    expect(outputs).toMatchObject({
      'deployment-status': 'Failed',
      'instances-succeeded': '600',
      'instances-failed': '400',
      'diagnostics-file': path.join(dir, `codedeploy-${ID}-diagnostics.json`)
    })
    const file = JSON.parse(readFileSync(outputs['diagnostics-file'], 'utf8'))
    expect(file.targets).toHaveLength(SIZE)
    expect(file.targets.map((t: { targetId: string }) => t.targetId)).toEqual([...targets.keys()])
    const failed = file.targets.filter((t: { status: string }) => t.status === 'Failed')
    expect(failed).toHaveLength(400)
    expect(failed[0].events[6]).toEqual({
      name: 'ValidateService',
      status: 'Failed',
      startTime: expect.stringMatching(/^2026-01-01T12:01:00/),
      endTime: expect.stringMatching(/^2026-01-01T12:01:0/),
      errorCode: 'ScriptFailed',
      scriptName: 'scripts/validate.sh',
      message: VALIDATE_MESSAGE,
      logTail: `${longLogTail(0)}${HOSTILE}`
    })
    expect(file.failureGroups).toHaveLength(13)
    expect(cdMock.commandCalls(GetDeploymentCommand)).toHaveLength(1)
    expect(cdMock.commandCalls(ListDeploymentTargetsCommand)).toHaveLength(SIZE / PAGE)
    expect(cdMock.commandCalls(BatchGetDeploymentTargetsCommand)).toHaveLength(SIZE / 25)
    expect(cdMock.calls()).toHaveLength(51)
  })
})
