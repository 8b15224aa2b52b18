import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import {
  CodeDeployClient,
  GetDeploymentCommand,
  StopDeploymentCommand,
  type DeploymentCreator,
  type DeploymentStatus
} from '@aws-sdk/client-codedeploy'
import { mockClient } from 'aws-sdk-client-mock'
import { settleActiveDeployments, type ActiveOptions } from '../../src/codedeploy/active.js'
import { stopDeployment } from '../../src/codedeploy/stop.js'
import { stepLog } from '../../src/common/log.js'
import { html, htmlBlock, neutralizeCommands, oneLine } from '../../src/common/untrusted.js'
import { waitForDeployment } from '../../src/codedeploy/wait.js'
import { captureStdout } from '../support/actions.js'
import { codeDeployClient, codeDeployError } from '../support/aws.js'
import { commandNames, runnerCommands } from '../support/commands.js'

/** Text written by others, and what each helper makes of it. */
const HOSTILE: {
  text: string
  commands: string[]
  neutralized: string
  oneLine: string
  html: string
  htmlBlock: string
}[] = [
  {
    text: 'release 7\n::error title=X::pwned',
    commands: ['error'],
    neutralized: 'release 7\n\\::error title=X::pwned',
    oneLine: 'release 7\\n::error title=X::pwned',
    html: 'release 7<br>::error title=X::pwned',
    htmlBlock: 'release 7\n::error title=X::pwned'
  },
  {
    text: '\r::add-mask::Succeeded',
    commands: ['add-mask'],
    neutralized: '\n\\::add-mask::Succeeded',
    oneLine: '\\r::add-mask::Succeeded',
    html: '<br>::add-mask::Succeeded',
    htmlBlock: '\n::add-mask::Succeeded'
  },
  {
    text: '  ::stop-commands::tok',
    commands: ['stop-commands'],
    neutralized: '  \\::stop-commands::tok',
    oneLine: '  ::stop-commands::tok',
    html: '  ::stop-commands::tok',
    htmlBlock: '  ::stop-commands::tok'
  },
  {
    text: '\u0085::warning::x',
    commands: ['warning'],
    neutralized: '\u0085\\::warning::x',
    oneLine: '\\u0085::warning::x',
    html: '\\u0085::warning::x',
    htmlBlock: '\\u0085::warning::x'
  },
  {
    text: 'x ##[error]y',
    commands: ['error'],
    neutralized: 'x ##\\[error]y',
    oneLine: 'x ##[error]y',
    html: 'x ##[error]y',
    htmlBlock: 'x ##[error]y'
  },
  {
    text: '\r\n\t::debug::a ##[warning]b\r\u2028::notice::c',
    commands: ['debug', 'notice'],
    neutralized: '\n\t\\::debug::a ##\\[warning]b\n\u2028\\::notice::c',
    oneLine: '\\r\\n\\t::debug::a ##[warning]b\\r\\u2028::notice::c',
    html: '<br>\\t::debug::a ##[warning]b<br>\\u2028::notice::c',
    htmlBlock: '\n\\t::debug::a ##[warning]b\n\\u2028::notice::c'
  },
  {
    text: '\u001b[31mred',
    commands: [],
    neutralized: '\u001b[31mred',
    oneLine: '\\u001b[31mred',
    html: '\\u001b[31mred',
    htmlBlock: '\\u001b[31mred'
  },
  {
    text: '\u202Eevil',
    commands: [],
    neutralized: '\u202Eevil',
    oneLine: '\\u202eevil',
    html: '\\u202eevil',
    htmlBlock: '\\u202eevil'
  },
  {
    text: '<img src=x onerror=alert(1)>',
    commands: [],
    neutralized: '<img src=x onerror=alert(1)>',
    oneLine: '<img src=x onerror=alert(1)>',
    html: '&lt;img src=x onerror=alert(1)&gt;',
    htmlBlock: '&lt;img src=x onerror=alert(1)&gt;'
  },
  {
    text: 'a\n\n![x](https://e/x.png)',
    commands: [],
    neutralized: 'a\n\n![x](https://e/x.png)',
    oneLine: 'a\\n\\n![x](https://e/x.png)',
    html: 'a<br><br>![x](https://e/x.png)',
    htmlBlock: 'a\n\n![x](https://e/x.png)'
  },
  {
    text: '</pre><script>',
    commands: [],
    neutralized: '</pre><script>',
    oneLine: '</pre><script>',
    html: '&lt;/pre&gt;&lt;script&gt;',
    htmlBlock: '&lt;/pre&gt;&lt;script&gt;'
  },
  {
    text: `"it's" & <b>`,
    commands: [],
    neutralized: `"it's" & <b>`,
    oneLine: `"it's" & <b>`,
    html: '&quot;it&#39;s&quot; &amp; &lt;b&gt;',
    htmlBlock: '&quot;it&#39;s&quot; &amp; &lt;b&gt;'
  }
]

