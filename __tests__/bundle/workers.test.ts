import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { createPool } from '../../src/bundle/compress.js'
import type { BlockTask } from '../../src/bundle/workers.js'
import { tempDir, writeTree } from './helpers.js'

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
  test('the main thread alone compresses when it is the only compressor', async () => {
    writeTree(dir, { 'a.txt': 'hello' })
    const pool = await createPool({ compressors: 1, jobsPerCompressor: 2 })
    try {
      const reply = await pool.run(storeTask(join(dir, 'a.txt'), 5, 0))
      expect(reply).toMatchObject({ crc: crc32('hello'), length: 5 })
      expect(pool.view(0, 0, reply.length).toString()).toBe('hello')
    } finally {
      await pool.close()
    }
  })

  test('closing the pool fails the tasks the main thread has not started', async () => {
    writeTree(dir, { 'a.txt': 'hello' })
    const pool = await createPool({ compressors: 1, jobsPerCompressor: 3 })
    const tasks = [0, 1, 2].map(slot => pool.run(storeTask(join(dir, 'a.txt'), 5, slot)))
    await pool.close()
    for (const task of tasks) await expect(task).rejects.toThrow('the compression pool was closed')
  })

  test('a file that changed size fails its task with the file named', async () => {
    writeTree(dir, { 'a.txt': 'hello' })
    const pool = await createPool({ compressors: 2 })
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
