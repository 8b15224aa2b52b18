import { closeSync, openSync, readSync } from 'node:fs'
import { posix } from 'node:path'
import { deflateRawSync } from 'node:zlib'
import { BundleError } from '../common/errors.js'
import { shown } from '../common/untrusted.js'
import type { BundleFile } from './files.js'
import { HashedFile } from './output.js'
import type { StreamBlock } from './stream-blocks.js'
import { defaultCompressorCount, WorkerPool, WorkerReadError } from './workers.js'

/**
 * Files larger than this are split into blocks of this size, compressed in parallel and joined
 * into one deflate stream (the pigz technique). The size is part of the output format: changing
 * it changes the archive bytes, so it is a constant, not a tuning knob.
 */
export const BLOCK_SIZE = 1 << 20
/**
 * Node's zlib (Chromium's, with faster match finding) at level 4 makes archives about the size
 * of `zip -6`, faster than its own level 6: the better trade when bundling is on every
 * deployment's critical path (docs/performance.md).
 */
export const DEFAULT_LEVEL = 4
/** A large file is stored when deflate shrinks its samples by less than this. */
const STORE_RATIO = 0.9
const SAMPLE_SIZE = 64 * 1024

/** Formats that are already compressed: deflating them again costs CPU and saves nothing. */
const COMPRESSED_EXTENSIONS = new Set(
  (
    '7z apk avif br bz2 cab deb docx ear egg epub flac gif gz heic jar jpeg jpg lz lz4 lzma m4a ' +
    'm4v mkv mov mp3 mp4 nupkg odp ods odt ogg opus png pptx rar rpm snap tbz2 tgz txz war webm ' +
    'webp whl woff woff2 xlsx xz zip zst'
  ).split(' ')
)

/** Deflate may refer back this far, so each block is primed with the end of the one before. */
export const WINDOW = 32 * 1024
/**
 * Room for one job's output: a block (deflate can grow incompressible data by a few bytes per
 * 16 KiB), or a batch of small files (each at most its own size, since it is stored otherwise).
 */
const SLOT_BYTES = BLOCK_SIZE + 64 * 1024
/** Small files travel to the workers in batches: one message per file would cost more than it saves. */
const BATCH_FILES = 64

/** One unit of parallel work: a batch of small files, or one block of a large file. */
export type Job =
  | { kind: 'files'; files: BundleFile[]; store: boolean[]; bytes: number }
  | { kind: 'block'; file: BundleFile; store: boolean; start: number; end: number }

/** A job's result; `data` views a pool slot and is valid until the next job is started. */
export type Done =
  | { kind: 'files'; files: BundleFile[]; packed: { crc: number; stored: boolean; data: Buffer }[] }
  | {
      kind: 'block'
      file: BundleFile
      stored: boolean
      start: number
      end: number
      crc: number
      data: Buffer
    }

export interface PoolOptions {
  /**
   * Worker threads that compress; default one per core but one. The archive's bytes do not
   * depend on it.
   */
  compressors?: number
  /**
   * Jobs in flight per compressor: one being compressed while the main thread writes another.
   * The archive's bytes do not depend on it either.
   */
  jobsPerCompressor?: number
  /** zlib level, 1 (fastest) to 9 (smallest); default DEFAULT_LEVEL. */
  level?: number
}

/** Compressors, with one slot per job in flight (`jobsPerCompressor` keeps each busy). */
export function createPool({
  compressors = defaultCompressorCount(),
  jobsPerCompressor = 2,
  level = DEFAULT_LEVEL
}: PoolOptions): WorkerPool {
  const layout = {
    level,
    slots: compressors * jobsPerCompressor,
    slotBytes: SLOT_BYTES,
    scratchBytes: BLOCK_SIZE + WINDOW + 1
  }
  return WorkerPool.create(compressors, layout)
}

/** The pool and the archive file it fills; the pool is closed if the file cannot be created. */
export async function openArchive(
  path: string,
  options: PoolOptions & { replace?: boolean }
): Promise<{ pool: WorkerPool; out: HashedFile }> {
  const pool = createPool(options)
  try {
    return { pool, out: await HashedFile.create(path, options.replace) }
  } catch (error) {
    await pool.close()
    throw error
  }
}

/**
 * Expands the files, in order, into jobs. Whether a file is stored rather than deflated depends
 * only on its name and content (never on timing), so the archive is deterministic.
 */
