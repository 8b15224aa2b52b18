import { describe, expect, it } from '@jest/globals'
import { REQUIREMENTS } from '../../src/advice/permissions.js'
import {
  countChecks,
  describeRequirement,
  formatCheck,
  formatChecklist,
  summaryRows,
  type Check
} from '../../src/preflight/checklist.js'

const PROD = '222222222222'

describe('formatting', () => {
  const checks: Check[] = [
    { title: 'One', status: 'passed', evidence: 'fine' },
    { title: 'Two', status: 'failed', evidence: 'broken <b>' },
    { title: 'Three', status: 'skipped', evidence: 'not tried' }
  ]

  it('counts and formats the checklist', () => {
    expect(countChecks(checks)).toEqual({ passed: 1, failed: 1, skipped: 1, warning: 0 })
    expect(formatCheck(checks[0])).toBe('✅ passed  One: fine')
    expect(formatChecklist(checks)).toEqual([
      'Dry run: nothing is uploaded and no deployment is created.',
      '✅ passed  One: fine',
      '❌ failed  Two: broken <b>',
      '⏭️ skipped Three: not tried',
      'Dry run: 1 passed, 1 failed, 1 skipped: 1 check failed.'
    ])
    expect(formatChecklist(checks.filter(c => c.status !== 'failed')).at(-1)).toBe(
      'Dry run: 1 passed, 0 failed, 1 skipped: every check that could run passed.'
    )
  })

  it('counts warnings only when there are some, after the skipped checks', () => {
    const warned: Check[] = [...checks, { title: 'Four', status: 'warning', evidence: 'odd' }]
    expect(countChecks(warned)).toEqual({ passed: 1, failed: 1, skipped: 1, warning: 1 })
    expect(formatChecklist(warned).slice(-2)).toEqual([
      '⚠️ warning Four: odd',
      'Dry run: 1 passed, 1 failed, 1 skipped, 1 warning: 1 check failed.'
    ])
  })

  it('escapes the summary rows', () => {
    expect(summaryRows(checks)[1]).toEqual(['❌ failed', 'Two', 'broken &lt;b&gt;'])
  })

  it('describes a requirement with its resources filled in', () => {
    const req = REQUIREMENTS.find(r => r.sid === 'CreateDeployment')!
    expect(
      describeRequirement(req, {
        partition: 'aws',
        region: 'eu-west-1',
        targetAccount: PROD,
        application: 'shop',
        deploymentGroup: 'production'
      })
    ).toBe(
      `statement CreateDeployment (codedeploy:CreateDeployment, codedeploy:GetDeployment on arn:aws:codedeploy:eu-west-1:${PROD}:deploymentgroup:shop/production)`
    )
  })
})
