import {
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statSync,
  type Dirent,
  type Stats
} from 'node:fs'
import { isUtf8 } from 'node:buffer'
import { join, relative, sep } from 'node:path'
import ignore, { type Ignore } from 'ignore'
import { BundleError } from '../common/errors.js'
import { inGitDir, isGitName, isInside } from '../common/paths.js'
import { shown } from '../common/untrusted.js'

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
 * The regular files under a revision directory that go into the bundle, walked as often as needed
 * instead of listed once: a list holds every name until the archive is written, which grows the
 * action's memory with the number of files (about half a kilobyte each); a walk holds one
 * directory's entries per level.
 *
 * - `.git` (directory, or the file a submodule or worktree has) is never packed, at any depth,
 *   and a symlink into a `.git` directory is refused: the repository can hold credentials.
 * - `.codedeployignore` at the root and `exclude` are gitignore patterns; an excluded directory is
 *   not entered, so nothing below it can be re-included (as in git).
 * - A symlink is packed as what it points at, under the link's own name: a file link becomes a
 *   copy of the file, a directory link a copy of the directory's files. Its target must resolve
 *   inside the root; anything else is refused, so a link can never pull files from elsewhere on
 *   the machine into a bundle. A directory link to one of its own parents is refused as a loop.
 * - Directories are not archive entries: an empty directory is not packed (as `aws deploy push`
 *   does); keep a placeholder file in it if the application needs it.
 * - Sockets, FIFOs and devices cannot be packed and are refused unless excluded.
 * - Names must mean the same path to every CodeDeploy agent: no backslash, drive prefix or control
 *   character; for `os: windows`, nothing Windows cannot hold and no two siblings that differ only
 *   in case. Anything else is refused unless excluded.
 *
 * The walk is synchronous on purpose: on a cached tree it is several times faster than awaiting
 * one stat per file, and the archive writer pulls files from it a few at a time.
 */
export class FileTree {
  private readonly realRoot: string
  private readonly ignored: (path: string) => boolean

  /**
   * `leaveOut` is a directory (resolved) that is never entered: the one the archive is written to,
   * which files() would otherwise find, growing, when it lies inside the tree.
   */
  constructor(
    root: string,
    exclude: readonly string[],
    private readonly leaveOut?: string
  ) {
    this.realRoot = resolveRoot(root)
    this.ignored = ignoreRules(this.realRoot, exclude)
  }

  /**
   * The files in the order of the UTF-8 bytes of their archive names, so the archive is the same
   * whatever order the file system returns. Each directory is sorted on its own, a subdirectory
   * by its name and a `/`: as no name holds a `/`, that gives the order of the full names.
   */
  *files(os: AgentOs = 'linux'): Generator<BundleFile> {
    for (const { name, path, stats } of this.walk(everything, os)) {
      yield fileEntry(name, path, stats ?? statOf(path, name))
    }
  }

  /** The names alone, in the same order: a walk that reads directories, not each file. */
  *names(): Generator<string> {
    for (const { name } of this.walk(everything, 'linux')) yield name
  }

  /**
   * Walks the whole tree for its refusals alone: with the stricter name rules of Windows, once
   * the AppSpec says `os: windows`, so a name it cannot hold fails before anything is written.
   */
  check(os: AgentOs): void {
    const walk = this.walk(everything, os)
    while (!walk.next().done);
  }

  /**
   * Whether `bundlePath` (`/`-separated, `''` for the root) is a file in the bundle or a directory
   * holding at least one. Only the directories on the way to it and below it are read.
   */
  has(bundlePath: string): boolean {
    if (bundlePath === '') return true
    const along = (name: string) =>
      bundlePath === name || bundlePath.startsWith(`${name}/`) || name.startsWith(`${bundlePath}/`)
    return !this.walk(along, 'linux').next().done
  }

