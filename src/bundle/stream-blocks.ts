import type { BundleFile } from './files.js'

/** A piece of a byte stream: literal bytes (headers, padding) or a whole file's content. */
export type Part = { bytes: Buffer } | { file: BundleFile }

/** Where a block's bytes come from: literal bytes, or a range of a file. */
export type Segment =
  { bytes: Uint8Array } | { path: string; name: string; start: number; end: number; atEnd: boolean }

export interface StreamBlock {
  /** Covers the primer and then the block itself, in order. */
  segments: Segment[]
  /** Bytes of stream before the block, given to the compressor as its window. */
  primer: number
  /** Length of the block itself. */
  length: number
  last: boolean
}

/**
 * Cuts the stream made of `parts` into blocks of `blockSize` bytes (the last may be shorter),
 * each described by where its bytes are rather than the bytes themselves, so that workers read
 * files in parallel and only the parts near the current block are held. Each block also covers
 * up to `window` bytes before it, to prime the compressor.
 */
export function* streamBlocks(
  parts: Iterable<Part>,
  blockSize: number,
  window: number
): Generator<StreamBlock> {
  const source = parts[Symbol.iterator]()
  const live: { part: Part; start: number; length: number }[] = []
  let end = 0
  let exhausted = false
  for (let blockStart = 0; ;) {
    // One byte beyond the block tells whether it is the last.
    while (!exhausted && end <= blockStart + blockSize) {
      const next = source.next()
      if (next.done) exhausted = true
      else {
        const length = 'bytes' in next.value ? next.value.bytes.length : next.value.file.size
        live.push({ part: next.value, start: end, length })
        end += length
      }
    }
    const blockEnd = Math.min(blockStart + blockSize, end)
    if (blockEnd === blockStart) return
    const primer = Math.min(window, blockStart)
    const last = exhausted && blockEnd === end
    yield {
      segments: segmentsIn(live, blockStart - primer, blockEnd),
      primer,
      length: blockEnd - blockStart,
      last
    }
    if (last) return
    blockStart = blockEnd
    while (live.length && live[0].start + live[0].length <= blockStart - window) live.shift()
  }
}

function segmentsIn(
  live: { part: Part; start: number; length: number }[],
  from: number,
  to: number
): Segment[] {
  const ranges: { part: Part; a: number; b: number }[] = []
  let literal = 0
  for (const { part, start, length } of live) {
    if (start >= to || start + length <= from || length === 0) continue
    const a = Math.max(from, start) - start
    const b = Math.min(to, start + length) - start
    ranges.push({ part, a, b })
    if ('bytes' in part) literal += b - a
  }
  // The block's literal bytes (headers, padding) are copied into one buffer that travels to the
  // worker with it: a copy, so no shared pool travels, and one, not one per header.
  const bytes = new Uint8Array(literal)
  let at = 0
  return ranges.map(({ part, a, b }): Segment => {
    if ('file' in part) {
      const { path, name, size } = part.file
      return { path, name, start: a, end: b, atEnd: b === size }
    }
    const view = bytes.subarray(at, at + b - a)
    view.set(part.bytes.subarray(a, b))
    at += b - a
    return { bytes: view }
  })
}
