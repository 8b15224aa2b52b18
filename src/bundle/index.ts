import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, realpath, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { AppSpecError, BundleError } from '../common/errors.js'
import {
  APPSPEC_NAMES,
  findAppSpec,
  validateAppSpec,
  type AppSpecSummary
} from '../appspec/server.js'
import { bytes } from '../common/format.js'
import { readAppSpecFile } from '../appspec/file.js'
import { DEFAULT_LEVEL } from './compress.js'
import { shown } from '../common/untrusted.js'
import { FileTree, IGNORE_FILE, type BundleFile } from './files.js'
import { DiskFullError } from './output.js'
import { writeTar } from './tar.js'
import { writeZip, type ArchiveResult } from './zip.js'

/** The archive formats CodeDeploy deploys from S3. */
export type BundleType = 'zip' | 'tar' | 'tgz'

export interface BundleOptions {
  /** The revision directory. */
  root: string
  /** Gitignore-style patterns left out, on top of `.git` and `.codedeployignore`. */
  exclude: string[]
  /** Directory the archive is written to (created if missing). */
  outDir: string
  /** Timestamp of every entry (Unix seconds); default 1980-01-01T00:00:00Z. */
  sourceDateEpoch?: number
  /** Default `zip`. */
  bundleType?: BundleType
  /** zlib level, 1 (fastest) to 9 (smallest); default 4, about the size `zip -6` makes. */
  compressionLevel?: number
  /**
   * Where the archive is written before it is renamed to its digest: by default a new file in
   * outDir. A path given here is written over (links followed), so a test can aim it at a full
   * device.
   */
  partialPath?: string
}

export interface Bundle {
  /** `<outDir>/<sha256>.<bundleType>` */
  path: string
  size: number
  /** Hex SHA-256 of the archive. */
  sha256: string
  bundleType: BundleType
  fileCount: number
  appSpec: AppSpecSummary
}

/** The earliest time a ZIP entry can carry: a fixed default keeps archives reproducible. */
export const DEFAULT_EPOCH = 315532800

/**
 * Packs `root` into a deterministic archive: the same tree gives the same bytes. The AppSpec is
 * found and validated first, so a broken one fails in milliseconds, before any compression.
 */
export async function createBundle(options: BundleOptions): Promise<Bundle> {
  const epoch = options.sourceDateEpoch ?? DEFAULT_EPOCH
  if (!Number.isSafeInteger(epoch) || epoch < 0) {
    throw new BundleError(`source date ${epoch} is not a whole number of seconds since 1970`)
  }
  const bundleType = options.bundleType ?? 'zip'
  if (!['zip', 'tar', 'tgz'].includes(bundleType)) {
    throw new BundleError(`bundle type ${bundleType} is not one of zip, tar, tgz`)
  }
  const level = options.compressionLevel ?? DEFAULT_LEVEL
  if (!Number.isInteger(level) || level < 1 || level > 9) {
    throw new BundleError(`compression level ${level} is not a whole number from 1 to 9`)
  }
  await mkdir(options.outDir, { recursive: true })
  const tree = new FileTree(options.root, options.exclude, await realpath(options.outDir))
  const appSpec = checkAppSpec(tree, options.root)
  if (appSpec.os === 'windows') tree.check('windows')
  const files = hooksExecutable(tree.files(appSpec.os), appSpec)

  const partial =
    options.partialPath ?? join(options.outDir, `.partial-${randomUUID()}.${bundleType}`)
  const how = { mtime: epoch, level, replace: options.partialPath !== undefined }
  let written: ArchiveResult
  try {
    written =
      bundleType === 'zip'
        ? await writeZip(files, partial, how)
        : await writeTar(files, partial, { ...how, gzip: bundleType === 'tgz' })
  } catch (error) {
    if (!(error instanceof DiskFullError)) throw error
    throw diskFull(error, tree.files(appSpec.os), options.outDir)
  }
  const path = join(options.outDir, `${written.sha256}.${bundleType}`)
  await rename(partial, path)
  return {
    path,
    size: written.size,
    sha256: written.sha256,
    bundleType,
    fileCount: written.entries,
    appSpec
  }
}

