import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { createBundle } from '../src/bundle/index.js'
import { contender, type ContenderReport } from './contender.js'
import { measure, type Measured } from './measure.js'
import { startSink, type Sink } from './sink.js'
import { makeLargeTree, makeSmallTree, type TreeSpec } from './trees.js'
import { median } from './stats.js'

/**
 * This action's bundle + upload against libraries that could do each part, on a tree of many
 * small files (A) and one of a few large files (B): ZIP archives (this action, yazl, archiver,
 * and `zip -r -q -6` as a reference), gzipped tar archives (this action, node-tar), each followed
 * by this action's upload; and the upload alone of the same archive (this action,
 * @aws-sdk/lib-storage). Every contender runs in its own process, measured from outside; rounds
 * run every contender on A, then on B, so drift on a shared machine hits everyone alike.
 *
 *   --quick  smaller trees, 5 rounds
 *   --tiny   a few seconds, to keep the benchmark from rotting
 *   --huge   one round on 2 GiB of large files and 100,000 small ones (peak memory check)
 *   --level=N  compress at zlib level N instead of the action's default (the libraries too)
 *   --ours   this action's contenders only (with --huge: the memory check alone)
 */
const MIB = 1 << 20
const PLANS: Record<string, { rounds: number; tree: TreeSpec }> = {
  full: {
    rounds: 3,
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

type Tree = 'A' | 'B'
type Section = 'zip' | 'tgz' | 'upload'

interface Contender {
  section: Section
  name: string
  /** The contender's arguments after `--contender`, or `zip` run directly. */
  args: (root: string, outDir: string, endpoint: string, level: string) => string[]
}

const OURS_ZIP: Contender = { section: 'zip', name: 'this action', args: bundle('zip') }
/** Run directly (runZip), for reference: the archiver most people know. */
const ZIP_6: Contender = { section: 'zip', name: 'zip -r -q -6', args: () => [] }
const OURS_UPLOAD: Contender = { section: 'upload', name: 'this action', args: upload('ours') }
/** Each section's first contender is the one the others are compared with. */
const CONTENDERS: Contender[] = [
  OURS_ZIP,
  { section: 'zip', name: 'yazl', args: bundle('yazl') },
  { section: 'zip', name: 'archiver', args: bundle('archiver') },
  ZIP_6,
  { section: 'tgz', name: 'this action', args: bundle('tgz') },
  { section: 'tgz', name: 'node-tar', args: bundle('node-tar') },
  OURS_UPLOAD,
  { section: 'upload', name: '@aws-sdk/lib-storage', args: upload('lib-storage') }
]

function bundle(writer: string): Contender['args'] {
  return (root, outDir, endpoint, level) => [
    'bundle',
    writer,
    'ours',
    root,
    outDir,
    endpoint,
    level
  ]
}

/** The upload contenders get the tree's ZIP archive in place of the tree. */
function upload(uploader: string): Contender['args'] {
  return (archive, _outDir, endpoint) => ['upload', uploader, archive, endpoint]
}

interface Run {
  tree: Tree
  contender: Contender
  round: number
  measured: Omit<Measured, 'stdout'>
  archiveBytes: number
  /** Peak RSS while making the archive (before the upload; `zip`: the zip process). */
  bundleRssMb: number
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--contender') return contender(argv.slice(1))
  const mode = ['quick', 'tiny', 'huge'].find(m => argv.includes(`--${m}`)) ?? 'full'
  const plan = PLANS[mode]
  const level = argv.find(a => a.startsWith('--level='))?.slice('--level='.length) ?? ''
  // Contenders run on Node 20 here too; the SDK's notice about future versions is noise.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'
  const hasZip = spawnSync('zip', ['-v'], { stdio: 'ignore' }).status === 0
  const onlyOurs = argv.includes('--ours')
  const contenders = CONTENDERS.filter(
    c => (c !== ZIP_6 || hasZip) && (!onlyOurs || c.name === 'this action')
  )
  const machine =
    `${new Date().toISOString().slice(0, 10)}, Node.js ${process.version}, ` +
    `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'} (${availableParallelism()} usable), ` +
    `${Math.round(totalmem() / 2 ** 30)} GiB`
  log(
    `mode ${mode}${level ? `, level ${level}` : ''}: ${machine}${hasZip ? '' : ', zip not installed'}`
  )

  const work = mkdtempSync(join(tmpdir(), 'codedeploy-bench-'))
  const sink = await startSink()
  try {
    const roots = { A: join(work, 'tree-a'), B: join(work, 'tree-b') }
    const bytes = {
      A: timed('generate tree A', () => makeSmallTree(roots.A, plan.tree.small, 1)),
      B: timed('generate tree B', () => makeLargeTree(roots.B, plan.tree.large, 2))
    }
    const archives = {
      A: (await createBundle({ root: roots.A, exclude: [], outDir: join(work, 'zip-a') })).path,
      B: (await createBundle({ root: roots.B, exclude: [], outDir: join(work, 'zip-b') })).path
    }
    const runs: Run[] = []
    for (let round = 1; round <= plan.rounds; round++) {
      for (const tree of ['A', 'B'] as const) {
        for (const c of contenders) {
          const input = c.section === 'upload' ? archives[tree] : roots[tree]
          const run = await runOne(c, input, join(work, 'out'), sink, level)
          runs.push({ tree, contender: c, round, ...run })
          log(
            `round ${round} tree ${tree} ${c.section} ${c.name}: ${seconds(run.measured.wallMs)} s, ` +
              `${run.measured.rssMb.toFixed(0)} MB`
          )
        }
      }
    }
    console.log(`\n${machine}; ${mode} run, ${plan.rounds} round${plan.rounds > 1 ? 's' : ''}`)
    for (const section of ['zip', 'tgz', 'upload'] as const) {
      printTable(
        runs,
        section,
        bytes,
        contenders.filter(c => c.section === section)
      )
    }
    const ours = runs.filter(r => r.contender === OURS_ZIP)
    const ratio = (tree: Tree) =>
      contenders.includes(ZIP_6) ? pairedRatio(runs, tree, OURS_ZIP, ZIP_6).toFixed(3) : 'n/a'
    console.log(
      `BENCH large_ratio=${ratio('B')} small_ratio=${ratio('A')} ` +
        `peak_rss_mb=${Math.max(...ours.map(r => r.measured.rssMb)).toFixed(0)}`
    )
  } finally {
    await sink.close()
    rmSync(work, { recursive: true, force: true })
  }
}

async function runOne(c: Contender, input: string, outDir: string, sink: Sink, level: string) {
  mkdirSync(outDir, { recursive: true })
  try {
    if (c === ZIP_6) return await runZip(input, outDir, sink)
    const self = [process.argv[1], '--contender']
    const m = await measure(process.execPath, [
      ...self,
      ...c.args(input, outDir, sink.endpoint, level)
    ])
    const own = lastJson(m.stdout)
    return { measured: m, archiveBytes: own.size, bundleRssMb: own.bundleRssMb }
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

/** `zip` makes the archive in its own process, then this action's code uploads it. */
async function runZip(root: string, outDir: string, sink: Sink) {
  const archive = join(outDir, 'archive.zip')
  const zip = await measure('zip', ['-r', '-q', '-6', archive, '.'], root)
  const upload = await measure(process.execPath, [
    process.argv[1],
    '--contender',
    ...OURS_UPLOAD.args(archive, outDir, sink.endpoint, '')
  ])
  const measured = {
    wallMs: zip.wallMs + upload.wallMs,
    cpuMs: zip.cpuMs + upload.cpuMs,
    rssMb: Math.max(zip.rssMb, upload.rssMb)
  }
  return { measured, archiveBytes: statSync(archive).size, bundleRssMb: zip.rssMb }
}

/** Median over rounds of `name`'s wall time / `base`'s in the same round. */
function pairedRatio(runs: Run[], tree: Tree, name: Contender, base: Contender): number {
  const ratios = runs
    .filter(r => r.tree === tree && r.contender === name)
    .map(r => {
      const paired = runs.find(b => b.tree === tree && b.round === r.round && b.contender === base)
      return r.measured.wallMs / (paired as Run).measured.wallMs
    })
  return median(ratios)
}

const TITLES: Record<Section, string> = {
  zip: 'ZIP archive + upload (this action’s upload)',
  tgz: 'gzipped tar archive + upload (this action’s upload)',
  upload: 'upload alone of the tree’s ZIP archive'
}

function printTable(
  runs: Run[],
  section: Section,
  bytes: Record<Tree, number>,
  contenders: Contender[]
) {
  console.log(`\n${TITLES[section]}\n`)
  console.log(
    '| tree | contender | wall s | CPU s | peak RSS MB | archiving RSS MB | archive MB | wall ÷ this action |'
  )
  console.log('|---|---|---|---|---|---|---|---|')
  for (const tree of ['A', 'B'] as const) {
    for (const c of contenders) {
      const mine = runs.filter(r => r.tree === tree && r.contender === c)
      const cells = [
        `${tree} (${(bytes[tree] / MIB).toFixed(0)} MB)`,
        c.name,
        (median(mine.map(r => r.measured.wallMs)) / 1000).toFixed(2),
        (median(mine.map(r => r.measured.cpuMs)) / 1000).toFixed(2),
        Math.max(...mine.map(r => r.measured.rssMb)).toFixed(0),
        section === 'upload' ? '' : Math.max(...mine.map(r => r.bundleRssMb)).toFixed(0),
        (mine[0].archiveBytes / MIB).toFixed(1),
        pairedRatio(runs, tree, c, contenders[0]).toFixed(2)
      ]
      console.log(`| ${cells.join(' | ')} |`)
    }
  }
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

/** Progress goes to stderr; stdout holds the tables and the final BENCH line. */
function log(line: string): void {
  process.stderr.write(`${line}\n`)
}

main(process.argv.slice(2)).catch(error => {
  console.error(error)
  process.exitCode = 1
})
