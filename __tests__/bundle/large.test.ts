import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { closeSync, ftruncateSync, openSync } from 'node:fs'
import { join } from 'node:path'
import { createBundle } from '../../src/bundle/index.js'
import { pythonZipInfo, tempDir, unzipTest, writeTree } from './helpers.js'

/**
 * Real archives past 4 GiB: two sparse files of 4 GiB + 100 MiB (one deflated, one stored, so later entries
 * start past 4 GiB) and a small file after them. Writes about 4.5 GB and reads it back several
 * times, so it only runs when asked: BUNDLE_LARGE_TESTS=1 npm test -- __tests__/bundle/large
 */
const enabled = process.env.BUNDLE_LARGE_TESTS === '1'
const suite = enabled ? describe : describe.skip
const SIZE = 2 ** 32 + 100 * 2 ** 20

let dir: string
let cleanup: () => void
let root: string
beforeAll(() => {
  ;({ dir, cleanup } = tempDir())
  root = join(dir, 'tree')
  writeTree(root, { 'appspec.yml': 'version: 0.0\nos: linux\n', 'c-after.txt': 'after' })
  for (const name of ['a-zeros.bin', 'b-video.mp4']) {
    const fd = openSync(join(root, name), 'w')
    ftruncateSync(fd, SIZE)
    closeSync(fd)
  }
})
afterAll(() => cleanup())

suite('bundles past 4 GiB', () => {
  test(
    'zip: unzip and Python accept it, with every CRC and size checked',
    async () => {
      const bundle = await createBundle({ root, exclude: [], outDir: join(dir, 'zip') })
      expect(bundle.size).toBeGreaterThan(SIZE)
      expect(unzipTest(bundle.path)).toContain('No errors detected')
      const info = pythonZipInfo(bundle.path)
      expect(info.map(i => [i.name, i.size])).toEqual([
        ['a-zeros.bin', SIZE],
        ['appspec.yml', 23],
        ['b-video.mp4', SIZE],
        ['c-after.txt', 5]
      ])
      expect(execFileSync('unzip', ['-p', bundle.path, 'c-after.txt']).toString()).toBe('after')
    },
    20 * 60_000
  )

  test(
    'tgz: gzip and Python read it back',
    async () => {
      const bundle = await createBundle({
        root,
        exclude: [],
        outDir: join(dir, 'tgz'),
        bundleType: 'tgz'
      })
      execFileSync('gzip', ['-t', bundle.path])
      const script =
        'import sys, tarfile\nwith tarfile.open(sys.argv[1]) as t:\n  print([(m.name, m.size) for m in t])'
      expect(execFileSync('python3', ['-c', script, bundle.path]).toString().trim()).toBe(
        `[('a-zeros.bin', ${SIZE}), ('appspec.yml', 23), ('b-video.mp4', ${SIZE}), ('c-after.txt', 5)]`
      )
    },
    20 * 60_000
  )
})
