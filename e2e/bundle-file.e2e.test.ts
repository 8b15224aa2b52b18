/**
 * bundle-file: a pre-built archive is deployed exactly as it is: its AppSpec checked inside it,
 * uploaded under its own SHA-256, never removed; a hostile or broken one is refused in one line
 * before anything reaches AWS.
 */
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { makeZip, treeEntries, type ArchiveEntry } from './harness/archive.js'
import { callsTo, errorsOf, UPLOAD_ACTIONS } from './harness/checks.js'
import { crossAccountInputs, REVISION_DIR } from './harness/inputs.js'
import { setupSuite } from './harness/suite.js'

const suite = setupSuite()

async function archive(name: string, entries: ArchiveEntry[]): Promise<string> {
  await mkdir(join(suite.workspace, 'build'), { recursive: true })
  const file = join(suite.workspace, 'build', name)
  await writeFile(file, makeZip(entries))
  return file
}

function inputs(file: string): Record<string, string> {
  const all = crossAccountInputs(suite.landscape, {
    'bundle-file': relative(suite.workspace, file)
  })
  delete all['revision-path']
  return all
}

describe('bundle-file', () => {
  it('uploads and deploys the archive as it is, under its SHA-256, and leaves it in place', async () => {
    const { emulator, landscape } = suite
    const file = await archive('app.zip', await treeEntries(join(suite.workspace, REVISION_DIR)))
    const sha256 = createHash('sha256')
      .update(await readFile(file))
      .digest('hex')
    const run = await suite.run({ with: inputs(file) })
    expect(errorsOf(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain(`Read bundle-file ${file}:`)
    expect(run.outputs['revision-sha256']).toBe(sha256)
    expect(run.outputs['revision-location']).toBe(
      `s3://${landscape.prodBucket}/releases/${landscape.application}/${sha256}.zip`
    )
    const deployed = await emulator.waitForDeployment(run.outputs['deployment-id'])
    expect(deployed.status).toBe('Succeeded')
    expect(deployed.agent?.bundle?.sha256).toBe(sha256)
    expect(existsSync(file)).toBe(true)

    // The same archive again: already in S3, not uploaded twice.
    await emulator.clearCalls()
    const again = await suite.run({ with: inputs(file) })
    expect(again.exitCode).toBe(0)
    expect(callsTo(await emulator.calls(), 's3', UPLOAD_ACTIONS)).toEqual([])
  })

  it('is checked by the dry run, which leaves it in place and uploads nothing', async () => {
    const file = await archive('app.zip', await treeEntries(join(suite.workspace, REVISION_DIR)))
    const dry = await suite.run({ with: { ...inputs(file), 'dry-run': 'true' } })
    expect(errorsOf(dry)).toEqual([])
    expect(dry.exitCode).toBe(0)
    expect(dry.stdout).toMatch(
      /passed +Bundle and AppSpec: \d+ files, \d+ bytes, SHA-256 [0-9a-f]{64}; appspec\.yml is valid/
    )
    expect(existsSync(file)).toBe(true)
    expect(callsTo(await suite.emulator.calls(), 's3', UPLOAD_ACTIONS)).toEqual([])
  })

  it('refuses an archive with an entry outside its root before any AWS call', async () => {
    const entries = await treeEntries(join(suite.workspace, REVISION_DIR))
    const file = await archive('evil.zip', [
      ...entries,
      { name: '../../etc/cron.d/x', content: 'x' }
    ])
    const run = await suite.run({ with: inputs(file) })
    expect(run.exitCode).toBe(1)
    const errors = errorsOf(run).map(e => e.message)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('../../etc/cron.d/x')
    expect((await suite.emulator.calls()).calls).toEqual([])
  })

  it('refuses an archive whose AppSpec is not at its root, naming where it is', async () => {
    const entries = await treeEntries(join(suite.workspace, REVISION_DIR))
    const file = await archive(
      'nested.zip',
      entries.map(e => ({ ...e, name: `app/${e.name}` }))
    )
    const run = await suite.run({ with: inputs(file) })
    expect(run.exitCode).toBe(1)
    expect(errorsOf(run)[0]?.message).toContain('app/appspec.yml')
    expect((await suite.emulator.calls()).calls).toEqual([])
  })
})
