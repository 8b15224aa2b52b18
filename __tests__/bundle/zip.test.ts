import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { deflateRawSync } from 'node:zlib'
import { join } from 'node:path'
import { BLOCK_SIZE, DEFAULT_LEVEL } from '../../src/bundle/compress.js'
import { FileTree, type BundleFile } from '../../src/bundle/files.js'
import { writeZip } from '../../src/bundle/zip.js'
import { DEFLATE, STORE } from '../../src/bundle/zip-records.js'
import { pythonRead, pythonZipInfo, tempDir, unzipTest, writeTree } from './helpers.js'

const MTIME = 1700000000

/** Deterministic text that deflate shrinks a lot but not trivially. */
function text(bytes: number, seed: number): Buffer {
  const words = ['deploy', 'bundle', 'revision', 'instance', 'hook', 'agent', 'script', 'zip']
  const parts: string[] = []
  let n = seed
  let length = 0
  while (length < bytes) {
    n = (n * 1103515245 + 12345) % 2147483648
    const word = `${words[n % words.length]}${n % 97} `
    parts.push(word)
    length += word.length
  }
  return Buffer.from(parts.join('')).subarray(0, bytes)
}

let dir: string
let cleanup: () => void
beforeEach(() => {
  ;({ dir, cleanup } = tempDir())
})
afterEach(() => cleanup())

async function zipTree(files: Record<string, string | Buffer>, maxJobs = 64) {
  const root = join(dir, 'tree')
  writeTree(root, files)
  const out = join(dir, `out-${maxJobs}-${Math.random()}.zip`)
  const serial = maxJobs === 1
  return writeZip(new FileTree(root, []).files(), out, {
    mtime: MTIME,
    compressors: serial ? 1 : 3,
    jobsPerCompressor: serial ? 1 : 8
  })
}

describe('writeZip', () => {
  test('is read back byte for byte by unzip and Python, with modes kept', async () => {
    const big = text(3 * BLOCK_SIZE + 12345, 1)
    const result = await zipTree({
      'appspec.yml': 'version: 0.0\nos: linux\n',
      'scripts/start.sh:755': '#!/bin/sh\necho start\n',
      'empty.txt': '',
      'big.log': big,
      'ünïcødé/名前.txt': 'utf-8 names'
    })
    expect(unzipTest(result.path)).toContain('No errors detected')
    const info = pythonZipInfo(result.path)
    expect(info.map(i => [i.name, i.mode.toString(8), i.size])).toEqual([
      ['appspec.yml', '100644', 23],
      ['big.log', '100644', big.length],
      ['empty.txt', '100644', 0],
      ['scripts/start.sh', '100755', 21],
      ['ünïcødé/名前.txt', '100644', 11]
    ])
    expect(pythonRead(result.path, 'big.log').equals(big)).toBe(true)
    expect(result.entries).toBe(5)
    const bytes = readFileSync(result.path)
    expect(result.size).toBe(bytes.length)
    expect(result.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
  })

  test('gives the same bytes whatever the parallelism', async () => {
    const files = {
      'a.txt': text(5000, 2),
      'b.bin': randomBytes(200_000),
      'c/large.txt': text(2 * BLOCK_SIZE + 7, 3),
      'c/large.bin': randomBytes(BLOCK_SIZE + 10),
      'd.jar': text(10_000, 4)
    }
    const serial = await zipTree(files, 1)
    const root = join(dir, 'tree')
    const parallel = await writeZip(new FileTree(root, []).files(), join(dir, 'p.zip'), {
      mtime: MTIME
    })
    const again = await writeZip(new FileTree(root, []).files(), join(dir, 'q.zip'), {
      mtime: MTIME
    })
    expect(parallel.sha256).toBe(serial.sha256)
    expect(again.sha256).toBe(serial.sha256)
    expect(readFileSync(parallel.path).equals(readFileSync(serial.path))).toBe(true)
  })

  test('changes with the timestamp only where the timestamp is stored', async () => {
    const root = join(dir, 'tree')
    writeTree(root, { 'a.txt': 'a' })
    const files = [...new FileTree(root, []).files()]
    const one = await writeZip(files, join(dir, '1.zip'), { mtime: 0 })
    const two = await writeZip(files, join(dir, '2.zip'), { mtime: 1700000000 })
    expect(one.sha256).not.toBe(two.sha256)
    expect(one.size).toBe(two.size)
  })

  test('stores already-compressed and incompressible files, deflates the rest', async () => {
    const random = randomBytes(3 * BLOCK_SIZE)
    const result = await zipTree({
      'app.jar': text(50_000, 5),
      'video.MP4': text(2 * BLOCK_SIZE, 6),
      'data.bin': random,
      'small-random.dat': randomBytes(4096),
      'notes.txt': text(50_000, 7),
      'large.txt': text(2 * BLOCK_SIZE, 8)
    })
    const methods = Object.fromEntries(pythonZipInfo(result.path).map(i => [i.name, i.method]))
    expect(methods).toEqual({
      'app.jar': STORE,
      'data.bin': STORE,
      'large.txt': DEFLATE,
      'notes.txt': DEFLATE,
      'small-random.dat': STORE,
      'video.MP4': STORE
    })
    expect(pythonRead(result.path, 'data.bin').equals(random)).toBe(true)
    expect(unzipTest(result.path)).toContain('No errors detected')
  })

  test('compresses large files about as well as one deflate stream', async () => {
    const content = text(4 * BLOCK_SIZE, 9)
    const result = await zipTree({ 'large.txt': content })
    const [entry] = pythonZipInfo(result.path)
    const single = deflateRawSync(content, { level: DEFAULT_LEVEL }).length
    // Each block boundary costs a few bytes (a flush marker, fresh Huffman tables).
    expect(entry.compressedSize).toBeLessThan(single * 1.03)
  })

  test('writes ZIP64 records past 65,535 entries, its central directory spilled to disk', async () => {
    const root = join(dir, 'tree')
    writeTree(root, { 'one.txt': 'x' })
    const [one] = [...new FileTree(root, []).files()]
    const files: BundleFile[] = Array.from({ length: 70_000 }, (_, i) => ({
      ...one,
      name: `f/${String(i).padStart(5, '0')}.txt`
    }))
    const result = await writeZip(files, join(dir, 'many.zip'), { mtime: MTIME })
    expect(result.entries).toBe(70_000)
    const info = pythonZipInfo(result.path)
    expect(info).toHaveLength(70_000)
    expect(info[69_999].name).toBe('f/69999.txt')
    expect(unzipTest(result.path)).toContain('No errors detected')
    // About 4 MB of directory went through the spool file, which is gone.
    expect(readdirSync(dir).sort()).toEqual(['many.zip', 'tree'])
  }, 120_000)

  test('fails, and leaves no partial file, when a file changes size while being read', async () => {
    const root = join(dir, 'tree')
    writeTree(root, { 'a.txt': 'short' })
    const files = [...new FileTree(root, []).files()]
    writeFileSync(join(root, 'a.txt'), 'longer now')
    const out = join(dir, 'changed.zip')
    await expect(writeZip(files, out, { mtime: MTIME })).rejects.toThrow(
      'a.txt changed while it was being bundled'
    )
    expect(() => readFileSync(out)).toThrow('ENOENT')
  })
})