  /**
   * `dir` is the path as reached (maybe through a link), `realDir` its resolved path; `ancestors`
   * holds the resolved paths of the directories being walked, to detect link loops. Only entries
   * whose name passes `wanted` are looked at; the names kept must suit agents on `os`.
   */
  private *walk(
    wanted: (name: string) => boolean,
    os: AgentOs,
    dir = this.realRoot,
    realDir = this.realRoot,
    prefix = '',
    ancestors = new Set([realDir])
  ): Generator<Found> {
    const entries: Entry[] = []
    // Only siblings can collide, so one directory's names are all that is held.
    const folded = os === 'windows' ? new Map<string, string>() : undefined
    let undecodable: Map<string, Buffer> | undefined
    for (const dirent of readDir(dir, prefix)) {
      const name = prefix + dirent.name
      if (isGitName(dirent.name) || !wanted(name)) continue
      // The name read holds U+FFFD where its bytes were not UTF-8, and opens no file by it.
      if (dirent.name.includes('\uFFFD')) {
        undecodable ??= undecodableNames(dir, prefix)
        const bytes = undecodable.get(dirent.name)
        if (bytes && this.ignored(dirent.isDirectory() ? `${name}/` : name)) continue
        if (bytes) throw notUtf8(prefix, bytes)
      }
      const entry = this.classify(dirent, dir, realDir, name)
      if (!entry) continue
      checkName(dirent.name, prefix, os)
      if (folded) checkCase(folded, dirent.name, prefix)
      entries.push(entry)
    }
    entries.sort((a, b) => compareUtf8(a.key, b.key))
    for (const entry of entries) {
      const base = entry.dir ? entry.key.slice(0, -1) : entry.key
      const name = prefix + base
      const path = child(dir, base)
      if (!entry.dir) {
        yield { name, path, stats: entry.stats }
        continue
      }
      if (ancestors.has(entry.real)) {
        throw new BundleError(
          `symlink loop: ${shown(name)} leads back to ` +
            `${shown(relative(this.realRoot, entry.real) || '.')}, ` +
            `one of its own parent directories; remove the link or exclude it`
        )
      }
      const inner = new Set(ancestors).add(entry.real)
      yield* this.walk(wanted, os, path, entry.real, `${name}/`, inner)
    }
  }

  /**
   * What an entry of `dir` (resolved: `realDir`) is, with the key it sorts by; `undefined` when
   * it is left out.
   */
  private classify(dirent: Dirent, dir: string, realDir: string, name: string): Entry | undefined {
    if (dirent.isDirectory()) {
      const real = child(realDir, dirent.name)
      return this.ignored(`${name}/`) || real === this.leaveOut
        ? undefined
        : directory(dirent.name, real)
    }
    if (dirent.isFile()) return this.ignored(name) ? undefined : { key: dirent.name, dir: false }
    if (dirent.isSymbolicLink())
      return this.classifyLink(dirent.name, child(dir, dirent.name), name)
    if (this.ignored(name)) return undefined
    throw new BundleError(
      `${shown(name)} is not a regular file, directory or symlink (socket, FIFO or device): ` +
        `add it to ${IGNORE_FILE} or the exclude input`
    )
  }

  private classifyLink(base: string, path: string, name: string): Entry | undefined {
    let target: string
    try {
      target = realpathSync(path)
    } catch (error) {
      if (this.ignored(name)) return undefined
      throw new BundleError(
        `symlink ${shown(name)} points to ${shown(linkTarget(path))}, which does not exist ` +
          `(${reason(error)}); remove the link or exclude it`,
        { cause: error }
      )
    }
    const stats = statOf(target, name)
    if (this.ignored(stats.isDirectory() ? `${name}/` : name)) return undefined
    if (target === this.leaveOut) return undefined
    if (inGitDir(target)) {
      throw new BundleError(
        `symlink ${shown(name)} points to ${shown(target)}, inside a .git directory: .git is ` +
          `never bundled (it can hold the checkout's credentials); remove the link or exclude it`
      )
    }
    if (!isInside(this.realRoot, target)) {
      throw new BundleError(
        `symlink ${shown(name)} points to ${shown(target)}, outside the revision directory: ` +
          `only files inside it are bundled, never files from elsewhere on the runner; copy the ` +
          `file in or exclude the link`
      )
    }
    if (stats.isDirectory()) return directory(base, target)
    if (stats.isFile()) return { key: base, dir: false, stats }
    throw new BundleError(
      `symlink ${shown(name)} points to ${shown(target)}, which is not a regular file`
    )
  }
}

