import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { contender, type ContenderReport } from './contender.js'
import { measure, type Measured } from './measure.js'
import { startSink, type Sink } from './sink.js'
import { makeLargeTree, makeSmallTree, type TreeSpec } from './trees.js'
import { median } from './stats.js'

/**
 * Bundle + upload, this action against `zip -r -q` + the same upload, on a tree of many small
 * files (A) and one of a few large files (B). Every contender runs in its own process, measured
 * from outside; rounds alternate A B A B so drift on a shared machine hits everyone alike.
 *
 *   --quick  smaller trees, 5 rounds, about three minutes
 *   --tiny   a few seconds, to keep the benchmark from rotting
 *   --huge   one round on 2 GiB of large files and 100,000 small ones (peak memory check)
 *   --level=N  compress at zlib level N instead of the action's default
 */
const MIB = 1 << 20
const PLANS: Record<string, { rounds: number; tree: TreeSpec }> = {
  full: {
    rounds: 2,
    tree: {
      small: { files: 20_000, minBytes: 1024, maxBytes: 20_480 },
      large: { files: 4, bytes: 250 * MIB }
    }
  },
  quick: {
    rounds: 5,
    tree: {
      small: { files: 20_000, minBytes: 1024, maxBytes: 20_480 },
      large: { files: 4, bytes: 64 * MIB }
    }
  },
  tiny: {
    rounds: 1,
    tree: {
      small: { files: 300, minBytes: 1024, maxBytes: 20_480 },
      large: { files: 4, bytes: 2 * MIB }
    }
  },
  huge: {
    rounds: 1,
    tree: {
      small: { files: 100_000, minBytes: 1024, maxBytes: 20_480 },
      large: { files: 4, bytes: 512 * MIB }
    }
  }
}

interface Run {
  tree: 'A' | 'B'
  contender: string
  round: number
  measured: Omit<Measured, 'stdout'>
  archiveBytes: number
  /** Peak RSS while making the archive (ours: before the upload; zip: the zip process). */
  bundleRssMb: number
  detail: string
}

const CONTENDERS = ['ours', 'zip -6', 'zip -1'] as const

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--contender') return contender(argv.slice(1))
  const mode = ['quick', 'tiny', 'huge'].find(m => argv.includes(`--${m}`)) ?? 'full'
  const plan = PLANS[mode]
  const level = argv.find(a => a.startsWith('--level='))?.slice('--level='.length) ?? ''
  // Contenders run on Node 20 here too; the SDK's notice about future versions is noise.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'
  const hasZip = spawnSync('zip', ['-v'], { stdio: 'ignore' }).status === 0
  const contenders = CONTENDERS.filter(c => c === 'ours' || hasZip)
  log(
    `mode ${mode}${level ? `, level ${level}` : ''}: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${availableParallelism()} usable, ` +
      `${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}${hasZip ? '' : ', zip not installed'}`
  )

  const work = mkdtempSync(join(tmpdir(), 'codedeploy-bench-'))
  const sink = await startSink()
  try {
    const roots = { A: join(work, 'tree-a'), B: join(work, 'tree-b') }
    const bytes = {
      A: timed('generate tree A', () => makeSmallTree(roots.A, plan.tree.small, 1)),
      B: timed('generate tree B', () => makeLargeTree(roots.B, plan.tree.large, 2))
    }
    const runs: Run[] = []
    for (let round = 1; round <= plan.rounds; round++) {
      for (const tree of ['A', 'B'] as const) {
        for (const name of contenders) {
          const run = await runOne(name, roots[tree], join(work, 'out'), sink, level)
          runs.push({ tree, contender: name, round, ...run })
          log(
            `round ${round} tree ${tree} ${name.padEnd(6)} ${seconds(run.measured.wallMs)} s ${run.detail}`
          )
        }
      }
    }
    printTable(runs, bytes, contenders)
    const ratio = (tree: 'A' | 'B') => (hasZip ? pairedRatio(runs, tree, 'ours').toFixed(3) : 'n/a')
    const peak = Math.max(...runs.filter(r => r.contender === 'ours').map(r => r.measured.rssMb))
    console.log(
      `BENCH large_ratio=${ratio('B')} small_ratio=${ratio('A')} peak_rss_mb=${peak.toFixed(0)}`
    )
  } finally {
    await sink.close()
    rmSync(work, { recursive: true, force: true })
  }
}