/** A test name that shows every character of `text`, and hides or reorders none of them. */
const label = (text: string) =>
  JSON.stringify(text).replace(
    /[^\x20-\x7e]/g,
    c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )

const cases = HOSTILE.map(c => [label(c.text), c] as const)

// The characters oneLine must never let through: C0 and C1 controls, line and paragraph
// separators, and the bidirectional marks, embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/

describe('the command parser these tests rely on', () => {
  it.each(cases)('reads %s as the runner does', (_, c) => {
    expect(commandNames(c.text)).toEqual(c.commands)
  })

  it('reads nothing while commands are stopped, and resumes at the token', () => {
    expect(
      commandNames('::stop-commands::t1\n::error::hidden\n::t1::\n  ::warning::seen ##[error]x')
    ).toEqual(['stop-commands', 'warning'])
  })

  it('reads the older syntax only when the newer one does not match', () => {
    expect(runnerCommands('::broken ##[error]x\n##[notice ]no-space\nplain ##[ text')).toEqual([
      { syntax: '##[', command: 'error', line: '::broken ##[error]x' },
      { syntax: '##[', command: 'notice', line: '##[notice ]no-space' }
    ])
  })
})

describe('neutralizeCommands', () => {
  it.each(cases)('changes %s just enough', (_, c) => {
    expect(neutralizeCommands(c.text)).toBe(c.neutralized)
    expect(runnerCommands(neutralizeCommands(c.text))).toEqual([])
  })

  it('leaves text that holds no command as it is', () => {
    const text = 'Deployment d-1: 3 succeeded, a::b, ## heading, [x]'
    expect(neutralizeCommands(text)).toBe(text)
  })
})

describe('stepLog', () => {
  let stdout: string[]
  beforeEach(() => {
    stdout = captureStdout()
  })
  afterEach(() => {
    jest.restoreAllMocks()
  })

  /** The message of the one annotation in `output`, as the runner unescapes it. */
  function annotation(output: string, command: string): string {
    const prefix = `::${command}::`
    expect(output.startsWith(prefix)).toBe(true)
    return output
      .slice(prefix.length, -1)
      .replace(/%0D/g, '\r')
      .replace(/%0A/g, '\n')
      .replace(/%25/g, '%')
  }

  it.each(cases)('writes %s as lines that are no command', (_, c) => {
    stepLog.info(c.text)
    expect(stdout.join('')).toBe(`${c.neutralized}\n`)
    expect(runnerCommands(stdout.join(''))).toEqual([])
  })

  it.each(cases)('writes %s as one notice that holds all of it', (_, c) => {
    stepLog.notice(c.text)
    expect(commandNames(stdout.join(''))).toEqual(['notice'])
    expect(annotation(stdout.join(''), 'notice')).toBe(c.text)
  })

  it.each(cases)('writes %s as one warning that holds all of it', (_, c) => {
    stepLog.warning(c.text)
    expect(commandNames(stdout.join(''))).toEqual(['warning'])
    expect(annotation(stdout.join(''), 'warning')).toBe(c.text)
  })
})

describe('oneLine', () => {
  it.each(cases)('shows %s on one line', (_, c) => {
    expect(oneLine(c.text)).toBe(c.oneLine)
    expect(oneLine(c.text)).not.toMatch(HIDDEN)
  })

  it('escapes every control, separator and bidirectional character', () => {
    const all = [
      ...Array.from({ length: 0x20 }, (_, i) => i),
      ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
      0x200e,
      0x200f,
      0x2028,
      0x2029,
      0x202a,
      0x202b,
      0x202c,
      0x202d,
      0x202e,
      0x2066,
      0x2067,
      0x2068,
      0x2069
    ].map(code => String.fromCharCode(code))
    const shown = oneLine(all.join(''))
    expect(shown).not.toMatch(HIDDEN)
    expect(shown.startsWith('\\u0000\\u0001')).toBe(true)
    expect(shown).toContain('\\t\\n\\u000b\\u000c\\r')
    expect(shown.endsWith('\\u2066\\u2067\\u2068\\u2069')).toBe(true)
  })

  it('keeps text others can read as it is, Unicode included', () => {
    const text = 'Déploiement «prod» 🚀 — 部署 a::b'
    expect(oneLine(text)).toBe(text)
  })
})

