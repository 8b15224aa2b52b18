import { isAbsolute, relative, sep } from 'node:path'

/** True when `target` is `root` or below it; resolve symlinks of both first where they matter. */
export function isInside(root: string, target: string): boolean {
  const rel = relative(root, target)
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
}
