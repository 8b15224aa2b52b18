/**
 * Reads a pre-built archive (the bundle-file input) without extracting it: its type from its
 * first bytes, every entry's name (for the AppSpec's `files` and hooks), the AppSpec's bytes, and
 * the SHA-256 of the file as it will be uploaded.
 *
 * ZIP is read with yauzl (yazl's reading half, by the same author): it reads the central
 * directory at the end of the file by random access, so an archive of any size costs its
 * directory and its AppSpec entry; the file is hashed afterwards, so a bad archive fails at once.
 * Tar and tgz are read with node-tar's parser (npm's own, which the benchmarks already use; the
 * parser is imported alone, without the code that writes to disk) in one streaming pass that also
 * hashes: it reads the pax and GNU long-name extensions and checks every header's checksum.
 * tar-stream would do as well, but brings its own stream library. Gzip is inflated by Node's zlib
 * stream rather than by node-tar, which inflates each chunk whole and at once, and refuses a
 * compression ratio that a large file of zeros reaches: memory stays flat whatever the ratio.
 *
 * Loaded only when bundle-file is set; nothing runs on import.
 */
import { posix } from 'node:path'
import { open, stat } from 'node:fs/promises'
import { APPSPEC_NAMES, validateAppSpec } from '../appspec/server.js'
import { MAX_APPSPEC_BYTES } from '../appspec/file.js'
import { AppSpecError, BundleError } from '../common/errors.js'
import { bytes } from '../common/format.js'
import { shown } from '../common/untrusted.js'
import type { Bundle, BundleType } from './index.js'
import {
  hashFile,
  isTarHeader,
  readTar,
  readZip,
  type Digest,
  type EntryKind,
  type EntrySink,
  type RawEntry
} from './prebuilt-entries.js'

const WHAT: Record<BundleType, string> = {
  zip: 'a ZIP archive',
  tar: 'an uncompressed tar archive',
  tgz: 'a gzip-compressed tar archive'
}
const EXTENSIONS: Record<BundleType, string> = { zip: '.zip', tar: '.tar', tgz: '.tgz or .tar.gz' }
const NAMED_TYPES: Record<string, BundleType> = {
  zip: 'zip',
  tar: 'tar',
  tgz: 'tgz',
  'tar.gz': 'tgz'
}

/**
 * Reads and checks the archive `file` as it will be deployed: `path` is `file` itself, `sha256`
 * and `size` are those of its bytes, `fileCount` counts its regular files, and `appSpec` is its
 * root AppSpec as `validateAppSpec` reads it against the archive's entries.
 *
 * Throws a one-line BundleError when the archive cannot be read, its content is not the type its
 * extension says, or an entry (or a link's target) lies outside its root; an AppSpecError when
 * there is no AppSpec at its root, it is not a file or larger than `maxAppSpecBytes` (default
 * 1 MiB), or it is not valid. Every name from the archive is shown through `shown()`.
 */
export async function readPrebuiltBundle(
  file: string,
  options: { maxAppSpecBytes?: number } = {}
): Promise<Bundle> {
  const label = `bundle-file ${shown(file)}`
  const { bundleType, extension } = typeOfName(file, label)
  const found = await typeOfContent(file, label)
  if (found !== bundleType) throw mismatch(label, extension, bundleType, found)
  const index = new ArchiveIndex(label, bundleType, options.maxAppSpecBytes ?? MAX_APPSPEC_BYTES)
  let digest: Digest | undefined
  if (bundleType === 'zip') await readZip(file, index, label)
  else digest = await readTar(file, bundleType === 'tgz', index, label)
  const { name, text } = rootAppSpec(index, label)
  const appSpec = validateAppSpec(text, name, path => index.has(path))
  // A ZIP is hashed only once it passed: a bad one fails without reading its data.
  const { sha256, size } = digest ?? (await hashFile(file, label))
  return { path: file, size, sha256, bundleType, fileCount: index.files, appSpec }
}

