/** Scenario 5: a re-run of the same tree uploads nothing. */
import { describe, expect, it } from '@jest/globals'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { callsTo, errorsOf, UPLOAD_ACTIONS } from './harness/checks.js'
import { crossAccountInputs, REVISION_DIR } from './harness/inputs.js'
import { setupSuite } from './harness/suite.js'

const suite = setupSuite()

describe('re-running a deployment', () => {
  it('5. the same tree gives the same revision, and the upload is skipped', async () => {
    const { landscape, emulator } = suite
    const inputs = crossAccountInputs(landscape)
    const first = await suite.run({ with: inputs })
    expect(errorsOf(first)).toEqual([])
    expect(first.exitCode).toBe(0)
    expect(callsTo(await emulator.calls(), 's3', UPLOAD_ACTIONS).length).toBeGreaterThan(0)

    // A re-run gets a fresh checkout: same content, new paths and modification times.
    const rerun = await mkdtemp(join(tmpdir(), 'e2e-rerun-'))
    try {
      await cp(join(suite.workspace, REVISION_DIR), join(rerun, REVISION_DIR), { recursive: true })
      await emulator.clearCalls()
      const second = await suite.run({ with: inputs, workspace: rerun })

      expect(errorsOf(second)).toEqual([])
      expect(second.exitCode).toBe(0)
      expect(second.outputs['revision-sha256']).toBe(first.outputs['revision-sha256'])
      expect(second.outputs['revision-location']).toBe(first.outputs['revision-location'])
      expect(second.outputs['revision-etag']).toBe(first.outputs['revision-etag'])
      expect(second.stdout).toMatch(/upload skipped|skipp(ed|ing) (the )?upload/i)
      expect(callsTo(await emulator.calls(), 's3', UPLOAD_ACTIONS)).toEqual([])
      // Still a new deployment of that revision.
      expect(second.outputs['deployment-id']).not.toBe(first.outputs['deployment-id'])
      expect(second.outputs['deployment-status']).toBe('Succeeded')
    } finally {
      await rm(rerun, { recursive: true, force: true })
    }
  })
})
