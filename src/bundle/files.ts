import {
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statSync,
  type Dirent,
  type Stats
} from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'
import ignore, { type Ignore } from 'ignore'
import { BundleError } from '../errors.js'

/** A regular file to pack, under the name it gets inside the archive. */
export interface BundleFile {
  /** Path inside the archive: relative to the root, `/`-separated, no leading `./`. */
  name: string
  /** Where to read the content from (for a symlink: the link, which the OS follows). */
  path: string
  size: number
  /** Only two modes exist in a bundle, so a checkout with a different umask gives the same bytes. */
  mode: 0o644 | 0o755
}

/** Gitignore-style file at the bundle root that lists what to leave out. */
export const IGNORE_FILE = '.codedeployignore'

/**
 * Lists the regular files under `root` that go into the bundle, sorted by the UTF-8 bytes of their
 * archive name so the archive is the same whatever order the file system returns.
 *
 * - `.git` (directory, or the file a submodule or worktree has) is never packed, at any depth.
 * - `.codedeployignore` at the root and `exclude` are gitignore patterns; an excluded directory is
 *   not entered, so nothing below it can be re-included (as in git).
 * - A symlink is packed as what it points at, under the link's own name: a file link becomes a
 *   copy of the file, a directory link a copy of the directory's files. Its target must resolve
 *   inside `root`; anything else is refused, so a link can never pull files from elsewhere on the
 *   machine into a bundle. A directory link to one of its own parents is refused as a loop.
 * - Directories are not archive entries: an empty directory is not packed (as `aws deploy push`
 *   does); keep a placeholder file in it if the application needs it.
 * - Sockets, FIFOs and devices cannot be packed and are refused unless excluded.
 *
 * The walk is synchronous on purpose: on a cached tree it is several times faster than awaiting
 * one stat per file, and nothing else runs while a bundle is being planned.
 */
export function listFiles(root: string, exclude: readonly string[]): BundleFile[] {
  const realRoot = resolveRoot(root)
  const ignored = ignoreRules(realRoot, exclude)
  const files: BundleFile[] = []
  walk({ realRoot, ignored, files }, realRoot, realRoot, '', new Set([realRoot]))
  return sortByName(files)
}

/** Sorts by the UTF-8 bytes of the names, in place. */
export function sortByName<T extends { name: string }>(items: T[]): T[] {
  return items.sort((a, b) => compareUtf8(a.name, b.name))
}

/**
 * Orders strings as their UTF-8 bytes would be, without encoding them. UTF-16 order differs only
 * where a surrogate (a character above U+FFFF) meets a unit from U+E000 to U+FFFF; moving the
 * surrogates above that range gives code point order, which is UTF-8 byte order.
 */
export function compareUtf8(a: string, b: string): number {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x !== y) return codePointRank(x) - codePointRank(y)
  }
  return a.length - b.length
}

function codePointRank(unit: number): number {
  if (unit < 0xd800) return unit
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000
}

/** 0755 when any execute bit is set, else 0644. */
function normaliseMode(mode: number): 0o644 | 0o755 {
  return mode & 0o111 ? 0o755 : 0o644
}

/** True when `target` is `root` or below it (both already resolved by realpath). */
export function isInside(root: string, target: string): boolean {
  const rel = relative(root, target)
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
}

interface Walk {
  realRoot: string
  /** Whether a path (directories with a trailing `/`) is left out. */
  ignored: (path: string) => boolean
  files: BundleFile[]
}

function resolveRoot(root: string): string {
  try {
    const real = realpathSync(root)
    if (!statSync(real).isDirectory()) throw new BundleError(`${root} is not a directory`)
    return real
  } catch (error) {
    if (error instanceof BundleError) throw error
    throw new BundleError(`cannot read the revision directory ${root}: ${reason(error)}`, {
      cause: error
    })
  }
}

