import { createHash } from 'node:crypto'
import { open, rm, type FileHandle } from 'node:fs/promises'

/** Small records are gathered up to this size so a tree of tiny files costs few write calls. */
const STAGING_BYTES = 1 << 20

/**
 * An archive being written: counts and hashes the bytes as they go, so nothing is read back.
 * `write` never keeps a reference to its argument after it resolves, so callers may reuse the
 * memory (small chunks are copied into one reused staging buffer).
 */
export class HashedFile {
  size = 0
  private readonly hash = createHash('sha256')
  private readonly staging = Buffer.allocUnsafeSlow(STAGING_BYTES)
  private staged = 0

  private constructor(
    readonly path: string,
    private readonly handle: FileHandle
  ) {}

  /**
   * Creates `path`; fails if it exists rather than overwrite someone else's file, unless told to
   * `replace` it.
   */
  static async create(path: string, replace = false): Promise<HashedFile> {
    return new HashedFile(path, await open(path, replace ? 'w' : 'wx'))
  }

  async write(chunk: Buffer): Promise<void> {
    this.hash.update(chunk)
    this.size += chunk.length
    if (this.staged + chunk.length > STAGING_BYTES) await this.flush()
    if (chunk.length >= STAGING_BYTES) {
      await writeFully(this.handle, chunk)
      return
    }
    this.staged += chunk.copy(this.staging, this.staged)
  }

  async close(): Promise<{ path: string; size: number; sha256: string }> {
    await this.flush()
    await this.handle.close()
    return { path: this.path, size: this.size, sha256: this.hash.digest('hex') }
  }

  /**
   * Closes and deletes the partial file after `error`, and returns the error to raise: when the
   * disk was full, one that says how much of the archive had been written.
   */
  async discard(error: unknown): Promise<unknown> {
    await this.handle.close().catch(() => undefined)
    await rm(this.path, { force: true })
    const code = (error as NodeJS.ErrnoException | undefined)?.code
    return code === 'ENOSPC' || code === 'EDQUOT'
      ? new DiskFullError(this.path, this.size, { cause: error })
      : error
  }

  private async flush(): Promise<void> {
    if (this.staged) await writeFully(this.handle, this.staging.subarray(0, this.staged))
    this.staged = 0
  }
}

/** The disk (or the user's quota on it) filled after `written` bytes of the archive at `path`. */
export class DiskFullError extends Error {
  constructor(
    readonly path: string,
    readonly written: number,
    options: { cause: unknown }
  ) {
    super(`no space left to write ${path} after ${written} bytes`, options)
  }
}

/** Writes all of `data` at `position` (default: the current offset); a write may take part of it. */
export async function writeFully(handle: FileHandle, data: Buffer, position?: number) {
  for (let at = 0; at < data.length;) {
    const where = position === undefined ? null : position + at
    at += (await handle.write(data, at, data.length - at, where)).bytesWritten
  }
}
