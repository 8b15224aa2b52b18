import { open, rm, type FileHandle } from 'node:fs/promises'
import { crc32Combine } from './crc32.js'
import { openArchive, planJobs, runJob, type PoolOptions } from './compress.js'
import type { BundleFile } from './files.js'
import { ordered } from './ordered.js'
import { writeFully, type HashedFile } from './output.js'
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
  /** Write over `path` if it exists; by default that fails. */
  replace?: boolean
}

/**
 * Writes `files` (in the given order) as a ZIP archive at `path`, which must not exist (unless
 * `replace`).
 *
 * Small files get exact local headers; large files are streamed block by block, so their CRC and
 * sizes follow the data in a data descriptor. ZIP64 fields are used exactly where a count, size or
 * offset does not fit 16/32 bits. On failure the partial file is removed.
 */
export async function writeZip(
  files: Iterable<BundleFile>,
  path: string,
  options: ZipOptions
): Promise<ArchiveResult> {
  const dos = dosDateTime(options.mtime)
  const { pool, out } = await openArchive(path, options)
  const slots = pool.layout.slots
  // Entries are encoded as soon as they are complete: ~100 bytes each instead of an object.
  const directory = new Spool(`${path}.directory`)
  let entries = 0
  const finish = async (entry: EntryRecord) => {
    await directory.push(centralHeader(entry, dos))
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
          await finish(entry)
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
        await finish(entry)
      }
    }

    const cdOffset = out.size
    await directory.copyTo(out)
    await out.write(endOfCentralDirectory(entries, cdOffset, out.size - cdOffset))
    return { ...(await out.close()), entries }
  } catch (error) {
    throw await out.discard(error)
  } finally {
    await Promise.all([pool.close(), directory.remove()])
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

/**
 * The central directory comes after every entry, so it is gathered while they are written: in
 * one 1 MiB buffer, spilled to a file beside the archive whenever it fills. Memory stays the same
 * whatever the number of files (a million files make about 100 MB of directory).
 */
class Spool {
  private readonly buffer = Buffer.allocUnsafeSlow(1 << 20)
  private used = 0
  private file: FileHandle | undefined
  private spilled = 0

  constructor(private readonly path: string) {}

  async push(bytes: Buffer): Promise<void> {
    if (this.used + bytes.length > this.buffer.length) await this.spill()
    this.used += bytes.copy(this.buffer, this.used)
  }

  /** Writes everything pushed, in order. */
  async copyTo(out: HashedFile): Promise<void> {
    if (this.file) {
      await this.spill()
      for (let at = 0; at < this.spilled;) {
        const { bytesRead } = await this.file.read(this.buffer, 0, this.buffer.length, at)
        if (bytesRead === 0) throw new Error(`${this.path} ended after ${at} bytes`)
        await out.write(this.buffer.subarray(0, bytesRead))
        at += bytesRead
      }
    } else {
      await out.write(this.buffer.subarray(0, this.used))
    }
    this.used = 0
  }

  async remove(): Promise<void> {
    if (!this.file) return
    try {
      await this.file.close()
    } finally {
      await rm(this.path, { force: true })
    }
  }

  private async spill(): Promise<void> {
    this.file ??= await open(this.path, 'wx+')
    await writeFully(this.file, this.buffer.subarray(0, this.used), this.spilled)
    this.spilled += this.used
    this.used = 0
  }
}
