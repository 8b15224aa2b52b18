import { crc32Combine } from './crc32.js'
import { createPool, planJobs, runJob, type PoolOptions } from './compress.js'
import type { BundleFile } from './files.js'
import { ordered } from './ordered.js'
import { HashedFile } from './output.js'
import {
  centralHeader,
  dataDescriptor,
  DEFLATE,
  dosDateTime,
  endOfCentralDirectory,
  localHeader,
  mayNeedZip64,
  STORE,
  type EntryRecord
} from './zip-records.js'

export interface ArchiveResult {
  path: string
  size: number
  /** Hex SHA-256 of the archive's bytes. */
  sha256: string
  entries: number
}

export interface ZipOptions extends PoolOptions {
  /** Timestamp of every entry, in Unix seconds. */
  mtime: number
}

/**
 * Writes `files` (in the given order) as a ZIP archive at `path`, which must not exist.
 *
 * Small files get exact local headers; large files are streamed block by block, so their CRC and
 * sizes follow the data in a data descriptor. ZIP64 fields are used exactly where a count, size or
 * offset does not fit 16/32 bits. On failure the partial file is removed.
 */
export async function writeZip(
  files: readonly BundleFile[],
  path: string,
  options: ZipOptions
): Promise<ArchiveResult> {
  const dos = dosDateTime(options.mtime)
  const out = await HashedFile.create(path)
  const pool = createPool(options)
  const slots = pool.layout.slots
  // Entries are encoded as soon as they are complete: ~100 bytes each instead of an object.
  const directory = new ChunkedBytes()
  let entries = 0
  const finish = (entry: EntryRecord) => {
    directory.push(centralHeader(entry, dos))
    entries++
  }
  try {
    let open: EntryRecord | undefined
    const jobs = planJobs(files)
    for await (const done of ordered(jobs, (job, i) => runJob(pool, job, i % slots), slots)) {
      if (done.kind === 'files') {
        for (const [i, file] of done.files.entries()) {
          const { crc, stored, data } = done.packed[i]
          const entry = newRecord(file, stored, out.size, false)
          Object.assign(entry, { crc, size: file.size, compressedSize: data.length })
          await out.write(localHeader(entry, dos))
          await out.write(data)
          finish(entry)
        }
        continue
      }
      if (done.start === 0) {
        open = newRecord(done.file, done.stored, out.size, true)
        await out.write(localHeader(open, dos))
      }
      const entry = open as EntryRecord
      const length = done.end - done.start
      entry.crc = done.start === 0 ? done.crc : crc32Combine(entry.crc, done.crc, length)
      entry.size += length
      entry.compressedSize += done.data.length
      await out.write(done.data)
      if (done.end === done.file.size) {
        await out.write(dataDescriptor(entry))
        finish(entry)
      }
    }

    const cdOffset = out.size
    for (const chunk of directory.chunks()) await out.write(chunk)
    await out.write(endOfCentralDirectory(entries, cdOffset, out.size - cdOffset))
    return { ...(await out.close()), entries }
  } catch (error) {
    await out.discard()
    throw error
  } finally {
    await pool.close()
  }
}

function newRecord(file: BundleFile, stored: boolean, offset: number, streamed: boolean) {
  const entry: EntryRecord = {
    name: Buffer.from(file.name, 'utf8'),
    method: stored ? STORE : DEFLATE,
    crc: 0,
    size: 0,
    compressedSize: 0,
    offset,
    mode: file.mode,
    descriptor: streamed,
    zip64: streamed && mayNeedZip64(file.size)
  }
  return entry
}

/** Appends small buffers into 1 MiB chunks: one allocation per MiB, not per record. */
class ChunkedBytes {
  private readonly full: Buffer[] = []
  private current = Buffer.allocUnsafeSlow(1 << 20)
  private used = 0

  push(bytes: Buffer): void {
    if (this.used + bytes.length > this.current.length) {
      this.full.push(this.current.subarray(0, this.used))
      this.current = Buffer.allocUnsafeSlow(Math.max(1 << 20, bytes.length))
      this.used = 0
    }
    this.used += bytes.copy(this.current, this.used)
  }

  chunks(): Buffer[] {
    return [...this.full, this.current.subarray(0, this.used)]
  }
}
