import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import * as core from '@actions/core'
import type { ErrorCode } from '@aws-sdk/client-codedeploy'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import {
  annotateGroups,
  failureMessage,
  groupMessage,
  groupTitle
} from '../../src/report/annotations.js'
import { groupFailures } from '../../src/report/groups.js'
import { consoleHost, deploymentUrl } from '../../src/codedeploy/status.js'
import { setErrorOutputs, setOutputs } from '../../src/report/outputs.js'
import { writeSummary } from '../../src/report/summary.js'
import { type Outcome } from '../../src/common/outcome.js'
import type { TargetFailure } from '../../src/common/outcome.js'
import { CredentialsError } from '../../src/common/errors.js'
import { captureStdout, readFileCommands, saveEnv } from '../support/actions.js'

const restoreEnv = saveEnv()
const SHA = '3f'.repeat(32)
const ID = 'd-ABCDEF123'
let tmp: string
let summaryFile: string
let outputFile: string
let stdout: string[]

const FAILURE: TargetFailure = {
  targetId: 'i-0123456789abcdef0',
  lifecycleEvent: 'AfterInstall',
  errorCode: 'ScriptFailed',
  scriptName: 'scripts/migrate.sh',
  message:
    'Script at specified location: scripts/migrate.sh run as user root failed with exit code 1',
  logTail: '[stdout] migrating\n[stderr] ERROR: relation "orders" does not exist\n'
}

function outcome(overrides: Partial<Outcome> = {}): Outcome {
  return {
    application: 'shop-api',
    deploymentGroup: 'production',
    region: 'eu-west-1',
    targetAccountId: '222222222222',
    revisionLocation: `s3://shop-api-bundles/releases/shop-api/${SHA}.zip?versionId=v-42`,
    revisionEtag: '9b2cf535f27731c974343645a3985328-3',
    revisionSha256: SHA,
    bundleSize: 1536 * 1024,
    uploaded: true,
    deploymentId: ID,
    status: 'Failed',
    info: {
      deploymentId: ID,
      status: 'Failed',
      deploymentOverview: { Pending: 0, InProgress: 0, Succeeded: 2, Failed: 1, Skipped: 0 },
      errorInformation: {
        code: 'HEALTH_CONSTRAINTS',
        message:
          'The overall deployment failed because too many individual instances failed deployment'
      }
    },
    failures: [FAILURE],
    durationMs: 125_000,
    ...overrides
  }
}

/** Parses the `name<<delimiter` blocks @actions/core writes to GITHUB_OUTPUT. */
function readOutputs(): Record<string, string> {
  return readFileCommands(outputFile)
}

function readSummary(): string {
  return readFileSync(summaryFile, 'utf8')
}

function row(field: string, value: string): string {
  return `<tr><td>${field}</td><td>${value}</td></tr>`
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'report-test-'))
  // @actions/core remembers the summary file after its first write: keep one for the whole file.
  summaryFile = path.join(tmp, 'step_summary.md')
})

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true })
})

let testNumber = 0
beforeEach(() => {
  outputFile = path.join(tmp, `output-${++testNumber}`)
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  core.summary.emptyBuffer()
  process.env.GITHUB_OUTPUT = outputFile
  process.env.GITHUB_STEP_SUMMARY = summaryFile
  stdout = captureStdout()
})

afterEach(() => {
  jest.restoreAllMocks()
  restoreEnv()
})

describe('console links', () => {
  it.each([
    ['us-east-1', 'us-east-1.console.aws.amazon.com'],
    ['eu-west-1', 'eu-west-1.console.aws.amazon.com'],
    ['cn-north-1', 'cn-north-1.console.amazonaws.cn'],
    ['cn-northwest-1', 'cn-northwest-1.console.amazonaws.cn'],
    ['us-gov-west-1', 'us-gov-west-1.console.amazonaws-us-gov.com']
  ])('uses the console host of %s', (region, host) => {
    expect(consoleHost(region)).toBe(host)
  })

  it('links to the deployment in its region', () => {
    expect(deploymentUrl('eu-west-1', ID)).toBe(
      `https://eu-west-1.console.aws.amazon.com/codesuite/codedeploy/deployments/${ID}?region=eu-west-1`
    )
    expect(deploymentUrl('us-gov-east-1', ID)).toBe(
      `https://us-gov-east-1.console.amazonaws-us-gov.com/codesuite/codedeploy/deployments/${ID}?region=us-gov-east-1`
    )
  })
})

