import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/common/errors.js'
import { readGate, readWaitUntil } from '../../src/inputs/gate.js'
import { clearEnv, saveEnv, setInputs } from '../support/actions.js'

let restoreEnv: () => void

beforeEach(() => {
  restoreEnv = saveEnv()
  clearEnv('INPUT_')
})

afterEach(() => restoreEnv())

describe('wait-until', () => {
  it('is completed by default, and takes ready in any case', () => {
    expect(readWaitUntil()).toBe('completed')
    setInputs({ 'wait-until': 'READY' })
    expect(readWaitUntil()).toBe('ready')
  })
})

describe('continue-deployment and stop-deployment', () => {
  it('is no gate when neither is set', () => {
    expect(readGate()).toBeUndefined()
  })

  it('reads the deployment to continue or to stop', () => {
    setInputs({ 'continue-deployment': 'd-A1B2C3D4E' })
    expect(readGate()).toEqual({ action: 'continue', deploymentId: 'd-A1B2C3D4E' })
    clearEnv('INPUT_')
    setInputs({ 'stop-deployment': 'd-A1B2C3D4E' })
    expect(readGate()).toEqual({ action: 'stop', deploymentId: 'd-A1B2C3D4E' })
  })

  it.each([
    [
      { 'continue-deployment': 'd-A1B2C3D4E', 'stop-deployment': 'd-A1B2C3D4E' },
      "Inputs 'continue-deployment' and 'stop-deployment' are both set: a step either continues the deployment waiting at Ready or stops it; set one."
    ],
    [
      { 'continue-deployment': 'd-a1b2c3d4e' },
      "Input 'continue-deployment' is 'd-a1b2c3d4e': expected a deployment ID such as d-A1B2C3D4E (the deployment-id output of the step that stopped at Ready)."
    ],
    [
      { 'stop-deployment': 'd-A1B2C3D4E', 'upload-only': 'true' },
      "Input 'stop-deployment' decides about a deployment that exists; it cannot be combined with 'upload-only', which makes a new one: remove one of them."
    ],
    [
      { 'continue-deployment': 'd-A1B2C3D4E', 'revision-location': 's3://b/k.zip' },
      "Input 'continue-deployment' decides about a deployment that exists; it cannot be combined with 'revision-location', which makes a new one: remove one of them."
    ]
  ])('refuses %j with one line', (inputs, message) => {
    setInputs(inputs)
    expect(() => readGate()).toThrow(new InputError(message))
  })
})
