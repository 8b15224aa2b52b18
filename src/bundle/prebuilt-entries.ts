import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { createReadStream } from 'node:fs'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { Parser } from 'tar/parse'
import type { ReadEntry } from 'tar/read-entry'
import { getFileNameLowLevel, openPromise, type Entry, type ZipFile } from 'yauzl'
import { ActionError, BundleError } from '../common/errors.js'
import { shown } from '../common/untrusted.js'

// yauzl 3's promise API and raw names, which @types/yauzl (written for version 2) leaves out.
declare module 'yauzl' {
  interface Entry {
    fileNameRaw: Buffer
  }
  interface ZipFile {
    eachEntry(): AsyncIterable<Entry>
    openReadStreamPromise(entry: Entry): Promise<Readable>
  }
  function openPromise(path: string, options: Options): Promise<ZipFile>
  function getFileNameLowLevel(
    generalPurposeBitFlag: number,
    fileNameBuffer: Buffer,
    extraFields: Entry['extraFields'],
    strictFileNames: boolean
  ): string
}

export type EntryKind = 'file' | 'directory' | 'symlink' | 'hardlink' | 'other'

/** An archive entry as the archive spells it: nothing in it is checked yet. */
export interface RawEntry {
  name: string
  kind: EntryKind
  size: number
  /** What a symbolic or hard link points to. */
  target?: string
}

/**
 * Sees every entry in archive order and throws to refuse the archive; returns a receiver when it
 * wants the entry's content, which is then read whole.
 */
export interface EntrySink {
  add(entry: RawEntry): ((content: Buffer) => void) | undefined
}

export interface Digest {
  sha256: string
  size: number
}

/** Large reads: hashing a large archive is bound by the number of calls, not by memory. */
const CHUNK = 1 << 20

/** The longest link target Linux takes (PATH_MAX); a longer one cannot be extracted. */
const MAX_LINK_TARGET = 4096

/** A POSIX (`ustar\0`) or GNU (`ustar  \0`) tar header; the old V7 format has no signature. */
export function isTarHeader(block: Buffer): boolean {
  const magic = block.toString('latin1', 257, 263)
  return block.length >= 512 && (magic === 'ustar\0' || magic === 'ustar ')
}

/**
 * Walks a ZIP's central directory; only link targets and the entries the sink asks for are read
 * from the data before it. `label` names the file in errors.
 */
export async function readZip(file: string, sink: EntrySink, label: string): Promise<void> {
  let zip: ZipFile | undefined
  try {
    // Names are decoded here rather than by yauzl, whose own check would refuse a name without
    // saying which entry it was.
    zip = await openPromise(file, { lazyEntries: true, decodeStrings: false, autoClose: false })
    for await (const entry of zip.eachEntry()) {
      const name = getFileNameLowLevel(
        entry.generalPurposeBitFlag,
        entry.fileNameRaw,
        entry.extraFields,
        true
      )
      const kind = zipKind(entry, name)
      const target = kind === 'symlink' ? await linkTarget(zip, entry, name, label) : undefined
      const receive = sink.add({ name, kind, size: entry.uncompressedSize, target })
      if (receive) receive(await readWhole(zip, entry))
    }
  } catch (error) {
    throw unreadable(error, label, 'ZIP archive')
  } finally {
    zip?.close()
  }
}

/** The Unix file type a ZIP made on Unix records in the high half of the external attributes. */
function zipKind(entry: Entry, name: string): EntryKind {
  const madeOnUnix = entry.versionMadeBy >> 8 === 3
  const type = madeOnUnix ? (entry.externalFileAttributes >>> 16) & 0o170000 : 0
  if (type === 0o120000) return 'symlink'
  if (type === 0o040000 || /[/\\]$/.test(name)) return 'directory'
  return type === 0 || type === 0o100000 ? 'file' : 'other'
}

async function linkTarget(zip: ZipFile, entry: Entry, name: string, label: string) {
  if (entry.uncompressedSize > MAX_LINK_TARGET) {
    throw new BundleError(
      `${label} holds a symbolic link ${shown(name)} whose target is ` +
        `${entry.uncompressedSize} bytes long, longer than any path (${MAX_LINK_TARGET}); ` +
        `rebuild the archive without it`
    )
  }
  return (await readWhole(zip, entry)).toString('utf8')
}

/** An entry's content; yauzl stops at the size the central directory gives. */
async function readWhole(zip: ZipFile, entry: Entry): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/**
 * Streams a tar or tgz once: every byte is hashed as it is read, the entries go to the sink, and
 * only the content the sink asks for is kept.
 */
