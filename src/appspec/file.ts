import { readFileSync, realpathSync, statSync } from 'node:fs'
import { AppSpecError } from '../common/errors.js'
import { bytes } from '../common/format.js'
import { inGitDir, isInside } from '../common/paths.js'
import { shown } from '../common/untrusted.js'

/**
 * The largest AppSpec file read. CodeDeploy documents no limit (neither for a bundle's AppSpec nor
 * for AppSpecContent); AppSpecs hold settings and lists of paths, kilobytes, while the time to
 * parse one grows with its size.
 */
export const MAX_APPSPEC_BYTES = 1 << 20

/**
 * Reads an AppSpec file once it is known to be one to read, so that no content of another file
 * can reach a parse error: a regular file (a FIFO would block the step) of at most
 * MAX_APPSPEC_BYTES, not in a `.git` directory (it holds the checkout's credentials) and, when
 * `root` is given, inside it after symlinks (a link in the revision is read as the file it points
 * to, as the bundle packs it). `name` is how errors call the file.
 */
export function readAppSpecFile(file: string, name: string, root?: string): string {
  const label = shown(name)
  const real = attempt(label, () => realpathSync(file))
  const realRoot = root === undefined ? undefined : attempt(label, () => realpathSync(root))
  if (inGitDir(real)) {
    throw new AppSpecError(
      `${label} resolves to ${shown(real)}, inside a .git directory, which is never read or ` +
        `bundled; use an AppSpec file outside .git`
    )
  }
  if (realRoot !== undefined && !isInside(realRoot, real)) {
    throw new AppSpecError(
      `${label} resolves to ${shown(real)}, outside revision-path (${shown(root ?? '')}): the ` +
        `AppSpec is read from the revision alone; replace the link with a copy of the file`
    )
  }
  const stats = attempt(label, () => statSync(real))
  if (!stats.isFile()) {
    throw new AppSpecError(
      `${label} is not a regular file (a directory, FIFO, socket or device); use a file`
    )
  }
  if (stats.size > MAX_APPSPEC_BYTES) {
    throw new AppSpecError(
      `${label} is ${bytes(stats.size)}; AppSpec files are read up to ` +
        `${bytes(MAX_APPSPEC_BYTES)} (${MAX_APPSPEC_BYTES >> 20} MiB), far more than one ` +
        `needs: check that ${label} is the AppSpec file`
    )
  }
  return attempt(label, () => readFileSync(real, 'utf8'))
}

/** Runs a file system call for the AppSpec file `label`, raising an AppSpecError that names it. */
function attempt<T>(label: string, call: () => T): T {
  try {
    return call()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new AppSpecError(`cannot read ${label}: ${shown(code)}`, { cause: error })
  }
}