export function* planJobs(files: Iterable<BundleFile>): Generator<Job> {
  let batch = newBatch()
  for (const file of files) {
    if (file.size <= BLOCK_SIZE) {
      if (batch.files.length === BATCH_FILES || batch.bytes + file.size > SLOT_BYTES) {
        yield batch
        batch = newBatch()
      }
      batch.files.push(file)
      batch.store.push(isCompressedFormat(file.name))
      batch.bytes += file.size
      continue
    }
    if (batch.files.length) yield batch
    batch = newBatch()
    const store = isCompressedFormat(file.name) || !looksCompressible(file)
    for (let start = 0; start < file.size; start += BLOCK_SIZE) {
      yield { kind: 'block', file, store, start, end: Math.min(start + BLOCK_SIZE, file.size) }
    }
  }
  if (batch.files.length) yield batch
}

/** Runs a job in `slot` of the pool; a file that cannot be read fails with its name in the bundle. */
export async function runJob(pool: WorkerPool, job: Job, slot: number): Promise<Done> {
  try {
    if (job.kind === 'files') {
      const files = job.files.map((f, i) => ({ path: f.path, size: f.size, store: job.store[i] }))
      const { crcs, lengths, stored } = await pool.run({ type: 'files', slot, files })
      let at = 0
      const packed = job.files.map((_, i) => {
        const data = pool.view(slot, at, lengths[i])
        at += lengths[i]
        return { crc: crcs[i], stored: stored[i] === 1, data }
      })
      return { kind: 'files', files: job.files, packed }
    }
    const { file, start, end, store } = job
    const task = {
      type: 'block' as const,
      slot,
      path: file.path,
      start,
      end,
      primer: store ? 0 : Math.min(start, WINDOW),
      last: end === file.size,
      store
    }
    const { crc, length } = await pool.run(task)
    return { kind: 'block', file, stored: store, start, end, crc, data: pool.view(slot, 0, length) }
  } catch (error) {
    throw readError(job.kind === 'files' ? job.files : [job.file], error)
  }
}

/**
 * Runs one block of a tar stream in `slot`: the worker gathers its bytes (headers it is sent,
 * file ranges it reads) and deflates them, or copies them as they are for a plain tar.
 */
export async function runStreamJob(
  pool: WorkerPool,
  block: StreamBlock,
  slot: number,
  compress: boolean
): Promise<{ crc: number; length: number; data: Buffer }> {
  const { segments, primer, last } = block
  const task = { type: 'stream' as const, slot, segments, primer, last, store: !compress }
  try {
    const { crc, length } = await pool.run(task)
    return { crc, length: block.length, data: pool.view(slot, 0, length) }
  } catch (error) {
    const files = segments.flatMap(s => ('path' in s ? [{ path: s.path, name: s.name }] : []))
    throw readError(files, error)
  }
}

/** Whether a name says the file is already compressed (deflating it again gains nothing). */
export function isCompressedFormat(name: string): boolean {
  return COMPRESSED_EXTENSIONS.has(posix.extname(name).slice(1).toLowerCase())
}

function newBatch(): Extract<Job, { kind: 'files' }> {
  return { kind: 'files', files: [], store: [], bytes: 0 }
}

/** Deflates three samples (start, middle, end) at the fastest level: a millisecond or two. */
function looksCompressible(file: BundleFile): boolean {
  const offsets = [0, Math.floor((file.size - SAMPLE_SIZE) / 2), file.size - SAMPLE_SIZE]
  const sample = Buffer.allocUnsafe(SAMPLE_SIZE)
  let raw = 0
  let compressed = 0
  let fd: number | undefined
  try {
    fd = openSync(file.path, 'r')
    for (const offset of offsets) {
      const n = readSync(fd, sample, 0, SAMPLE_SIZE, offset)
      raw += n
      compressed += deflateRawSync(sample.subarray(0, n), { level: 1 }).length
    }
  } catch (error) {
    throw readError([file], error)
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
  return compressed < raw * STORE_RATIO
}

function readError(files: { path: string; name: string }[], error: unknown): BundleError {
  const path = (error as { path?: unknown } | undefined)?.path
  if (typeof path !== 'string') {
    return new BundleError(`cannot compress: ${shown(String(error))}`, { cause: error })
  }
  const name = files.find(f => f.path === path)?.name ?? path
  if (error instanceof WorkerReadError && error.changed) {
    return new BundleError(
      `${shown(name)} changed while it was being bundled; bundle a directory that no other step ` +
        `writes to at the same time`,
      { cause: error }
    )
  }
  const code = (error as { code?: string }).code ?? String(error)
  return new BundleError(`cannot read ${shown(name)}: ${code}`, { cause: error })
}
