import { availableParallelism } from 'node:os'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { Segment } from './stream-blocks.js'

/** Layout shared with the workers, fixed for the life of a pool. */
export interface PoolLayout {
  /** zlib compression level, 1 to 9. */
  level: number
  /** Buffer slots, one per job in flight; a job's output must fit in one. */
  slots: number
  slotBytes: number
  /** Each compressor's private read buffer: the largest input a job reads at once. */
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
 * A worker allocates a few short-lived objects per file; a small young generation gets them (and
 * the buffers zlib returned) collected every few dozen files instead of piling up: about 10 MB
 * less peak memory per worker on a tree of small files, at no measurable cost in speed.
 */
const resourceLimits = { maxYoungGenerationSizeMb: 2 }

/** One compressor per core, the main thread being one of them. */
export function defaultCompressorCount(): number {
  return Math.max(1, Math.min(availableParallelism(), 8))
}

type Task = (FilesTask | BlockTask | StreamTask) & { id: number }

/** A compressor: a worker thread, or the main thread. */
interface Member {
  pending: number
  /** Added to `pending` when choosing who gets a task. */
  handicap: number
  send(task: Task): void
}

const load = (member: Member) => member.pending + member.handicap

/**
 * Compressors that read and compress into slots of one shared buffer, so results cross threads
 * without copies or per-job allocations: memory stays flat whatever the tree's size. Each task
 * goes to the compressor with the fewest pending.
 *
 * The main thread is one of them. It only walks the tree, hashes and writes while bundling, which
 * leaves it most of a core; a worker thread would cost 10 to 20 MB of memory (its own V8 heap and
 * Node.js environment) for that share. Its tasks run one per turn of the event loop, so workers'
 * replies and file writes are handled between them.
 */
export class WorkerPool {
  private readonly members: Member[] = []
  private readonly workers: Worker[] = []
  private readonly waiting = new Map<
    number,
    { resolve: (r: unknown) => void; reject: (e: Error) => void }
  >()
  private nextId = 0
  private closing = false
  /** Tasks waiting for the main thread. */
  private readonly mainQueue: Task[] = []

  private constructor(
    private readonly ring: SharedArrayBuffer,
    readonly layout: PoolLayout
  ) {}

  /** `compressors` counts the main thread: 1 means no worker threads at all. */
  static async create(compressors: number, layout: PoolLayout): Promise<WorkerPool> {
    const ring = new SharedArrayBuffer(layout.slots * layout.slotBytes)
    const pool = new WorkerPool(ring, layout)
    const url = new URL('./deflate-worker.mjs', import.meta.url)
    const workerData = { ring, ...layout }
    // The same file the workers run, left out of the bundle and loaded as it is. The bundler turns
    // `url` into a file path, which import() needs as a file: URL.
    const href = typeof url === 'string' ? pathToFileURL(url).href : url.href
    const { createPacker } = (await import(/* webpackIgnore: true */ href)) as PackerModule
    pool.addMainThread(createPacker(workerData))
    for (let i = 1; i < compressors; i++)
      pool.addWorker(new Worker(url, { workerData, resourceLimits }))
    return pool
  }

  run(task: FilesTask): Promise<FilesReply>
  run(task: BlockTask | StreamTask): Promise<BlockReply>
  run(task: FilesTask | BlockTask | StreamTask): Promise<unknown> {
    const id = this.nextId++
    const member = this.members.reduce((a, b) => (load(b) < load(a) ? b : a))
    member.pending++
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
      member.send({ ...task, id })
    })
  }

  /** Bytes a compressor left in a slot; valid until that slot is given to another task. */
  view(slot: number, offset: number, length: number): Buffer {
    return Buffer.from(this.ring, slot * this.layout.slotBytes + offset, length)
  }

  async close(): Promise<void> {
    this.closing = true
    this.dropQueued(new Error('the compression pool was closed'))
    await Promise.all(this.workers.map(w => w.terminate()))
  }

  /** The main thread counts one task more than it has: on a tie, a worker gets the task. */
  private addMainThread(pack: (task: Task) => Reply): void {
    const queue = this.mainQueue
    // One task per turn of the event loop: immediates queued while others run wait for the next
    // turn, so the workers' replies are handled (and new tasks sent) between two of ours.
    const runOne = () => {
      const task = queue.shift()
      if (!task) return
      if (queue.length) setImmediate(runOne)
      member.pending--
      this.settle(pack(task))
    }
    const member: Member = {
      pending: 0,
      handicap: 1,
      send: task => {
        if (queue.push(task) === 1) setImmediate(runOne)
      }
    }
    this.members.push(member)
  }

  private addWorker(worker: Worker): void {
    const member: Member = { pending: 0, handicap: 0, send: task => worker.postMessage(task) }
    worker.on('message', (reply: Reply) => {
      member.pending--
      this.settle(reply)
    })
    worker.on('error', error => this.failAll(error))
    worker.on('exit', code => {
      if (!this.closing) this.failAll(new Error(`a compression worker stopped (exit ${code})`))
    })
    this.workers.push(worker)
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
    this.mainQueue.length = 0
    for (const waiter of this.waiting.values()) waiter.reject(error)
    this.waiting.clear()
  }

  /** Tasks the main thread has not started fail with `error` instead of running. */
  private dropQueued(error: Error): void {
    for (const task of this.mainQueue.splice(0)) {
      this.waiting.get(task.id)?.reject(error)
      this.waiting.delete(task.id)
    }
  }
}

interface PackerModule {
  createPacker(layout: PoolLayout & { ring: SharedArrayBuffer }): (task: Task) => Reply
}