describe('html', () => {
  it.each(cases)('makes %s one line of text for the summary', (_, c) => {
    expect(html(c.text)).toBe(c.html)
    expect(html(c.text)).not.toMatch(/[\r\n]/)
    expect(html(c.text).replaceAll('<br>', '')).not.toMatch(/[<>"']/)
  })
})

describe('htmlBlock', () => {
  it.each(cases)('keeps the lines of %s, as text', (_, c) => {
    expect(htmlBlock(c.text)).toBe(c.htmlBlock)
    expect(htmlBlock(c.text)).not.toMatch(/[<>"'\r]/)
  })
})

describe('hostile text through the places that print it', () => {
  const cdMock = mockClient(CodeDeployClient)
  const OTHER = 'd-OTHER0001'
  const ID = 'd-OURS00001'
  const LINK = `https://eu-west-1.console.aws.amazon.com/codesuite/codedeploy/deployments/${OTHER}?region=eu-west-1`
  const DESCRIPTION =
    'release 7\n::error title=X::pwned\n::add-mask::Succeeded\n::stop-commands::tok'
  const CREATOR = 'user\r::warning::x ##[error]y'
  const STATUS = 'InProgress\u0085::notice::z\u202E'
  let stdout: string[]

  /** A clock that only moves when the wait sleeps. */
  function fakeTime() {
    let clock = 1_000_000
    return {
      now: () => clock,
      sleep: async (ms: number) => {
        clock += ms
      }
    }
  }

  function printed(): string[] {
    return stdout.join('').split('\n').slice(0, -1)
  }

  beforeEach(() => {
    cdMock.reset()
    stdout = captureStdout()
  })
  afterEach(() => {
    jest.restoreAllMocks()
  })

  it('names another deployment without running its description, creator or status as commands', async () => {
    cdMock
      .on(GetDeploymentCommand, { deploymentId: OTHER })
      .resolvesOnce({
        deploymentInfo: {
          deploymentId: OTHER,
          status: STATUS as DeploymentStatus,
          creator: CREATOR as DeploymentCreator,
          description: DESCRIPTION,
          createTime: new Date('2026-03-01T10:00:00.000Z')
        }
      })
      .resolves({ deploymentInfo: { deploymentId: OTHER, status: 'Succeeded' } })
    const time = fakeTime()
    const options: ActiveOptions = {
      application: 'shop',
      deploymentGroup: 'production',
      region: 'eu-west-1',
      policy: 'wait',
      rollbackOnStop: true,
      wait: { timeoutMs: 60_000, pollIntervalMs: 1000, ...time },
      runToken: '[gha-run:octo/shop:42:1:0123456789ab]',
      log: stepLog
    }

    await settleActiveDeployments(codeDeployClient(), [OTHER], options)

    expect(printed()).toEqual([
      `Deployment ${OTHER} (InProgress\\u0085::notice::z\\u202e, started by user\\r::warning::x ##\\[error]y at 2026-03-01T10:00:00.000Z: "release 7\\n::error title=X::pwned\\n::add-mask::Succeeded\\n::stop-commands::tok") is in progress in 'production': waiting for it to end (${LINK}).`,
      '[0:00] Succeeded',
      `Deployment ${OTHER} ended with status Succeeded.`
    ])
    expect(runnerCommands(stdout.join(''))).toEqual([])
  })

  it("shows StopDeployment's status message as one line that is no command", async () => {
    cdMock.on(StopDeploymentCommand).resolves({
      status: 'Pending',
      statusMessage: 'Stopping\n::error::pwned\r\n  ::add-mask::Pending ##[warning]old'
    })

    await stopDeployment(codeDeployClient(), ID, true, 'the job was cancelled', stepLog)

    expect(printed()).toEqual([
      `Stopping deployment ${ID} (the job was cancelled), with rollback.`,
      'StopDeployment answered Pending: Stopping\\n::error::pwned\\r\\n  ::add-mask::Pending ##\\[warning]old.'
    ])
    expect(runnerCommands(stdout.join(''))).toEqual([])
  })

  it("shows a transient AWS error's message as one line that is no command", async () => {
    cdMock
      .on(GetDeploymentCommand)
      .rejectsOnce(
        codeDeployError(
          'InternalFailure',
          500,
          'boom\n::error title=X::pwned\r\n##[warning]old \u001b[2J\u202e\u0085::notice::n'
        )
      )
      .resolves({ deploymentInfo: { deploymentId: ID, status: 'Succeeded' } })

    const result = await waitForDeployment(codeDeployClient(), ID, {
      timeoutMs: 60_000,
      pollIntervalMs: 1000,
      log: stepLog,
      ...fakeTime()
    })

    expect(result.info.status).toBe('Succeeded')
    expect(printed()).toEqual([
      `Reading deployment ${ID} failed (InternalFailure: boom ::error title=X::pwned ##\\[warning]old \\u001b[2J\\u202e\\u0085::notice::n); trying again.`,
      '[0:01] Succeeded'
    ])
    expect(runnerCommands(stdout.join(''))).toEqual([])
  })
})
