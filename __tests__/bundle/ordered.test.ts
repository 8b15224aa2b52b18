import { describe, expect, test } from '@jest/globals'
import { ordered } from '../../src/bundle/ordered.js'

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

async function collect<T>(source: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = []
  for await (const item of source) out.push(item)
  return out
}

describe('ordered', () => {
  test('yields results in job order even when later jobs finish first', async () => {
    const delays = [30, 1, 20, 1, 10, 1]
    const results = await collect(ordered(delays, async (ms, i) => (await sleep(ms), i), 4))
    expect(results).toEqual([0, 1, 2, 3, 4, 5])
  })

  test('never has more than `concurrency` jobs started and unconsumed', async () => {
    let running = 0
    let peak = 0
    const run = async () => {
      running++
      peak = Math.max(peak, running)
      await sleep(1)
    }
    let consumed = 0
    for await (const result of ordered(Array(20).fill(0), run, 3)) {
      expect(result).toBeUndefined()
      expect(running).toBeLessThanOrEqual(3)
      running--
      consumed++
    }
    expect(consumed).toBe(20)
    expect(peak).toBe(3)
  })

  test('raises a failure at its turn, after the results before it', async () => {
    const seen: number[] = []
    const run = async (n: number) => {
      if (n === 2) throw new Error('job 2 failed')
      await sleep(5)
      return n
    }
    await expect(
      (async () => {
        for await (const n of ordered([0, 1, 2, 3], run, 4)) seen.push(n)
      })()
    ).rejects.toThrow('job 2 failed')
    expect(seen).toEqual([0, 1])
  })

  test('gives each job index; index modulo concurrency is a free slot', async () => {
    const inUse = new Set<number>()
    const run = async (_: unknown, index: number) => {
      const slot = index % 2
      expect(inUse.has(slot)).toBe(false)
      inUse.add(slot)
      await sleep(1)
      return slot
    }
    for await (const slot of ordered(Array(6).fill(0), run, 2)) inUse.delete(slot)
    expect(inUse.size).toBe(0)
  })
})