describe('setOutputs', () => {
  it('writes every output to GITHUB_OUTPUT', () => {
    setOutputs(outcome())
    expect(readOutputs()).toEqual({
      'target-account-id': '222222222222',
      'revision-location': `s3://shop-api-bundles/releases/shop-api/${SHA}.zip?versionId=v-42`,
      'revision-etag': '9b2cf535f27731c974343645a3985328-3',
      'revision-sha256': SHA,
      'deployment-id': ID,
      'deployment-url': `https://eu-west-1.console.aws.amazon.com/codesuite/codedeploy/deployments/${ID}?region=eu-west-1`,
      'deployment-status': 'Failed',
      'instances-succeeded': '2',
      'instances-failed': '1'
    })
  })

  it('counts missing instance numbers as zero once the overview is known', () => {
    setOutputs(
      outcome({ info: { deploymentId: ID, status: 'InProgress', deploymentOverview: {} } })
    )
    const outputs = readOutputs()
    expect(outputs['instances-succeeded']).toBe('0')
    expect(outputs['instances-failed']).toBe('0')
  })

  it('writes only what is known before the deployment is created', () => {
    setOutputs(
      outcome({ deploymentId: undefined, status: undefined, revisionEtag: '', info: undefined })
    )
    expect(readOutputs()).toEqual({
      'target-account-id': '222222222222',
      'revision-location': `s3://shop-api-bundles/releases/shop-api/${SHA}.zip?versionId=v-42`,
      'revision-sha256': SHA
    })
  })

  it('links to the China console for cn- regions', () => {
    setOutputs(outcome({ region: 'cn-north-1' }))
    expect(readOutputs()['deployment-url']).toBe(
      `https://cn-north-1.console.amazonaws.cn/codesuite/codedeploy/deployments/${ID}?region=cn-north-1`
    )
  })
})

describe('setErrorOutputs', () => {
  it("gives CodeDeploy's error code and message when the deployment failed", () => {
    setErrorOutputs(outcome(), new Error('Deployment d-ABCDEF123 ended with status Failed'))
    expect(readOutputs()).toEqual({
      'error-code': 'HEALTH_CONSTRAINTS',
      'error-message':
        'The overall deployment failed because too many individual instances failed deployment'
    })
  })

  it('gives the kind of error the action met otherwise', () => {
    setErrorOutputs(undefined, new CredentialsError('Could not assume arn:aws:iam::1:role/x'))
    expect(readOutputs()).toEqual({
      'error-code': 'CredentialsError',
      'error-message': 'Could not assume arn:aws:iam::1:role/x'
    })
  })

  it('copes with values that are not errors', () => {
    setErrorOutputs(outcome({ info: undefined }), 'something odd')
    expect(readOutputs()).toEqual({ 'error-code': 'Error', 'error-message': 'something odd' })
  })
})

describe('failure messages', () => {
  it('names the deployment, the target or the count, and the lifecycle event in the title', () => {
    const [one] = groupFailures([FAILURE])
    expect(groupTitle(ID, one)).toBe(
      `Deployment ${ID} failed on i-0123456789abcdef0 during AfterInstall`
    )
    expect(groupTitle(ID, { ...one, lifecycleEvent: '' })).toBe(
      `Deployment ${ID} failed on i-0123456789abcdef0`
    )
    expect(groupTitle(ID, { ...one, count: 150 })).toBe(
      `Deployment ${ID} failed on 150 instances during AfterInstall`
    )
  })

  it('gives the script, error code, message, example instances and one log tail', () => {
    const [group] = groupFailures(
      ['i-1', 'i-2', 'i-3', 'i-4', 'i-5', 'i-6', 'i-7'].map(targetId => ({ ...FAILURE, targetId }))
    )
    expect(groupMessage(group)).toBe(
      'Script scripts/migrate.sh failed (ScriptFailed): Script at specified location: scripts/migrate.sh run as user root failed with exit code 1\n' +
        'Instances: i-1, i-2, i-3, i-4, i-5 and 2 more\n' +
        'Log tail (i-1):\n[stdout] migrating\n[stderr] ERROR: relation "orders" does not exist'
    )
  })

  it.each([
    [
      { scriptName: '', errorCode: 'ScriptFailed', message: 'Hook failed' },
      '(ScriptFailed): Hook failed'
    ],
    [{ scriptName: '', errorCode: '', message: 'Hook returned Failed' }, 'Hook returned Failed'],
    [{ scriptName: 'start.sh', errorCode: '', message: '' }, 'Script start.sh failed'],
    [
      { scriptName: 'start.sh', errorCode: 'ScriptTimedOut', message: '' },
      'Script start.sh failed (ScriptTimedOut)'
    ],
    [{ scriptName: '', errorCode: '', message: '' }, 'The lifecycle event failed']
  ])('words a failure with %j as %j', (parts, expected) => {
    expect(failureMessage({ ...FAILURE, ...parts })).toBe(expected)
  })
})

