import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { crc32 } from 'node:zlib'
import { createPool } from '../../src/bundle/compress.js'
import { createBundle } from '../../src/bundle/index.js'
import type { BlockTask } from '../../src/bundle/workers.js'
import { MINIMAL_APPSPEC, tempDir, writeTree } from './helpers.js'

let dir: string
let cleanup: () => void
beforeEach(() => {
  ;({ dir, cleanup } = tempDir())
})
afterEach(() => cleanup())

function storeTask(path: string, size: number, slot: number): BlockTask {
  return { type: 'block', slot, path, start: 0, end: size, primer: 0, last: true, store: true }
}

describe('WorkerPool', () => {
  test('one worker compresses when it is the only compressor', async () => {
    writeTree(dir, { 'a.txt': 'hello' })
    const pool = createPool({ compressors: 1, jobsPerCompressor: 2 })
    try {
      const reply = await pool.run(storeTask(join(dir, 'a.txt'), 5, 0))
      expect(reply).toMatchObject({ crc: crc32('hello'), length: 5 })
      expect(pool.view(0, 0, reply.length).toString()).toBe('hello')
    } finally {
      await pool.close()
    }
  })

  test('closing the pool fails the tasks not answered yet', async () => {
    writeTree(dir, { 'a.txt': 'hello' })
    const pool = createPool({ compressors: 1, jobsPerCompressor: 3 })
    const tasks = [0, 1, 2].map(slot => pool.run(storeTask(join(dir, 'a.txt'), 5, slot)))
    const closed = pool.close()
    for (const task of tasks) await expect(task).rejects.toThrow('the compression pool was closed')
    await closed
  })

  test('a file that changed size fails its task with the file named', async () => {
    writeTree(dir, { 'a.txt': 'hello' })
    const pool = createPool({ compressors: 2 })
    try {
      const tasks = [0, 1].map(slot => pool.run(storeTask(join(dir, 'a.txt'), 4, slot)))
      for (const task of tasks) {
        await expect(task).rejects.toMatchObject({ changed: true, path: join(dir, 'a.txt') })
      }
    } finally {
      await pool.close()
    }
  })
})

describe('the process that bundles', () => {
  // V8 flags are process-wide: one set while bundling would change the rest of the run.
  test('is left without V8 flags: a new context has no gc()', async () => {
    writeTree(dir, { 'appspec.yml': MINIMAL_APPSPEC, 'a.txt': 'hello '.repeat(1000) })
    await createBundle({ root: dir, exclude: [], outDir: join(dir, 'out') })
    expect(runInNewContext('typeof gc')).toBe('undefined')
  })
})
