import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/common/errors.js'
import { parseAutoRollback } from '../../src/inputs/overrides.js'

describe('auto-rollback', () => {
  it("is absent when empty: the group's own setting", () => {
    expect(parseAutoRollback('')).toBeUndefined()
    expect(parseAutoRollback(' , ')).toBeUndefined()
  })

  it('turns rollback off with disabled, in any case', () => {
    expect(parseAutoRollback('Disabled')).toEqual({ enabled: false })
  })

  it('takes events in any case and order, each once, in a fixed order', () => {
    expect(
      parseAutoRollback('deployment_stop_on_request, DEPLOYMENT_FAILURE,DEPLOYMENT_FAILURE')
    ).toEqual({ enabled: true, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_REQUEST'] })
  })

  it.each(['DEPLOYMENT_FAILED', 'disabled, DEPLOYMENT_FAILURE', 'true'])(
    'refuses %s with one line saying what it takes',
    value => {
      expect(() => parseAutoRollback(value)).toThrow(
        new InputError(
          `Input 'auto-rollback' is '${value}': expected empty (the group's own setting), 'disabled', or a comma-separated list of DEPLOYMENT_FAILURE, DEPLOYMENT_STOP_ON_ALARM, DEPLOYMENT_STOP_ON_REQUEST.`
        )
      )
    }
  )
})