const everything = () => true

/** The `os` of an EC2/On-Premises AppSpec: which CodeDeploy agent extracts the bundle. */
export type AgentOs = 'linux' | 'windows'

/**
 * Refuses a name (`base`, in the directory `prefix`) that an agent would extract elsewhere or not
 * at all. Names meant for Linux still must not hold what agents on Windows read as a separator
 * or a drive, nor control characters that no log can show.
 */
function checkName(base: string, prefix: string, os: AgentOs): void {
  const problem = nameProblem(base)
  if (problem) {
    throw new BundleError(
      `cannot bundle ${shown(prefix + base)}: its name ${problem}; rename it or exclude it`
    )
  }
  const windows = os === 'windows' ? windowsNameProblem(base) : undefined
  if (windows) {
    throw new BundleError(
      `cannot bundle ${shown(prefix + base)} ${FOR_WINDOWS}: its name ${windows}; ` +
        `rename it or exclude it`
    )
  }
}

const FOR_WINDOWS = '(os: windows in the AppSpec)'

/** What every agent would misread in a name, said as "its name ..."; undefined when nothing. */
function nameProblem(base: string): string | undefined {
  if (/\p{Cc}/u.test(base)) return 'holds a control character'
  if (base.includes('\\')) {
    return 'holds a backslash, which a CodeDeploy agent on Windows reads as a folder separator'
  }
  const drive = /^[A-Za-z]:/.exec(base)
  if (drive) {
    return (
      `starts with a drive letter (${drive[0]}), which a CodeDeploy agent on Windows reads ` +
      `as another drive`
    )
  }
  return undefined
}

