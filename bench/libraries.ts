import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { Transform } from 'node:stream'
import type { S3Client } from '@aws-sdk/client-s3'
import type { ZipEntryData } from 'archiver'
import { isCompressedFormat } from '../src/bundle/compress.js'
import type { BundleFile } from '../src/bundle/files.js'
import { PART_SIZE, QUEUE_SIZE } from '../src/s3/upload.js'

/**
 * The libraries this action's own code is measured against, each doing one part of its work the
 * way a project using it would: the archive writers get the same files in the same order (this
 * action's walk), the same zlib level, the same timestamp and modes, and store the same
 * already-compressed formats; the archive's SHA-256 (the action needs it for the S3 key) is
 * taken as the bytes stream to the file. The uploader gets the same part size, parts in flight
 * and checksum as this action's.
 */

export interface Written {
  size: number
  sha256: string
}

export interface WriteOptions {
  level: number
  /** Unix seconds. */
  mtime: number
}

/** Writes `files`, found under `root`, as an archive at `path`. */
export type ArchiveWriter = (
  root: string,
  files: Iterable<BundleFile>,
  path: string,
  options: WriteOptions
) => Promise<Written>

export const writers: Record<string, ArchiveWriter> = {
  yazl: withYazl,
  archiver: withArchiver,
  'node-tar': withNodeTar
}

async function withYazl(
  _root: string,
  files: Iterable<BundleFile>,
  path: string,
  options: WriteOptions
) {
  const { ZipFile } = (await import('yazl')).default
  const zip = new ZipFile()
  const mtime = new Date(options.mtime * 1000)
  for (const file of files) {
    zip.addFile(file.path, file.name, {
      mtime,
      // yazl takes the whole st_mode: a regular file's type bits, then the permissions.
      mode: 0o100000 | file.mode,
      compressionLevel: isCompressedFormat(file.name) ? 0 : options.level
    })
  }
  zip.end()
  return toFile(zip.outputStream, path)
}

async function withArchiver(
  _root: string,
  files: Iterable<BundleFile>,
  path: string,
  options: WriteOptions
) {
  const { ZipArchive } = await import('archiver')
  const zip = new ZipArchive({ zlib: { level: options.level } })
  const date = new Date(options.mtime * 1000)
  const written = toFile(zip, path)
  for (const file of files) {
    const entry: ZipEntryData = {
      name: file.name,
      date,
      mode: file.mode,
      store: isCompressedFormat(file.name)
    }
    zip.file(file.path, entry)
  }
  await zip.finalize()
  return written
}

/** node-tar takes the names up front and reads the files itself. */
async function withNodeTar(
  root: string,
  files: Iterable<BundleFile>,
  path: string,
  options: WriteOptions
) {
  const { create } = await import('tar')
  const names = Array.from(files, file => file.name)
  const pack = create(
    {
      cwd: root,
      gzip: { level: options.level },
      portable: true,
      mtime: new Date(options.mtime * 1000)
    },
    names
  )
  return toFile(pack, path)
}

/** Streams `source` to `path`, counting and hashing its bytes on the way. */
async function toFile(
  source: NodeJS.ReadableStream | AsyncIterable<Buffer>,
  path: string
): Promise<Written> {
  const hash = createHash('sha256')
  let size = 0
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      size += chunk.length
      done(null, chunk)
    }
  })
  await pipeline(source, tap, createWriteStream(path, { flags: 'wx' }))
  return { size, sha256: hash.digest('hex') }
}

/** The same requests as this action's upload: its part size, parts in flight and SHA-256 checksums. */
export async function uploadWithLibStorage(
  s3: S3Client,
  target: { bucket: string; key: string; filePath: string; sha256: string }
): Promise<void> {
  const { Upload } = await import('@aws-sdk/lib-storage')
  const upload = new Upload({
    client: s3,
    partSize: PART_SIZE,
    queueSize: QUEUE_SIZE,
    params: {
      Bucket: target.bucket,
      Key: target.key,
      Body: createReadStream(target.filePath),
      ContentType: 'application/octet-stream',
      Metadata: { sha256: target.sha256 },
      ChecksumAlgorithm: 'SHA256'
    }
  })
  await upload.done()
}
