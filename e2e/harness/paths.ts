import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * The repository root: the nearest directory holding action.yml, from the working directory
 * (npm scripts and jest both run from the root; the demo is bundled, so import.meta.url would
 * point at the bundle instead).
 */
export function findRepoRoot(start: string = process.cwd()): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'action.yml'))) return dir
    if (dirname(dir) === dir) {
      throw new Error(`No action.yml found in ${start} or any parent directory`)
    }
  }
}

export const repoRoot = findRepoRoot()
/** The action under test: this repository, or another checkout or release in E2E_ACTION_DIR. */
export const actionRoot = process.env.E2E_ACTION_DIR ?? repoRoot
/**
 * The Node.js that runs the action, as `runs.using` picks it on a runner: E2E_NODE, or the one
 * running the suite.
 */
export const actionNode = process.env.E2E_NODE || process.execPath
export const launcherPath = join(repoRoot, 'e2e', 'emulator', 'launcher.py')
export const examplesDir = join(repoRoot, 'examples')