/** What Windows cannot hold in a name, said as "its name ..."; undefined when nothing. */
function windowsNameProblem(base: string): string | undefined {
  if (/[<>:"|?*]/.test(base)) {
    return 'holds a character Windows does not allow in file names (< > : " | ? *)'
  }
  if (/[. ]$/.test(base)) return 'ends with a dot or a space, which Windows drops'
  if (WINDOWS_DEVICE.test(base)) {
    return 'is a device name Windows reserves (CON, PRN, AUX, NUL, COM1-9, LPT1-9)'
  }
  return undefined
}

/** Windows opens the device whatever the extension (`nul.txt` is NUL). */
const WINDOWS_DEVICE =
  /^(CON|PRN|AUX|NUL|COM[1-9\u00b9\u00b2\u00b3]|LPT[1-9\u00b9\u00b2\u00b3]) *(\..*)?$/i

/**
 * Refuses `base` when a sibling already seen (`folded`, by folded name) differs from it only in
 * case: Windows file systems take them for one file.
 */
function checkCase(folded: Map<string, string>, base: string, prefix: string): void {
  const key = foldCase(base)
  const other = folded.get(key)
  if (other === undefined) {
    folded.set(key, base)
    return
  }
  const [a, b] = [other, base].sort(compareUtf8)
  throw new BundleError(
    `cannot bundle both ${shown(prefix + a)} and ${shown(prefix + b)} ${FOR_WINDOWS}: their ` +
      `names differ only in case, so one would overwrite the other; rename one or exclude it`
  )
}

/**
 * The name as NTFS compares names: each character upper-cased on its own, so `ß` stays (its
 * upper case `SS` is two characters) while `σ` and `ς` meet `Σ`.
 */
function foldCase(name: string): string {
  let folded = ''
  for (const c of name) {
    const upper = c.toUpperCase()
    folded += upper.length === c.length ? upper : c
  }
  return folded
}

/** A file found by the walk; `stats` when they were read to follow a link. */
interface Found {
  name: string
  path: string
  stats?: Stats
}

/**
 * What the walk holds of each entry of the directory it is in, until it has walked them all: the
 * least it can, since these survive many collections (its name and path are made when it is
 * reached). `key` is what it sorts by: its name, and a `/` after a directory's.
 */
type Entry = { key: string; dir: false; stats?: Stats } | { key: string; dir: true; real: string }

/**
 * The path of `base` in `dir`, an absolute path that is already normal: path.join would normalise
 * it again, which costs more than the rest of the walk together on a tree of many files.
 */
function child(dir: string, base: string): string {
  return dir.endsWith(sep) ? dir + base : dir + sep + base
}

function directory(base: string, real: string): Entry {
  return { key: `${base}/`, dir: true, real }
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

function resolveRoot(root: string): string {
  try {
    const real = realpathSync(root)
    if (!statSync(real).isDirectory()) throw new BundleError(`${shown(root)} is not a directory`)
    if (inGitDir(real)) {
      throw new BundleError(
        `the revision directory ${shown(root)} is a .git directory or inside one, and .git is ` +
          `never bundled; set revision-path to the directory that holds the application's files`
      )
    }
    return real
  } catch (error) {
    if (error instanceof BundleError) throw error
    throw new BundleError(`cannot read the revision directory ${shown(root)}: ${reason(error)}`, {
      cause: error
    })
  }
}

/**
 * No patterns (the usual case) means no matcher. The matcher remembers every path it is asked
 * about, so it is rebuilt (in microseconds) every few thousand paths: a walk asks about each path
 * once, and a cache of the whole tree would grow with it.
 */
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
  let rules: Ignore = ignore().add(patterns)
  let asked = 0
  return path => {
    if (++asked % MATCHER_PATHS === 0) rules = ignore().add(patterns)
    return rules.ignores(path)
  }
}

const MATCHER_PATHS = 4096

function fileEntry(name: string, path: string, stats: Stats): BundleFile {
  return { name, path, size: stats.size, mode: normaliseMode(stats.mode) }
}

function readDir(dir: string, prefix: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
  } catch (error) {
    throw new BundleError(`cannot list ${shown(prefix || '.')}: ${reason(error)}`, { cause: error })
  }
}

/** The names in `dir` that are not valid UTF-8, by the name they are read as, with their bytes. */
function undecodableNames(dir: string, prefix: string): Map<string, Buffer> {
  let names: Buffer[]
  try {
    names = readdirSync(dir, { encoding: 'buffer' })
  } catch (error) {
    throw new BundleError(`cannot list ${shown(prefix || '.')}: ${reason(error)}`, { cause: error })
  }
  return new Map(names.filter(name => !isUtf8(name)).map(name => [name.toString('utf8'), name]))
}

function notUtf8(prefix: string, bytes: Buffer): BundleError {
  return new BundleError(
    `a name in ${shown(prefix.replace(/\/$/, '') || '.')} is not valid UTF-8 ` +
      `(${showBytes(bytes)}): bundles and CodeDeploy agents read names as UTF-8; rename it`
  )
}

/** Bytes in quotes: printable ASCII as it is (`"` and `\` escaped), any other byte as `\xHH`. */
function showBytes(bytes: Buffer): string {
  let text = ''
  for (const byte of bytes) {
    const c = String.fromCharCode(byte)
    if (c === '"' || c === '\\') text += `\\${c}`
    else if (byte >= 0x20 && byte <= 0x7e) text += c
    else text += `\\x${byte.toString(16).padStart(2, '0')}`
  }
  return `"${text}"`
}

function statOf(path: string, name: string): Stats {
  try {
    return statSync(path)
  } catch (error) {
    throw new BundleError(`cannot read ${shown(name)}: ${reason(error)}`, { cause: error })
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