describe('annotateGroups', () => {
  it('prints one error annotation per cause', () => {
    annotateGroups(
      ID,
      groupFailures([
        FAILURE,
        {
          targetId: 'shop-cluster:shop-service',
          lifecycleEvent: 'AfterAllowTestTraffic',
          errorCode: 'ScriptFailed',
          scriptName: '',
          message: 'Hook returned Failed, 50% of checks',
          logTail: ''
        },
        { ...FAILURE, targetId: 'i-0fedcba9876543210' }
      ])
    )
    expect(stdout).toEqual([
      `::error title=Deployment ${ID} failed on 2 instances during AfterInstall::Script scripts/migrate.sh failed (ScriptFailed): Script at specified location: scripts/migrate.sh run as user root failed with exit code 1%0AInstances: i-0123456789abcdef0, i-0fedcba9876543210%0ALog tail (i-0123456789abcdef0):%0A[stdout] migrating%0A[stderr] ERROR: relation "orders" does not exist\n`,
      `::error title=Deployment ${ID} failed on shop-cluster%3Ashop-service during AfterAllowTestTraffic::(ScriptFailed): Hook returned Failed, 50%25 of checks\n`
    ])
  })

  it('prints at most 10, the last saying how many causes and instances it leaves out', () => {
    const failures = Array.from({ length: 14 }, (_, i) =>
      Array.from({ length: i + 1 }, (_, n) => ({
        ...FAILURE,
        targetId: `i-${i}-${n}`,
        scriptName: `scripts/step-${String.fromCharCode(97 + i)}.sh`
      }))
    ).flat()
    annotateGroups(ID, groupFailures(failures))
    expect(stdout).toHaveLength(10)
    expect(stdout[0]).toMatch(
      /^::error title=Deployment d-ABCDEF123 failed on 14 instances during AfterInstall::Script scripts\/step-n\.sh failed/
    )
    expect(stdout[8]).toMatch(/failed on 6 instances .*scripts\/step-f\.sh/)
    // Left out: the groups of 5, 4, 3, 2 and 1 instances.
    expect(stdout[9]).toBe(
      `::error title=Deployment ${ID}%3A 5 more causes of failure::5 more causes of failure on 15 instances not shown here: see the job summary and the diagnostics-file output.\n`
    )
  })

  it('prints nothing when no target failed', () => {
    annotateGroups(ID, [])
    expect(stdout).toEqual([])
  })
})