/**
 * The AppSpec of a tree that is not bundled here (revision-type: github: CodeDeploy fetches the
 * commit), checked as a bundle's would be, against the files of the checkout.
 */
export function checkTreeAppSpec(root: string): AppSpecSummary {
  const tree = new FileTree(root, [])
  const appSpec = checkAppSpec(tree, root)
  if (appSpec.os === 'windows') tree.check('windows')
  return appSpec
}

/**
 * Walks the whole tree once before anything is compressed, so a file that cannot be packed fails
 * the step in milliseconds; the walk keeps only names that could be an AppSpec file.
 */
function checkAppSpec(tree: FileTree, root: string): AppSpecSummary {
  const candidates: string[] = []
  for (const name of tree.names()) if (APPSPEC_LIKE.test(name)) candidates.push(name)
  // Only when no AppSpec is packed: was one left out on purpose?
  const excluded = APPSPEC_NAMES.some(name => candidates.includes(name))
    ? undefined
    : APPSPEC_NAMES.find(name => existsSync(join(root, name)))
  if (excluded) {
    throw new AppSpecError(
      `${excluded} is left out by ${IGNORE_FILE} or the exclude input, but CodeDeploy needs it ` +
        `at the root of the bundle; remove the pattern that matches it`
    )
  }
  const name = findAppSpec(candidates, root)
  const text = readAppSpecFile(join(root, name), name, root)
  return validateAppSpec(text, name, path => tree.has(path))
}

/**
 * What a full disk needs: the size the archive reached, and an upper bound from the files (the
 * walk is repeated for it, so memory stays flat): their bytes, grown by at most what deflate adds
 * to data it cannot shrink (zlib's bound: under 0.04 %), and room for each entry's headers.
 */
function diskFull(error: DiskFullError, files: Iterable<BundleFile>, outDir: string): BundleError {
  let count = 0
  let total = 0
  let headers = 0
  for (const file of files) {
    count++
    total += file.size
    headers += ENTRY_HEADROOM + 3 * Buffer.byteLength(file.name)
  }
  const bound = total + Math.ceil(total / 1000) + headers
  return new BundleError(
    `no space left on the disk: writing the bundle ${shown(error.path)} in ${shown(outDir)} ` +
      `stopped after ${bytes(error.written)}, and it needs at most about ${bytes(bound)} ` +
      `(${count} ${count === 1 ? 'file' : 'files'} of ${bytes(total)} before compression); ` +
      `free space on the runner, or set RUNNER_TEMP to a folder on a larger disk`,
    { cause: error }
  )
}

/**
 * Bytes an entry takes besides its content and name, at most: a tar header, a pax header for a
 * long name, and their padding to 512 bytes. A ZIP entry's headers and descriptor, with its copy
 * in the spooled central directory, take less. A name is counted three times (ZIP: local header,
 * central directory, spool).
 */
const ENTRY_HEADROOM = 2048

/** Every name `findAppSpec` looks at to find the AppSpec or explain why it is missing. */
const APPSPEC_LIKE = /(^|\/)appspec\.(ya?ml|json)$/i

/**
 * The agent runs hook scripts directly, so on Linux they must be executable; a checkout that lost
 * the bit (e.g. made on Windows) would otherwise fail at deploy time with "Permission denied".
 */
function* hooksExecutable(
  files: Iterable<BundleFile>,
  appSpec: AppSpecSummary
): Generator<BundleFile> {
  const scripts = new Set(appSpec.os === 'linux' ? appSpec.hooks.flatMap(h => h.locations) : [])
  for (const f of files) yield scripts.has(f.name) && f.mode !== 0o755 ? { ...f, mode: 0o755 } : f
}
