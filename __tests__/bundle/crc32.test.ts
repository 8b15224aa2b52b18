import { describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { crc32 } from 'node:zlib'
import { crc32Combine } from '../../src/bundle/crc32.js'

describe('crc32Combine', () => {
  test('equals the CRC of the concatenation, for any split', () => {
    const data = randomBytes(5000)
    for (const split of [0, 1, 7, 2500, 4999, 5000]) {
      const a = data.subarray(0, split)
      const b = data.subarray(split)
      expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(data))
    }
  })

  test('chains over many blocks, as for a large file', () => {
    const blocks = Array.from({ length: 20 }, (_, i) => randomBytes(1000 + i * 37))
    const combined = blocks.reduce((crc, block) => crc32Combine(crc, crc32(block), block.length), 0)
    expect(combined).toBe(crc32(Buffer.concat(blocks)))
  })

  test('handles lengths past 2^32 bits (512 MiB) without overflow', () => {
    const mib = Buffer.alloc(2 ** 20, 7)
    let direct = 0
    for (let i = 0; i < 600; i++) direct = crc32(mib, direct)
    // 512 MiB by doubling, then 88 MiB more in one step.
    let half = crc32(mib)
    for (let size = 2 ** 20; size < 512 * 2 ** 20; size *= 2) half = crc32Combine(half, half, size)
    let rest = 0
    for (let i = 0; i < 88; i++) rest = crc32(mib, rest)
    expect(crc32Combine(half, rest, 88 * 2 ** 20)).toBe(direct)
  })
})
