/** The runner harness reads what an action writes the way the GitHub runner does. */
import { describe, expect, it } from '@jest/globals'
import { parseFileCommands, parseWorkflowCommands } from './harness/commands.js'
import {
  defaultContext,
  evaluateDefault,
  inputEnv,
  inputEnvName,
  maskLog,
  readActionMetadata
} from './harness/runner.js'

describe('file commands', () => {
  it('reads heredoc entries as @actions/core writes them, and name=value lines', () => {
    const text = [
      'deployment-id<<ghadelimiter_6c1d',
      'd-ABCDEFGH1',
      'ghadelimiter_6c1d',
      'summary<<EOF',
      'line 1',
      'line=2 <<not a delimiter',
      'EOF',
      'legacy=a=b',
      ''
    ].join('\n')
    expect(parseFileCommands(text)).toEqual({
      'deployment-id': 'd-ABCDEFGH1',
      summary: 'line 1\nline=2 <<not a delimiter',
      legacy: 'a=b'
    })
  })

  it('fails on a heredoc without its closing delimiter, as the runner does', () => {
    expect(() => parseFileCommands('name<<EOF\nvalue\n')).toThrow(/Matching delimiter not found/)
  })
})

describe('workflow commands', () => {
  it('unescapes properties and data, and honours stop-commands', () => {
    const stdout = [
      'plain output',
      '::error title=Deploy failed%2C i-1%3A ValidateService,file=app/x.sh::exit 1%0Atail 100%25',
      '::stop-commands::pause-token',
      '::error::not a command while stopped',
      '::pause-token::',
      '::add-mask::s3cr3t',
      '::notice::done'
    ].join('\n')
    const commands = parseWorkflowCommands(stdout)
    expect(commands).toEqual([
      {
        command: 'error',
        properties: { title: 'Deploy failed, i-1: ValidateService', file: 'app/x.sh' },
        message: 'exit 1\ntail 100%'
      },
      { command: 'add-mask', properties: {}, message: 's3cr3t' },
      { command: 'notice', properties: {}, message: 'done' }
    ])
    expect(maskLog('key s3cr3t in s3cr3ts', ['s3cr3t'])).toBe('key *** in ***s')
  })
})

describe('inputs', () => {
  it('names input variables as the runner does', () => {
    expect(inputEnvName('role-to-assume')).toBe('INPUT_ROLE-TO-ASSUME')
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT')
  })

  it('fills defaults from action.yml, evaluates github expressions and rejects unknown inputs', async () => {
    const meta = await readActionMetadata()
    const ctx = defaultContext()
    const env = inputEnv(meta, { application: 'webapp', wait: false }, ctx, '/ws')
    expect(env['INPUT_APPLICATION']).toBe('webapp')
    expect(env['INPUT_WAIT']).toBe('false')
    expect(env['INPUT_AUDIENCE']).toBe(meta.inputs['audience'].default)
    expect('INPUT_ROLE-TO-ASSUME' in env).toBe(meta.inputs['role-to-assume'].default !== undefined)
    expect(evaluateDefault('${{ github.token }}', ctx, '/ws')).toBe(ctx.token)
    expect(() => inputEnv(meta, { 'no-such-input': 'x' }, ctx, '/ws')).toThrow(/Unexpected input/)
  })
})