describe('writeSummary', () => {
  it('leads with the outcome and its cause, then the causes, the tails and the fields', async () => {
    await writeSummary(outcome())
    const summary = readSummary()
    expect(summary).toMatch(
      /^<h2>Failed: 1 of 3 instances failed AfterInstall \(scripts\/migrate\.sh exited 1\)\.<\/h2>\n<p>CodeDeploy shop-api \/ production, deployment d-ABCDEF123\.<\/p>\n<h3>Failures by cause<\/h3>/
    )
    expect(summary).toContain(
      '<tr><td>1</td><td>AfterInstall</td><td>ScriptFailed</td><td><code>scripts/migrate.sh</code></td><td>Script at specified location: scripts/migrate.sh run as user root failed with exit code 1</td><td><code>i-0123456789abcdef0</code></td></tr>'
    )
    expect(summary).toContain(
      '<details><summary>AfterInstall on i-0123456789abcdef0: log tail</summary><pre>[stdout] migrating<br>[stderr] ERROR: relation &quot;orders&quot; does not exist</pre></details>'
    )
    expect(summary).toContain(row('Application', 'shop-api / production'))
    expect(summary).toContain(row('Account, region', '222222222222, eu-west-1'))
    expect(summary).toContain(
      row(
        'Revision',
        `<code>s3://shop-api-bundles/releases/shop-api/${SHA}.zip?versionId=v-42</code>`
      )
    )
    expect(summary).toContain(row('SHA-256', `<code>${SHA}</code>`))
    expect(summary).toContain(row('Bundle size', '1.5 MiB'))
    expect(summary).toContain(
      row(
        'Deployment',
        `<a href="https://eu-west-1.console.aws.amazon.com/codesuite/codedeploy/deployments/${ID}?region=eu-west-1">${ID}</a>`
      )
    )
    expect(summary).toContain(row('Status', '❌ Failed'))
    expect(summary).toContain(row('Duration', '2:05'))
    expect(summary).toContain(
      row('Targets', '2 succeeded, 0 in progress, 0 pending, 1 failed, 0 skipped')
    )
    expect(summary).toContain(
      row(
        'Error',
        'HEALTH_CONSTRAINTS: The overall deployment failed because too many individual instances failed deployment'
      )
    )
    expect(summary.indexOf('Failures by cause')).toBeLessThan(
      summary.indexOf('<h3>Deployment</h3>')
    )
    expect(summary).not.toContain('already in S3')
  })

  it('says when the bundle was already in S3', async () => {
    await writeSummary(
      outcome({
        uploaded: false,
        status: 'Succeeded',
        info: { deploymentOverview: { Succeeded: 3 } },
        failures: []
      })
    )
    const summary = readSummary()
    expect(summary).toMatch(/^<h2>Succeeded: 3 of 3 instances deployed\.<\/h2>/)
    expect(summary).toContain(
      row(
        'Revision',
        `<code>s3://shop-api-bundles/releases/shop-api/${SHA}.zip?versionId=v-42</code> (already in S3, not uploaded again)`
      )
    )
    expect(summary).toContain(row('Status', '✅ Succeeded'))
    expect(summary).not.toContain('Failures by cause')
  })

  it('marks a stopped deployment', async () => {
    await writeSummary(outcome({ status: 'Stopped', failures: [] }))
    const summary = readSummary()
    expect(summary).toMatch(
      /^<h2>Stopped \(1 instance failed of 3 instances\): HEALTH_CONSTRAINTS: The overall deployment failed/
    )
    expect(summary).toContain(row('Status', '⏹️ Stopped'))
  })

  it('reports a run that ended before a deployment was created', async () => {
    await writeSummary({
      application: 'shop-api',
      deploymentGroup: 'production',
      region: 'eu-west-1',
      targetAccountId: '222222222222',
      failures: []
    })
    const summary = readSummary()
    expect(summary).toMatch(/^<h2>Not started\.<\/h2>\n<p>CodeDeploy shop-api \/ production\.<\/p>/)
    expect(summary).toContain(row('Status', '⏳ Not started'))
    expect(summary).not.toContain('Deployment</td>')
    expect(summary).not.toContain('Revision')
    expect(summary).not.toContain('Duration')
    expect(summary).not.toContain('Targets')
  })

  it('shows an in-progress status as waiting', async () => {
    await writeSummary(outcome({ status: 'InProgress', failures: [], info: undefined }))
    expect(readSummary()).toContain(row('Status', '⏳ InProgress'))
  })

  it('escapes HTML in messages and log tails', async () => {
    await writeSummary(
      outcome({
        info: {
          errorInformation: { message: 'Unexpected <token> & more' }
        },
        failures: [
          {
            ...FAILURE,
            message: 'exit <1> & "quoted"',
            logTail: '<script>alert(1)</script>\nA && B > out.txt\n'
          }
        ]
      })
    )
    const summary = readSummary()
    expect(summary).toContain(row('Error', 'Unexpected &lt;token&gt; &amp; more'))
    expect(summary).toContain('<td>exit &lt;1&gt; &amp; &quot;quoted&quot;</td>')
    expect(summary).toContain(
      '<pre>&lt;script&gt;alert(1)&lt;/script&gt;<br>A &amp;&amp; B &gt; out.txt</pre>'
    )
    expect(summary).not.toContain('<script>')
  })

  it('keeps markup and Markdown from inputs and AWS answers as text in every part', async () => {
    const hostile = {
      targetId: '</details><img src=x onerror=alert(2)>',
      lifecycleEvent: 'AfterInstall\r\n\r\n# head',
      errorCode: '::error::x',
      scriptName: '</code>',
      message: '</td>\n\n<script>alert(3)</script>',
      logTail: '</pre></details><script>alert(4)</script>\n\n**bold**\n::error::owned\n'
    }
    await writeSummary(
      outcome({
        application: '<img src=x onerror=alert(1)>',
        deploymentGroup: 'prod\n\n# Owned <b>',
        revisionLocation: 's3://b/k</code><script>alert(1)</script>.zip',
        deploymentId: 'd-X"><img src=x>',
        status: '<script>x</script>',
        info: {
          errorInformation: {
            code: 'HEALTH<i>' as ErrorCode,
            message: 'a\n\n![x](https://e/x.png)'
          }
        },
        failures: [hostile],
        targets: [
          {
            targetId: hostile.targetId,
            status: 'Failed',
            events: [
              {
                name: hostile.lifecycleEvent,
                status: 'Failed',
                start: 1,
                end: 2,
                ...hostile
              }
            ]
          }
        ]
      })
    )
    const summary = readSummary()

    expect(summary).toContain(
      '<p>CodeDeploy &lt;img src=x onerror=alert(1)&gt; / prod<br><br># Owned &lt;b&gt;, deployment d-X&quot;&gt;&lt;img src=x&gt;.</p>'
    )
    expect(summary).toContain(
      row('Application', '&lt;img src=x onerror=alert(1)&gt; / prod<br><br># Owned &lt;b&gt;')
    )
    expect(summary).toContain(
      row('Revision', '<code>s3://b/k&lt;/code&gt;&lt;script&gt;alert(1)&lt;/script&gt;.zip</code>')
    )
    expect(summary).toContain(
      row(
        'Deployment',
        '<a href="https://eu-west-1.console.aws.amazon.com/codesuite/codedeploy/deployments/d-X%22%3E%3Cimg%20src%3Dx%3E?region=eu-west-1">d-X&quot;&gt;&lt;img src=x&gt;</a>'
      )
    )
    expect(summary).toContain(row('Status', '⏳ &lt;script&gt;x&lt;/script&gt;'))
    expect(summary).toContain(row('Error', 'HEALTH&lt;i&gt;: a<br><br>![x](https://e/x.png)'))
    expect(summary).toContain(
      '<pre>&lt;/pre&gt;&lt;/details&gt;&lt;script&gt;alert(4)&lt;/script&gt;<br><br>**bold**<br>::error::owned</pre>'
    )
    // The timeline is Mermaid, which GitHub does not HTML-escape: names keep only safe characters.
    expect(summary).toContain('  section _/details__img_src_x_onerror_alert_2__\n')
    expect(summary).toContain('  AfterInstall______head :crit, 1, 2\n')
    for (const tag of ['<img', '<script', '<b>', '<i>']) expect(summary).not.toContain(tag)
    expect(summary).not.toMatch(/^\s*::/m)
    // No element was closed early by a value: each closing tag has its own opening tag.
    const count = (s: string) => summary.split(s).length - 1
    for (const tag of ['code', 'pre', 'h2', 'h3', 'p', 'td', 'details', 'summary', 'table']) {
      expect([tag, count(`</${tag}>`)]).toEqual([tag, count(`<${tag}>`)])
    }
    // A blank line ends an HTML block, and what followed would be read as Markdown: only the
    // Mermaid fence, whose text is sanitized, stands between blank lines.
    const outsideFence = summary.replace(/\n\n```mermaid\n[\s\S]*?\n```\n\n/g, '<fence/>')
    expect(outsideFence).toContain('<fence/>')
    expect(outsideFence).not.toMatch(/\n[ \t]*\r?\n/)
    expect(summary).not.toContain('\r')
  })

  it('formats small and large bundle sizes', async () => {
    await writeSummary(outcome({ bundleSize: 512, failures: [] }))
    expect(readSummary()).toContain(row('Bundle size', '512 B'))
    writeFileSync(summaryFile, '')
    await writeSummary(outcome({ bundleSize: 3 * 1024 ** 3, failures: [] }))
    expect(readSummary()).toContain(row('Bundle size', '3.0 GiB'))
  })

  it('links to the GovCloud console', async () => {
    await writeSummary(outcome({ region: 'us-gov-west-1', failures: [] }))
    expect(readSummary()).toContain(
      `<a href="https://us-gov-west-1.console.amazonaws-us-gov.com/codesuite/codedeploy/deployments/${ID}?region=us-gov-west-1">`
    )
  })
})