async function runOne(name: string, root: string, outDir: string, sink: Sink, level: string) {
  mkdirSync(outDir, { recursive: true })
  const self = [process.argv[1], '--contender']
  try {
    if (name === 'ours') {
      const m = await measure(process.execPath, [
        ...self,
        'ours',
        root,
        outDir,
        sink.endpoint,
        level
      ])
      const own = lastJson(m.stdout)
      const detail = `(bundle ${seconds(own.bundleMs)} s, upload ${seconds(own.uploadMs)} s)`
      return { measured: m, archiveBytes: own.size, bundleRssMb: own.bundleRssMb, detail }
    }
    const archive = join(outDir, 'archive.zip')
    const zip = await measure('zip', ['-r', '-q', name.split(' ')[1], archive, '.'], root)
    const archiveBytes = statSync(archive).size
    const upload = await measure(process.execPath, [...self, 'upload', archive, sink.endpoint])
    const detail = `(zip ${seconds(zip.wallMs)} s, upload process ${seconds(upload.wallMs)} s, upload ${seconds(lastJson(upload.stdout).uploadMs)} s)`
    const measured = {
      wallMs: zip.wallMs + upload.wallMs,
      cpuMs: zip.cpuMs + upload.cpuMs,
      rssMb: Math.max(zip.rssMb, upload.rssMb)
    }
    return { measured, archiveBytes, bundleRssMb: zip.rssMb, detail }
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

/** Median over rounds of contender's wall time / `zip -6`'s in the same round. */
function pairedRatio(runs: Run[], tree: 'A' | 'B', name: string): number {
  const ratios = runs
    .filter(r => r.tree === tree && r.contender === name)
    .map(r => {
      const base = runs.find(
        b => b.tree === tree && b.round === r.round && b.contender === 'zip -6'
      )
      return r.measured.wallMs / (base as Run).measured.wallMs
    })
  return median(ratios)
}

function printTable(runs: Run[], bytes: Record<'A' | 'B', number>, contenders: readonly string[]) {
  const hasZip = contenders.includes('zip -6')
  console.log('')
  console.log(
    '| tree | contender (+ upload) | wall s | CPU s | peak RSS MB | archiving RSS MB | MB/s | archive MB | ratio to zip -6 |'
  )
  console.log('|---|---|---|---|---|---|---|---|---|')
  for (const tree of ['A', 'B'] as const) {
    for (const name of contenders) {
      const mine = runs.filter(r => r.tree === tree && r.contender === name)
      const wall = median(mine.map(r => r.measured.wallMs)) / 1000
      const cells = [
        tree,
        name,
        wall.toFixed(2),
        (median(mine.map(r => r.measured.cpuMs)) / 1000).toFixed(2),
        Math.max(...mine.map(r => r.measured.rssMb)).toFixed(0),
        Math.max(...mine.map(r => r.bundleRssMb)).toFixed(0),
        (bytes[tree] / MIB / wall).toFixed(0),
        (mine[0].archiveBytes / MIB).toFixed(1),
        hasZip ? pairedRatio(runs, tree, name).toFixed(3) : 'n/a'
      ]
      console.log(`| ${cells.join(' | ')} |`)
    }
  }
  console.log('')
}

/** The JSON line a contender process prints last. */
function lastJson(stdout: string): ContenderReport {
  return JSON.parse(stdout.trim().split('\n').pop() as string)
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(2)
}

function timed<T>(label: string, fn: () => T): T {
  const started = Date.now()
  const result = fn()
  log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return result
}

/** Progress goes to stderr; stdout holds the table and the final BENCH line. */
function log(line: string): void {
  process.stderr.write(`${line}\n`)
}

main(process.argv.slice(2)).catch(error => {
  console.error(error)
  process.exitCode = 1
})
