import { isAbsolute, relative, sep } from 'node:path'

/** True when `target` is `root` or below it; resolve symlinks of both first where they matter. */
export function isInside(root: string, target: string): boolean {
  const rel = relative(root, target)
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
}

/**
 * Whether a file name is `.git` as some file system reads it: case-insensitive ones (macOS,
 * Windows) take `.GIT` for it, and Windows drops trailing dots and spaces. Any of them can be the
 * repository, which holds the checkout's credentials.
 */
export function isGitName(name: string): boolean {
  return name.replace(/[. ]+$/, '').toLowerCase() === '.git'
}

/** Whether a resolved path goes through a `.git` directory. */
export function inGitDir(path: string): boolean {
  return path.split(/[\\/]/).some(isGitName)
}