/** No patterns (the usual case) means no matcher: it would cache an entry per path for nothing. */
function ignoreRules(realRoot: string, exclude: readonly string[]): (path: string) => boolean {
  const ignoreFile = join(realRoot, IGNORE_FILE)
  let text: string | undefined
  try {
    text = readFileSync(ignoreFile, 'utf8')
  } catch (error) {
    if (code(error) !== 'ENOENT') {
      throw new BundleError(`cannot read ${IGNORE_FILE}: ${reason(error)}`, { cause: error })
    }
  }
  const patterns = [...(text ?? '').split(/\r?\n/), ...exclude].filter(
    line => line.trim() !== '' && !line.startsWith('#')
  )
  if (!patterns.length) return () => false
  const rules: Ignore = ignore().add(patterns)
  return path => rules.ignores(path)
}

/**
 * `dir` is the path as reached (maybe through a link), `realDir` its resolved path; `ancestors`
 * holds the resolved paths of the directories being walked, to detect link loops.
 */
function walk(w: Walk, dir: string, realDir: string, prefix: string, ancestors: Set<string>) {
  for (const entry of readDir(dir, prefix)) {
    if (entry.name === '.git') continue
    const name = prefix + entry.name
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!w.ignored(`${name}/`)) enterDir(w, path, join(realDir, entry.name), name, ancestors)
    } else if (entry.isFile()) {
      if (!w.ignored(name)) w.files.push(fileEntry(name, path, statOf(path, name)))
    } else if (entry.isSymbolicLink()) {
      addLink(w, path, name, ancestors)
    } else if (!w.ignored(name)) {
      throw new BundleError(
        `${name} is not a regular file, directory or symlink (socket, FIFO or device): ` +
          `add it to ${IGNORE_FILE} or the exclude input`
      )
    }
  }
}

function addLink(w: Walk, path: string, name: string, ancestors: Set<string>): void {
  let target: string
  try {
    target = realpathSync(path)
  } catch (error) {
    if (w.ignored(name)) return
    throw new BundleError(
      `symlink ${name} points to ${linkTarget(path)}, which does not exist (${reason(error)}); ` +
        `remove the link or exclude it`,
      { cause: error }
    )
  }
  const stats = statOf(target, name)
  if (w.ignored(stats.isDirectory() ? `${name}/` : name)) return
  if (!isInside(w.realRoot, target)) {
    throw new BundleError(
      `symlink ${name} points to ${target}, outside the revision directory: only files inside ` +
        `it are bundled, never files from elsewhere on the runner; copy the file in or exclude the link`
    )
  }
  if (stats.isDirectory()) enterDir(w, path, target, name, ancestors)
  else if (stats.isFile()) w.files.push(fileEntry(name, path, stats))
  else throw new BundleError(`symlink ${name} points to ${target}, which is not a regular file`)
}

function enterDir(w: Walk, path: string, real: string, name: string, ancestors: Set<string>) {
  if (ancestors.has(real)) {
    throw new BundleError(
      `symlink loop: ${name} leads back to ${relative(w.realRoot, real) || '.'}, ` +
        `one of its own parent directories; remove the link or exclude it`
    )
  }
  walk(w, path, real, `${name}/`, new Set(ancestors).add(real))
}

function fileEntry(name: string, path: string, stats: Stats): BundleFile {
  return { name, path, size: stats.size, mode: normaliseMode(stats.mode) }
}

function readDir(dir: string, prefix: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
  } catch (error) {
    throw new BundleError(`cannot list ${prefix || '.'}: ${reason(error)}`, { cause: error })
  }
}

function statOf(path: string, name: string): Stats {
  try {
    return statSync(path)
  } catch (error) {
    throw new BundleError(`cannot read ${name}: ${reason(error)}`, { cause: error })
  }
}

function linkTarget(path: string): string {
  try {
    return readlinkSync(path)
  } catch {
    return 'an unreadable target'
  }
}

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code
}

function reason(error: unknown): string {
  return code(error) ?? (error instanceof Error ? error.message : String(error))
}
