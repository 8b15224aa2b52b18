import { crc32Combine } from './crc32.js'
import { BLOCK_SIZE, openArchive, runStreamJob, WINDOW } from './compress.js'
import type { BundleFile } from './files.js'
import { ordered } from './ordered.js'
import { streamBlocks, type Part, type StreamBlock } from './stream-blocks.js'
import { gzipHeader, gzipTrailer, TAR_END, tarHeader, tarPadding } from './tar-records.js'
import type { ArchiveResult, ZipOptions } from './zip.js'

export interface TarOptions extends ZipOptions {
  /** Compress the whole archive as one gzip stream (`.tgz`). */
  gzip: boolean
}

const ZEROS = Buffer.alloc(512)

/**
 * Writes `files` (in the given order) as a tar archive at `path`, gzip-compressed when asked.
 * The tar stream is cut into blocks that workers read and deflate in parallel; the compressed
 * blocks join into one gzip member that any gzip reader accepts. Entries are regular files with
 * the same names, modes (0644/0755) and timestamp as in a ZIP bundle; owner and group are 0.
 */
export async function writeTar(
  files: Iterable<BundleFile>,
  path: string,
  options: TarOptions
): Promise<ArchiveResult> {
  const { pool, out } = await openArchive(path, options)
  const slots = pool.layout.slots
  try {
    if (options.gzip) await out.write(gzipHeader())
    let crc = 0
    let length = 0
    const counted = { entries: 0 }
    const blocks = streamBlocks(
      tarParts(files, options.mtime, counted),
      BLOCK_SIZE,
      options.gzip ? WINDOW : 0
    )
    const run = (block: StreamBlock, i: number) =>
      runStreamJob(pool, block, i % slots, options.gzip)
    for await (const done of ordered(blocks, run, slots)) {
      crc = length === 0 ? done.crc : crc32Combine(crc, done.crc, done.length)
      length += done.length
      await out.write(done.data)
    }
    if (options.gzip) await out.write(gzipTrailer(crc, length))
    return { ...(await out.close()), entries: counted.entries }
  } catch (error) {
    throw await out.discard(error)
  } finally {
    await pool.close()
  }
}

function* tarParts(
  files: Iterable<BundleFile>,
  mtime: number,
  counted: { entries: number }
): Generator<Part> {
  for (const file of files) {
    counted.entries++
    yield { bytes: tarHeader(file.name, file.size, file.mode, mtime) }
    yield { file }
    const padding = tarPadding(file.size)
    if (padding) yield { bytes: ZEROS.subarray(0, padding) }
  }
  yield { bytes: TAR_END }
}