/** The type the name promises: CodeDeploy is told it, and the agent unpacks by it. */
function typeOfName(file: string, label: string): { bundleType: BundleType; extension: string } {
  const named = /\.(zip|tar|tgz|tar\.gz)$/i.exec(file)
  if (named) return { bundleType: NAMED_TYPES[named[1].toLowerCase()], extension: named[0] }
  throw new BundleError(
    `${label} must end in .zip, .tar, .tgz or .tar.gz, the archive types CodeDeploy deploys`
  )
}

function mismatch(
  label: string,
  extension: string,
  named: BundleType,
  found: BundleType | undefined
): BundleError {
  if (!found) {
    return new BundleError(
      `${label} is not ${WHAT[named]} as its name (${extension}) says: its first bytes are not ` +
        `those of a ZIP, gzip or tar file; give the archive itself`
    )
  }
  return new BundleError(
    `${label} holds ${WHAT[found]}, but its name ends in ${extension}, which CodeDeploy would ` +
      `unpack as ${WHAT[named]}: rename it to end in ${EXTENSIONS[found]}`
  )
}

/** The type the first bytes give, whatever the name says; undefined when none of the three. */
async function typeOfContent(file: string, label: string): Promise<BundleType | undefined> {
  let handle
  try {
    // Before opening: opening a FIFO would wait for a writer.
    if (!(await stat(file)).isFile()) {
      throw new BundleError(`${label} is not a file (a directory, FIFO or device); give an archive`)
    }
    handle = await open(file)
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0)
    return typeOfHead(buffer.subarray(0, bytesRead))
  } catch (error) {
    if (error instanceof BundleError) throw error
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new BundleError(`cannot read ${label}: ${shown(code)}`, { cause: error })
  } finally {
    await handle?.close()
  }
}

function typeOfHead(head: Buffer): BundleType | undefined {
  const signature = head.length >= 4 ? head.readUInt32LE(0) : 0
  // A local file header, or the end record of an empty ZIP.
  if (signature === 0x04034b50 || signature === 0x06054b50) return 'zip'
  if (head[0] === 0x1f && head[1] === 0x8b) return 'tgz'
  return isTarHeader(head) ? 'tar' : undefined
}

/**
 * The entries seen so far: names (with the directories they imply) for `has`, the count of
 * regular files, and the bytes of AppSpec files at the root. Refuses what would land outside the
 * root when the agent unpacks the archive.
 */
class ArchiveIndex implements EntrySink {
  private readonly names = new Set<string>([''])
  readonly appSpecs = new Map<string, Buffer>()
  files = 0

  constructor(
    private readonly label: string,
    private readonly bundleType: BundleType,
    private readonly maxAppSpecBytes: number
  ) {}

  add(entry: RawEntry): ((content: Buffer) => void) | undefined {
    const path = this.pathOf(entry)
    if (entry.target !== undefined) this.checkLink(entry, path, entry.target)
    for (let at = path; !this.names.has(at); at = parentOf(at)) this.names.add(at)
    if (entry.kind === 'file') this.files++
    if (!(APPSPEC_NAMES as readonly string[]).includes(path)) return undefined
    this.checkAppSpec(entry, path)
    return content => this.appSpecs.set(path, content)
  }

  has(path: string): boolean {
    return this.names.has(path)
  }

  /** Every name and implied directory, for explaining a missing AppSpec. */
  all(): Iterable<string> {
    return this.names
  }

  /** The entry's path from the root, `/`-separated, `''` for the root itself. */
  private pathOf(entry: RawEntry): string {
    // Windows, and unzip for archives made there, read a backslash in a ZIP name as a separator.
    const name = this.bundleType === 'zip' ? entry.name.replace(/\\/g, '/') : entry.name
    const escape = escapeOf(name, this.bundleType === 'zip')
    if (escape) {
      throw new BundleError(
        `${this.label} holds ${shown(entry.name)}, ${escape}, which unpacks outside the ` +
          `deployment directory: build the archive from inside the directory to deploy`
      )
    }
    const normal = posix.normalize(name).replace(/\/+$/, '')
    return normal === '.' ? '' : normal
  }

