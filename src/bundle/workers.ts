import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Segment } from './stream-blocks.js'

/** Layout shared with the workers, fixed for the life of a pool. */
export interface PoolLayout {
  /** zlib compression level, 1 to 9. */
  level: number
  /** Buffer slots, one per job in flight; a job's output must fit in one. */
  slots: number
  slotBytes: number
  /** Each worker's private read buffer: the largest input a job reads at once. */
  scratchBytes: number
}

/** Compress several small files; each gets its own deflate stream, written one after another. */
export interface FilesTask {
  type: 'files'
  slot: number
  files: { path: string; size: number; store: boolean }[]
}

/** Compress bytes [start, end) of a large file as one piece of a longer deflate stream. */
export interface BlockTask {
  type: 'block'
  slot: number
  path: string
  start: number
  end: number
  /** Bytes before `start` that prime the compressor (deflate's window). */
  primer: number
  /** The block ends the file: finish the stream, and fail if the file has grown. */
  last: boolean
  store: boolean
}

/** Gather a block of a byte stream from literal bytes and file ranges, then compress it. */
export interface StreamTask {
  type: 'stream'
  slot: number
  segments: Segment[]
  /** Leading bytes of the segments that only prime the compressor. */
  primer: number
  last: boolean
  /** Copy the block as it is (plain tar). */
  store: boolean
}

/** Per file, in order: its CRC-32, the length of its data in the slot, 1 if stored. */
export interface FilesReply {
  crcs: Uint32Array
  lengths: Uint32Array
  stored: Uint8Array
}

export interface BlockReply {
  /** CRC-32 of the block's uncompressed bytes (not the primer). */
  crc: number
  length: number
}

/**
 * A compressor failed: usually a file it could not read (`changed`: its size differs from when the
 * walk saw it); `path` is missing for other failures.
 */
export class WorkerReadError extends Error {
  constructor(
    readonly path: string | undefined,
    readonly changed: boolean,
    readonly code: string | undefined,
    message: string
  ) {
    super(message)
  }
}

interface Reply {
  id: number
  error?: { changed: boolean; path?: string; code?: string; message: string }
}

/**
 * Per-file garbage in a compressor (zlib's handle and output buffer) outlives V8's minor
 * collections and waits for a full one, which V8 schedules by the size of the old generation: a
 * small one keeps that garbage, and the worker's memory, flat whatever the tree's size. What a
 * worker keeps alive (Node.js itself, one task's file names) fits several times over.
 */
const resourceLimits = { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 16 }

/**
 * One worker per core but one (eight threads at most): the main thread walks the tree, hashes and
 * writes the archive. It never compresses: that garbage in the action's own heap would grow it
 * for the rest of the run, with no limits to keep it small.
 */
export function defaultCompressorCount(): number {
  return Math.max(1, Math.min(availableParallelism() - 1, 7))
}

type Task = (FilesTask | BlockTask | StreamTask) & { id: number }

/** A worker and the number of its tasks not yet answered. */
interface Member {
  worker: Worker
  pending: number
}

/**
 * Worker threads that read and compress into slots of one shared buffer, so results cross threads
 * without copies or per-job allocations: memory stays flat whatever the tree's size. Each task
 * goes to the worker with the fewest pending.
 */
export class WorkerPool {
  private readonly members: Member[] = []
  private readonly waiting = new Map<
    number,
    { resolve: (r: unknown) => void; reject: (e: Error) => void }
  >()
  private nextId = 0
  private closing = false

  private constructor(
    private readonly ring: SharedArrayBuffer,
    readonly layout: PoolLayout
  ) {}

  static create(workers: number, layout: PoolLayout): WorkerPool {
    const ring = new SharedArrayBuffer(layout.slots * layout.slotBytes)
    const pool = new WorkerPool(ring, layout)
    // The bundler copies the worker's file as it is, next to the built action.
    const url = new URL('./deflate-worker.mjs', import.meta.url)
    const workerData = { ring, ...layout }
    for (let i = 0; i < workers; i++) {
      pool.add(new Worker(url, { workerData, resourceLimits }))
    }
    return pool
  }

  run(task: FilesTask): Promise<FilesReply>
  run(task: BlockTask | StreamTask): Promise<BlockReply>
  run(task: FilesTask | BlockTask | StreamTask): Promise<unknown> {
    const id = this.nextId++
    const member = this.members.reduce((a, b) => (b.pending < a.pending ? b : a))
    member.pending++
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
      member.worker.postMessage({ ...task, id } satisfies Task)
    })
  }

  /** Bytes a compressor left in a slot; valid until that slot is given to another task. */
  view(slot: number, offset: number, length: number): Buffer {
    return Buffer.from(this.ring, slot * this.layout.slotBytes + offset, length)
  }

  /** Stops the workers; tasks not answered yet fail. */
  async close(): Promise<void> {
    this.closing = true
    this.failAll(new Error('the compression pool was closed'))
    await Promise.all(this.members.map(m => m.worker.terminate()))
  }

  private add(worker: Worker): void {
    const member: Member = { worker, pending: 0 }
    worker.on('message', (reply: Reply) => {
      member.pending--
      this.settle(reply)
    })
    worker.on('error', error => this.failAll(error))
    worker.on('exit', code => {
      if (!this.closing) this.failAll(new Error(`a compression worker stopped (exit ${code})`))
    })
    this.members.push(member)
  }

  private settle(reply: Reply): void {
    const waiter = this.waiting.get(reply.id)
    this.waiting.delete(reply.id)
    if (!reply.error) return waiter?.resolve(reply)
    const { path, changed, code, message } = reply.error
    waiter?.reject(new WorkerReadError(path, changed, code, message))
  }

  private failAll(error: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(error)
    this.waiting.clear()
  }
}
