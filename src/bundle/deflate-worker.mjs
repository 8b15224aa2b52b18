// A compression worker for workers.ts (plain JavaScript with Node built-ins only, so bundlers copy
// it as is).
//
// Reads and deflates synchronously: zlib's asynchronous calls cost more CPU per small file
// (docs/performance.md), and CPU is what limits bundling on a small runner. Input goes through one reused buffer and output
// into the task's slot of the shared buffer. Protocol: workers.ts.
import { closeSync, openSync, readSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'
import { constants, crc32, deflateRawSync } from 'node:zlib'

/** Returns a function that runs one task and returns its reply (never throws). */
function createPacker({ ring, slotBytes, scratchBytes, level }) {
  const scratch = Buffer.allocUnsafeSlow(scratchBytes)

  return task => {
    let reply
    try {
      const slot = Buffer.from(ring, task.slot * slotBytes, slotBytes)
      const pack = { files: packFiles, block: packBlock, stream: packStream }[task.type]
      reply = pack(task, slot)
    } catch (error) {
      reply = { error: describe(error) }
    }
    reply.id = task.id
    return reply
  }

  // Results go back as typed arrays, which cross threads as plain copies, not object by object.
  function packFiles({ files }, slot) {
    const crcs = new Uint32Array(files.length)
    const lengths = new Uint32Array(files.length)
    const stored = new Uint8Array(files.length)
    let at = 0
    files.forEach(({ path, size, store }, i) => {
      const raw = readRange(path, 0, size, true, 0)
      let data = raw
      if (!store) {
        const deflated = deflateRawSync(raw, { level, chunkSize: chunkFor(raw) })
        if (deflated.length < raw.length) data = deflated
      }
      crcs[i] = crc32(raw)
      lengths[i] = put(slot, at, data)
      stored[i] = data === raw ? 1 : 0
      at += data.length
    })
    return { crcs, lengths, stored }
  }

  function packBlock({ path, start, end, primer, last, store }, slot) {
    return compress(readRange(path, start - primer, end, last, 0), primer, last, store, slot)
  }

  // `buffer` holds the primer then the block. A block ends with a sync flush (byte-aligned, not
  // final) so the blocks concatenate into one valid deflate stream; the last one finishes it. The
  // primer (the bytes just before the block) lets matches reach back across the boundary, as if
  // the whole stream were compressed in one go.
  function compress(buffer, primer, last, store, slot) {
    const raw = buffer.subarray(primer)
    const crc = crc32(raw)
    if (store) return { crc, length: put(slot, 0, raw) }
    const options = {
      level,
      chunkSize: chunkFor(raw),
      finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH
    }
    if (primer) options.dictionary = buffer.subarray(0, primer)
    return { crc, length: put(slot, 0, deflateRawSync(raw, options)) }
  }

  // Gathers literal bytes and file ranges (a piece of a tar stream) into the scratch buffer.
  function packStream({ segments, primer, last, store }, slot) {
    let at = 0
    for (const segment of segments) {
      if (segment.bytes) {
        scratch.set(segment.bytes, at)
        at += segment.bytes.length
      } else {
        at += readRange(segment.path, segment.start, segment.end, segment.atEnd, at).length
      }
    }
    return compress(scratch.subarray(0, at), primer, last, store, slot)
  }

  // Reads bytes [start, end) into the scratch buffer. A file that changes while being bundled would
  // make the archive disagree with its own headers, so a short read, or (atEnd) a byte past `end`,
  // is an error.
  function readRange(path, start, end, atEnd, into) {
    const want = end - start
    const room = want + (atEnd ? 1 : 0)
    const fd = openSync(path, 'r')
    let got = 0
    try {
      for (;;) {
        const n = readSync(fd, scratch, into + got, room - got, start + got)
        got += n
        if (n === 0 || got === room) break
      }
    } finally {
      closeSync(fd)
    }
    if (got !== want) throw Object.assign(new Error('changed'), { changed: true, path })
    return scratch.subarray(into, into + want)
  }

  // An output buffer that holds the whole result: one allocation per call instead of a chain of
  // 16 KiB pieces joined at the end, so less garbage waits for the collector.
  function chunkFor(raw) {
    return Math.max(16 * 1024, raw.length + 1024)
  }

  function put(slot, at, data) {
    if (at + data.length > slot.length) throw new Error('internal: output larger than its slot')
    data.copy(slot, at)
    return data.length
  }
}

function describe(error) {
  return {
    changed: error.changed === true,
    path: error.path,
    code: error.code,
    message: String(error.message)
  }
}

const pack = createPacker(workerData)
parentPort.on('message', task => parentPort.postMessage(pack(task)))
