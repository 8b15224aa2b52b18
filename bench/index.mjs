// Entry point of `npm run bench`: compiles the benchmark together with the action's code into a
// temporary directory with ncc, the way the action itself is bundled (an ES module, so packages
// that only export one, like @actions/core, resolve as they do in the action), then runs it with
// the given arguments.
// Usage: node bench/index.mjs [--quick | --tiny | --huge] [--level=N] [--ours]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const ncc = createRequire(import.meta.url).resolve('@vercel/ncc/dist/ncc/cli.js')
const out = mkdtempSync(join(tmpdir(), 'codedeploy-bench-build-'))
try {
  const build = spawnSync(
    process.execPath,
    [ncc, 'build', 'bench/run.ts', '-o', out, '--quiet', '--target', 'es2022'],
    { cwd: root, stdio: 'inherit' }
  )
  const run =
    build.status === 0
      ? spawnSync(process.execPath, [join(out, 'index.js'), ...process.argv.slice(2)], {
          stdio: 'inherit'
        })
      : build
  process.exitCode = run.status ?? 1
} finally {
  rmSync(out, { recursive: true, force: true })
}
