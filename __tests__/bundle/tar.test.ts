import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { BLOCK_SIZE } from '../../src/bundle/compress.js'
import { FileTree, type BundleFile } from '../../src/bundle/files.js'
import { streamBlocks, type Part } from '../../src/bundle/stream-blocks.js'
import { writeTar } from '../../src/bundle/tar.js'
import { tarHeader } from '../../src/bundle/tar-records.js'
import { createBundle } from '../../src/bundle/index.js'
import { tempDir, writeTree } from './helpers.js'

let dir: string
let cleanup: () => void
beforeEach(() => {
  ;({ dir, cleanup } = tempDir())
})
afterEach(() => cleanup())

const MTIME = 1700000000
const longDir = `${'d'.repeat(120)}/${'e'.repeat(30)}`

/** Members as Python's tarfile reads them: name, mode, size, mtime, uid, gid, type. */
function pythonTarInfo(path: string): [string, string, number, number, number, number, string][] {
  const script = [
    'import json, sys, tarfile',
    'with tarfile.open(sys.argv[1]) as t:',
    '  print(json.dumps([[m.name, oct(m.mode), m.size, m.mtime, m.uid, m.gid, m.type.decode()] for m in t]))'
  ].join('\n')
  return JSON.parse(execFileSync('python3', ['-c', script, path]).toString())
}

function sampleTree(): { root: string; files: Record<string, string | Buffer> } {
  const root = join(dir, 'tree')
  const files = {
    'appspec.yml': 'version: 0.0\nos: linux\n',
    'scripts/start.sh:755': '#!/bin/sh\n',
    'empty.txt': '',
    'large.log': Buffer.from('line of a log file\n'.repeat(Math.ceil((2.5 * BLOCK_SIZE) / 19))),
    'random.bin': randomBytes(BLOCK_SIZE + 1000),
    [`${longDir}/long-but-splittable.txt`]: 'a',
    [`${'x'.repeat(200)}/${'y'.repeat(120)}.txt`]: 'b',
    'ünïcødé.txt': 'c'
  }
  writeTree(root, files)
  return { root, files }
}

describe('writeTar', () => {
  test('tar and tgz hold the same stream, read by GNU tar and Python with modes kept', async () => {
    const { root } = sampleTree()
    const files = [...new FileTree(root, []).files()]
    const tar = await writeTar(files, join(dir, 'a.tar'), { mtime: MTIME, gzip: false })
    const tgz = await writeTar(files, join(dir, 'a.tgz'), { mtime: MTIME, gzip: true })
    expect(gunzipSync(readFileSync(tgz.path)).equals(readFileSync(tar.path))).toBe(true)
    execFileSync('gzip', ['-t', tgz.path])

    const members = pythonTarInfo(tgz.path)
    expect(members.map(m => m[0])).toEqual(files.map(f => f.name))
    for (const [name, mode, size, mtime, uid, gid, type] of members) {
      const file = files.find(f => f.name === name) as BundleFile
      expect([mode, size, mtime, uid, gid, type]).toEqual([
        `0o${file.mode.toString(8)}`,
        file.size,
        MTIME,
        0,
        0,
        '0'
      ])
    }

    const out = join(dir, 'extracted')
    mkdirSync(out)
    execFileSync('tar', ['-xzf', tgz.path, '-C', out])
    for (const file of files) {
      expect(readFileSync(join(out, file.name)).equals(readFileSync(file.path))).toBe(true)
    }
    expect(execFileSync('tar', ['-tvf', tar.path]).toString()).toContain('-rwxr-xr-x 0/0')
  })

  test('gives the same bytes whatever the parallelism', async () => {
    const { root } = sampleTree()
    const files = [...new FileTree(root, []).files()]
    const serial = await writeTar(files, join(dir, '1.tgz'), {
      mtime: MTIME,
      gzip: true,
      compressors: 1,
      jobsPerCompressor: 1
    })
    const parallel = await writeTar(files, join(dir, '2.tgz'), {
      mtime: MTIME,
      gzip: true,
      compressors: 3,
      jobsPerCompressor: 8
    })
    expect(parallel.sha256).toBe(serial.sha256)
  })

  test('createBundle writes <sha256>.tgz and <sha256>.tar', async () => {
    const { root } = sampleTree()
    const tgz = await createBundle({
      root,
      exclude: [],
      outDir: join(dir, 'out'),
      bundleType: 'tgz'
    })
    const tar = await createBundle({
      root,
      exclude: [],
      outDir: join(dir, 'out'),
      bundleType: 'tar'
    })
    expect([tgz.bundleType, tgz.path.endsWith(`${tgz.sha256}.tgz`), tgz.fileCount]).toEqual([
      'tgz',
      true,
      8
    ])
    expect([tar.bundleType, tar.path.endsWith(`${tar.sha256}.tar`), tar.size % 512]).toEqual([
      'tar',
      true,
      0
    ])
  })

  test('fails when a file shrinks while being read', async () => {
    const root = join(dir, 'tree')
    writeTree(root, { 'a.txt': 'abcdef' })
    const files = [...new FileTree(root, []).files()]
    writeTree(root, { 'a.txt': 'ab' })
    await expect(writeTar(files, join(dir, 'x.tgz'), { mtime: MTIME, gzip: true })).rejects.toThrow(
      'a.txt changed while it was being bundled'
    )
  })
})

describe('tarHeader', () => {
  test('uses a pax record for sizes past 8 GiB', () => {
    const header = tarHeader('big.bin', 2 ** 33 + 1, 0o644, 0)
    expect(header.length).toBe(3 * 512)
    expect(header.subarray(512, 1024).toString('latin1')).toMatch(/^\d+ size=8589934593\n/)
    expect(header.subarray(1024 + 124, 1024 + 136).toString('latin1')).toBe('00000000000\0')
  })

  test('writes one 512-byte ustar header for ordinary names', () => {
    const header = tarHeader('a/b.txt', 10, 0o755, 7)
    expect(header.length).toBe(512)
    expect(header.subarray(257, 265).toString('latin1')).toBe('ustar\u000000')
  })
})

describe('streamBlocks', () => {
  const file = (size: number): BundleFile => ({
    name: `f${size}`,
    path: `/p/f${size}`,
    size,
    mode: 0o644
  })
  const parts = (...items: (number | string)[]): Part[] =>
    items.map(i => (typeof i === 'number' ? { file: file(i) } : { bytes: Buffer.from(i) }))

  test('cuts into full blocks, primes each with the bytes before it, marks the last', () => {
    const blocks = [...streamBlocks(parts('hh', 10, 'pp'), 4, 3)]
    expect(blocks.map(b => [b.length, b.primer, b.last])).toEqual([
      [4, 0, false],
      [4, 3, false],
      [4, 3, false],
      [2, 3, true]
    ])
    expect(blocks[1].segments).toEqual([
      { bytes: new Uint8Array(Buffer.from('h')) },
      { path: '/p/f10', name: 'f10', start: 0, end: 6, atEnd: false }
    ])
    expect(blocks[3].segments.at(-1)).toEqual({ bytes: new Uint8Array(Buffer.from('pp')) })
  })

  test('ends with a full last block when the stream is a multiple of the block size', () => {
    const blocks = [...streamBlocks(parts(8), 4, 0)]
    expect(blocks.map(b => [b.length, b.last])).toEqual([
      [4, false],
      [4, true]
    ])
    expect(blocks[1].segments).toEqual([
      { path: '/p/f8', name: 'f8', start: 4, end: 8, atEnd: true }
    ])
  })
})