  private checkLink(entry: RawEntry, path: string, target: string): void {
    // A hard link names a path from the root; a symbolic link one from its own directory.
    const from = entry.kind === 'symlink' ? posix.dirname(path) : '.'
    const resolved = posix.normalize(posix.join(from, target))
    if (!target.startsWith('/') && resolved !== '..' && !resolved.startsWith('../')) return
    const link = entry.kind === 'symlink' ? 'a symbolic link' : 'a hard link'
    throw new BundleError(
      `${this.label} holds ${shown(entry.name)}, ${link} to ${shown(target)}, outside the ` +
        `archive's root: the deployment would reach files elsewhere on the instance; replace the ` +
        `link with the file it points to`
    )
  }

  private checkAppSpec(entry: RawEntry, path: string): void {
    if (entry.kind !== 'file') {
      throw new AppSpecError(
        `${path} in ${this.label} is ${KINDS[entry.kind]}, not a file: the agent reads the ` +
          `AppSpec from a file at the root of the archive; store the file itself`
      )
    }
    if (entry.size > this.maxAppSpecBytes) {
      throw new AppSpecError(
        `${path} in ${this.label} is ${bytes(entry.size)}; AppSpec files are read up to ` +
          `${bytes(this.maxAppSpecBytes)}, far more than one needs: check that ${path} is the ` +
          `AppSpec file`
      )
    }
  }
}

const KINDS: Record<EntryKind, string> = {
  file: 'a file',
  directory: 'a directory',
  symlink: 'a symbolic link',
  hardlink: 'a hard link',
  other: 'a device, FIFO or other special entry'
}

/**
 * How a name (with `/` separators) leaves the root, or undefined when it does not. A drive letter
 * only means one in a ZIP: on Linux, where tar archives are unpacked, `C:` is a name like any other.
 */
function escapeOf(name: string, zip: boolean): string | undefined {
  if (name.startsWith('/')) return 'an absolute path'
  if (zip && /^[a-zA-Z]:/.test(name)) return 'a path on a drive'
  if (name.split('/').includes('..')) return 'a path through ..'
  return undefined
}

function parentOf(path: string): string {
  const parent = posix.dirname(path)
  return parent === '.' ? '' : parent
}

/** The AppSpec the agent reads (appspec.yml before appspec.yaml), or why there is none. */
function rootAppSpec(index: ArchiveIndex, label: string): { name: string; text: string } {
  for (const name of APPSPEC_NAMES) {
    const content = index.appSpecs.get(name)
    if (content) return { name, text: content.toString('utf8') }
  }
  const base = `${label} has no appspec.yml or appspec.yaml at its root`
  const names = [...index.all()]
  const nearMiss = names.find(name => /^appspec\.(ya?ml|json)$/i.test(name))
  if (nearMiss) {
    throw new AppSpecError(
      `${base}, but ${shown(nearMiss)} is there: the agent only reads a file named exactly ` +
        `appspec.yml or appspec.yaml (lower case, YAML); rename it`
    )
  }
  const nested = names
    .filter(name => /\/appspec\.ya?ml$/i.test(name))
    .sort((a, b) => a.split('/').length - b.split('/').length)[0]
  if (nested) {
    throw new AppSpecError(
      `${base}, but ${shown(nested)} is there: CodeDeploy reads the AppSpec file from the root ` +
        `of the archive; build the archive from inside ${shown(posix.dirname(nested))} so that ` +
        `its AppSpec is at the root`
    )
  }
  throw new AppSpecError(
    `${base}: CodeDeploy reads the AppSpec file from the root of the archive; add one there`
  )
}
