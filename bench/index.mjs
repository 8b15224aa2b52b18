// Entry point of `npm run bench`: compiles the benchmark together with the action's code
// (TypeScript; type-checked by `tsc -p .`, so transpiled only here) into a temporary directory
// with ncc, the way the action itself is bundled, then runs it with the given arguments.
// Usage: node bench/index.mjs [--quick | --tiny | --huge] [--level=N]
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
    [ncc, 'build', 'bench/run.ts', '-o', out, '--quiet', '--target', 'es2022', '--transpile-only'],
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