export async function readTar(
  file: string,
  gzip: boolean,
  sink: EntrySink,
  label: string
): Promise<Digest> {
  const hash = createHash('sha256')
  let size = 0
  async function* hashed(source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      hash.update(chunk)
      size += chunk.length
      yield chunk
    }
  }
  const read = createReadStream(file, { highWaterMark: CHUNK })
  try {
    if (gzip) {
      await pipeline(read, hashed, createGunzip(), tarInside(label), tarFeed(sink, label))
    } else {
      await pipeline(read, hashed, tarFeed(sink, label))
    }
  } catch (error) {
    throw unreadable(error, label, gzip ? 'gzip-compressed tar archive' : 'tar archive')
  }
  return { sha256: hash.digest('hex'), size }
}

/** The SHA-256 and size of a file, read once in order. */
export async function hashFile(file: string, label: string): Promise<Digest> {
  const hash = createHash('sha256')
  let size = 0
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) {
      hash.update(chunk as Buffer)
      size += (chunk as Buffer).length
    }
  } catch (error) {
    throw unreadable(error, label, 'file')
  }
  return { sha256: hash.digest('hex'), size }
}

/** A gzip file whose content is not a tar (another gzip, say) is not a tgz. */
function tarInside(label: string) {
  return async function* (source: AsyncIterable<Buffer>) {
    let head: Buffer | undefined = Buffer.alloc(0)
    for await (const chunk of source) {
      if (!head) {
        yield chunk
        continue
      }
      head = Buffer.concat([head, chunk])
      if (head.length < 512) continue
      if (!isTarHeader(head)) break
      yield head
      head = undefined
    }
    if (head) {
      throw new BundleError(
        `${label} is gzip-compressed, but what it holds is not a tar archive (no tar header at ` +
          `its start); a .tgz or .tar.gz must be a tar archive compressed once with gzip`
      )
    }
  }
}

const TAR_KINDS: Partial<Record<ReadEntry['type'], EntryKind>> = {
  File: 'file',
  OldFile: 'file',
  ContiguousFile: 'file',
  Directory: 'directory',
  GNUDumpDir: 'directory',
  SymbolicLink: 'symlink',
  Link: 'hardlink'
}

/**
 * The last stage of the tar pipeline: node-tar's parser, strict so that a bad header or a
 * truncated archive is an error rather than a warning. The parser calls back from inside
 * `write`, so a refusal from the sink is kept and thrown from here.
 */
function tarFeed(sink: EntrySink, label: string) {
  let failure: unknown
  const visit = (entry: ReadEntry, kind: EntryKind | undefined) => {
    try {
      const receive = sink.add({
        name: entry.path,
        kind: kind ?? 'other',
        size: entry.size,
        target: entry.linkpath
      })
      if (receive) {
        const chunks: Buffer[] = []
        entry.on('data', chunk => chunks.push(chunk))
        entry.on('end', () => receive(Buffer.concat(chunks)))
        return
      }
    } catch (error) {
      failure ??= error
    }
    entry.resume()
  }
  const parser = new Parser({
    strict: true,
    onReadEntry: entry => visit(entry, TAR_KINDS[entry.type])
  })
  // Entries of types it does not know (GNU sparse files, say) are skipped, but the names count.
  parser.on('ignoredEntry', (entry: ReadEntry) => {
    if (!entry.meta) visit(entry, 'other')
  })
  parser.on('meta', (meta: string) => {
    const name = droppedPaxName(meta)
    if (name === undefined) return
    failure ??= new BundleError(
      `${label} holds a name starting ${shown(name)} that has a line break or bytes that are ` +
        `not UTF-8, in a pax header: tar readers do not agree on such a name; rename the file`
    )
  })
  parser.on('error', error => (failure ??= error))
  const check = () => {
    if (failure) throw failure
  }
  return async function (source: AsyncIterable<Buffer>): Promise<void> {
    for await (const chunk of source) {
      if (!parser.write(chunk)) await once(parser, 'drain')
      check()
    }
    const ended = once(parser, 'end')
    parser.end()
    await ended
    check()
  }
}

/**
 * The start of a path or link target in a pax header that node-tar drops, or undefined. It splits
 * the records at line breaks and checks each one's length on the decoded text, so a name with a
 * line break or with bytes that are not UTF-8 is lost, and the entry keeps the name of its plain
 * header, which GNU tar, reading the pax name, would not use.
 */
function droppedPaxName(meta: string): string | undefined {
  for (const line of meta.split('\n')) {
    const record = /^(\d+) (?:path|linkpath)=(.*)$/s.exec(line)
    if (record && Number(record[1]) !== Buffer.byteLength(line) + 1) return record[2]
  }
  return undefined
}

/** A library's error as a refusal of the archive; a refusal of ours passes as it is. */
function unreadable(error: unknown, label: string, what: string): unknown {
  if (error instanceof ActionError) return error
  // Errors from Node's own modules fail `instanceof Error` under test runners' separate realms.
  const { message } = error as { message?: unknown }
  const reason = typeof message === 'string' ? message : String(error)
  return new BundleError(`${label} is not a readable ${what}: ${shown(reason)}`, { cause: error })
}
