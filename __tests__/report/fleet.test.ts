import { describe, expect, it } from '@jest/globals'
import type { TargetReport } from '../../src/common/outcome.js'
import { eventStats, targetSpan } from '../../src/report/fleet.js'
import { timeline, TIMELINE_MAX_TARGETS } from '../../src/report/timeline.js'

function target(id: string, status: string, events: TargetReport['events']): TargetReport {
  return { targetId: id, status, events }
}

const FLEET = [
  target('i-1', 'Succeeded', [
    { name: 'Install', status: 'Succeeded', start: 0, end: 1000 },
    { name: 'ValidateService', status: 'Succeeded', start: 1000, end: 4000 }
  ]),
  target('i-2', 'Failed', [
    { name: 'Install', status: 'Succeeded', start: 0, end: 3000 },
    { name: 'ValidateService', status: 'Failed', start: 3000, end: 63_000 }
  ]),
  target('i-3', 'Failed', [
    { name: 'Install', status: 'Failed', start: 0, end: 2000 },
    { name: 'ValidateService', status: 'Skipped' }
  ]),
  target('i-4', 'InProgress', [
    { name: 'Install', status: 'Succeeded', start: 0, end: 8000 },
    { name: 'ValidateService', status: 'InProgress', start: 8000 }
  ])
]

describe('eventStats', () => {
  it('counts each event across the fleet, with the shortest, median and longest run', () => {
    expect(eventStats(FLEET)).toEqual([
      {
        name: 'Install',
        passed: 3,
        failed: 1,
        skipped: 0,
        other: 0,
        min: 1000,
        median: 2500,
        max: 8000
      },
      {
        name: 'ValidateService',
        passed: 1,
        failed: 1,
        skipped: 1,
        other: 1,
        min: 3000,
        median: 31_500,
        max: 60_000
      }
    ])
  })

  it('gives no durations for an event that never ran', () => {
    expect(eventStats([FLEET[2]])[1]).toEqual({
      name: 'ValidateService',
      passed: 0,
      failed: 0,
      skipped: 1,
      other: 0
    })
  })

  it('spans a target from its first start to its last end', () => {
    expect(targetSpan(FLEET[1])).toEqual({ start: 0, end: 63_000 })
    expect(targetSpan(target('i-9', 'Pending', []))).toBeUndefined()
  })
})

describe('timeline', () => {
  it('draws each target as one row of a compact Mermaid gantt, failed events critical', () => {
    expect(timeline(FLEET.slice(0, 3))).toBe(
      [
        '```mermaid',
        '---',
        'displayMode: compact',
        '---',
        'gantt',
        '  dateFormat x',
        '  axisFormat %H:%M:%S',
        '  section i-1',
        '  Install :done, 0, 1000',
        '  ValidateService :done, 1000, 4000',
        '  section i-2',
        '  Install :done, 0, 3000',
        '  ValidateService :crit, 3000, 63000',
        '  section i-3',
        '  Install :crit, 0, 2000',
        '```'
      ].join('\n')
    )
  })

  it(`draws nothing past ${TIMELINE_MAX_TARGETS} targets, or when no event has both times`, () => {
    const many = Array.from({ length: TIMELINE_MAX_TARGETS + 1 }, () => FLEET[0])
    expect(timeline(many)).toBe('')
    expect(timeline([target('i-5', 'Pending', [{ name: 'Install', status: 'Pending' }])])).toBe('')
    expect(timeline([])).toBe('')
  })
})
