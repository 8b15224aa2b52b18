/** A bundle larger than one part goes up as a multipart upload that S3 reassembles intact. */
import { describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { callsTo, errorsOf, UPLOAD_ACTIONS } from './harness/checks.js'
import { crossAccountInputs, REVISION_DIR } from './harness/inputs.js'
import { setupSuite } from './harness/suite.js'

const suite = setupSuite()
const MIB = 1024 * 1024

describe('a large bundle', () => {
  it('is uploaded in parts, and the agent deploys the reassembled archive', async () => {
    const { landscape, emulator } = suite
    // Random bytes do not compress, so the archive is at least this large: three 8 MiB parts.
    await writeFile(join(suite.workspace, REVISION_DIR, 'assets.bin'), randomBytes(20 * MIB))

    const run = await suite.run({ with: crossAccountInputs(landscape) })

    expect(errorsOf(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs['deployment-status']).toBe('Succeeded')
    const uploads = callsTo(await emulator.calls(), 's3', UPLOAD_ACTIONS)
    expect(uploads.map(c => c.action)).toEqual([
      'CreateMultipartUpload',
      'UploadPart',
      'UploadPart',
      'UploadPart',
      'CompleteMultipartUpload'
    ])
    expect(uploads.every(c => c.status === 200)).toBe(true)
  })
})
