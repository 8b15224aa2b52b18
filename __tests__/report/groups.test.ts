import { describe, expect, it } from '@jest/globals'
import { boundedTail, causeOf, groupFailures } from '../../src/report/groups.js'
import type { TargetFailure } from '../../src/common/outcome.js'

function failure(targetId: string, overrides: Partial<TargetFailure> = {}): TargetFailure {
  return {
    targetId,
    lifecycleEvent: 'ValidateService',
    errorCode: 'ScriptFailed',
    scriptName: 'scripts/validate.sh',
    message: `health check of ${targetId} at 10.0.0.7:8080 failed after 30 tries`,
    logTail: `[stderr] ${targetId} unhealthy\n`,
    ...overrides
  }
}

describe('causeOf', () => {
  it('leaves out instance IDs, IPv4 and IPv6 addresses and numbers', () => {
    expect(causeOf('i-0123456789abcdef0 at 10.1.2.3 and fe80::1:2 exited 3 after 1500 ms')).toBe(
      '<id> at <ip> and <ip> exited # after # ms'
    )
  })

  it('keeps the words that tell causes apart', () => {
    expect(causeOf('port in use')).not.toBe(causeOf('disk full'))
  })
})

describe('groupFailures', () => {
  it('puts targets that failed the same way in one group, whatever their ID, address or numbers', () => {
    const failures = [
      failure('i-00000000000000001'),
      failure('i-00000000000000002', {
        message: 'health check of i-00000000000000002 at 10.0.3.9:8081 failed after 31 tries'
      }),
      failure('i-00000000000000003')
    ]
    expect(groupFailures(failures)).toEqual([
      {
        count: 3,
        lifecycleEvent: 'ValidateService',
        errorCode: 'ScriptFailed',
        scriptName: 'scripts/validate.sh',
        message: failures[0].message,
        logTail: failures[0].logTail,
        examples: ['i-00000000000000001', 'i-00000000000000002', 'i-00000000000000003']
      }
    ])
  })

  it('splits by event, error code, script and message; largest group first', () => {
    const groups = groupFailures([
      failure('i-1', { lifecycleEvent: 'AfterInstall' }),
      failure('i-2'),
      failure('i-3', { errorCode: 'ScriptTimedOut' }),
      failure('i-4', { scriptName: 'scripts/other.sh' }),
      failure('i-5', { message: 'disk full' }),
      failure('i-6'),
      failure('i-7', { lifecycleEvent: 'AfterInstall' }),
      failure('i-8')
    ])
    expect(groups.map(g => [g.count, g.examples])).toEqual([
      [3, ['i-2', 'i-6', 'i-8']],
      [2, ['i-1', 'i-7']],
      [1, ['i-3']],
      [1, ['i-4']],
      [1, ['i-5']]
    ])
  })

  it('keeps five example targets of a large group, and its exact count', () => {
    const failures = Array.from({ length: 300 }, (_, i) =>
      failure(`i-${String(i).padStart(17, '0')}`)
    )
    const [group] = groupFailures(failures)
    expect(group.count).toBe(300)
    expect(group.examples).toEqual(failures.slice(0, 5).map(f => f.targetId))
  })

  it('gives no group for no failure', () => {
    expect(groupFailures([])).toEqual([])
  })
})

describe('boundedTail', () => {
  it('keeps a short tail as it is, without its last line break', () => {
    expect(boundedTail('a\nb\n')).toBe('a\nb')
  })

  it('keeps the last lines and says it cut', () => {
    const tail = Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n')
    expect(boundedTail(tail, 3)).toBe('[…]\nline 47\nline 48\nline 49')
  })

  it('keeps the last characters of very long lines', () => {
    expect(boundedTail('x'.repeat(5000) + 'END', 20, 10)).toBe(`[…]\n${'x'.repeat(7)}END`)
  })
})
