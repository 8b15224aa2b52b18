/**
 * Cold start of the built action, its main entry (`runs.main` in action.yml), against
 * `node -e 0`, each run in a fresh process, alternating, timed from spawn to exit.
 *
 * Cold start is the action run without inputs: it fails at input validation, its first piece of
 * work. What only some runs need is loaded when they reach it: the AWS SDK once the local work
 * (inputs, AppSpec, bundle) has passed, the AppSpec parser and the bundler for revisions made from
 * files, the dry run, GitHub's API client. The benchmark also counts, on a patched copy of the
 * bundle, how many bundled CommonJS modules have been evaluated by the time of that early exit,
 * so a change in what loads at startup shows.
 *
 * A second run of the action gets valid inputs for a revision already in S3 and no credentials:
 * it fails at its first AWS call, with the AWS SDK loaded. That is what any run that deploys pays
 * before it reaches AWS. (AWS_EC2_METADATA_DISABLED keeps the SDK off the network.)
 *
 * Another contender is the bare dependencies: a bundle, built here the same way, that only
 * imports @actions/core, @actions/github and the three AWS clients and fails as the action does
 * without inputs. It is what an action that loads everything at start pays.
 *
 *   --tiny     5 runs of each instead of 15
 *   --runs=N   N runs of each
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { createRequire } from 'node:module'
import { availableParallelism, cpus, tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { actionRoot } from '../e2e/harness/paths.js'
import { readActionMetadata } from '../e2e/harness/runner.js'
import { median } from './stats.js'

const MAX_RATIO = 3
const WARMUP = 2

interface Contender {
  name: string
  args: string[]
  /** Added to the benchmark's environment. */
  env?: Record<string, string>
  /** Whether a finished process is the expected one. */
  check: (result: SpawnSyncReturns<string>) => string | undefined
  samples: number[]
}

/** The early exit expected without inputs: a failed step naming a missing input. */
function checkEarlyExit(result: SpawnSyncReturns<string>): string | undefined {
  if (result.error) return result.error.message
  if (result.status === 1 && /^::error::Input\b/m.test(result.stdout)) return undefined
  return `expected exit code 1 with an input error, got ${result.status ?? result.signal}: ${
    (result.stdout + result.stderr).trim().slice(0, 500) || '(no output)'
  }`
}

/** Valid inputs but no credentials: the run fails at its first AWS call, the SDK loaded. */
const FIRST_AWS_CALL_ENV: Record<string, string> = {
  'INPUT_ROLE-TO-ASSUME': 'arn:aws:iam::111122223333:role/deploy',
  'INPUT_AWS-REGION': 'eu-west-1',
  INPUT_APPLICATION: 'app',
  'INPUT_DEPLOYMENT-GROUP': 'production',
  'INPUT_REVISION-LOCATION': 's3://bucket/app.zip',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true'
}

function checkNoCredentials(result: SpawnSyncReturns<string>): string | undefined {
  if (result.error) return result.error.message
  if (result.status === 1 && /^::error::No AWS credentials found/m.test(result.stdout)) {
    return undefined
  }
  return `expected exit code 1 with a credentials error, got ${result.status ?? result.signal}: ${
    (result.stdout + result.stderr).trim().slice(0, 500) || '(no output)'
  }`
}

function checkSuccess(result: SpawnSyncReturns<string>): string | undefined {
  if (result.error) return result.error.message
  return result.status === 0 ? undefined : `exit code ${result.status ?? result.signal}`
}

async function main(argv: string[]): Promise<void> {
  const runsArg = argv.find(a => a.startsWith('--runs='))
  const runs = runsArg
    ? Math.max(1, Number(runsArg.slice('--runs='.length)) || 1)
    : argv.includes('--tiny')
      ? 5
      : 15
  const meta = await readActionMetadata()
  const script = join(actionRoot, meta.runs.main)
  const cwd = mkdtempSync(join(tmpdir(), 'bench-startup-'))
  // Nothing of the caller's environment: no INPUT_*, no AWS or GitHub settings.
  const env = { PATH: process.env.PATH ?? '', HOME: cwd }
  try {
    log(
      `${runs} runs each (after ${WARMUP} warm-up runs), alternating; ${basename(script)} ` +
        `${(statSync(script).size / 2 ** 20).toFixed(1)} MB, runs.using ${meta.runs.using}, ` +
        `node ${process.version}; ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ` +
        `${availableParallelism()} usable`
    )
    const node: Contender = {
      name: 'node -e 0',
      args: ['-e', '0'],
      check: checkSuccess,
      samples: []
    }
    const action: Contender = {
      name: `node ${meta.runs.main}`,
      args: [script],
      check: checkEarlyExit,
      samples: []
    }
    const reference: Contender = {
      name: 'dependencies only',
      args: [buildReference(cwd)],
      check: checkEarlyExit,
      samples: []
    }
    const firstCall: Contender = {
      name: 'to the first AWS call',
      args: [script],
      env: FIRST_AWS_CALL_ENV,
      check: checkNoCredentials,
      samples: []
    }
    const all = [node, reference, action, firstCall]
    for (let i = 0; i < WARMUP; i++) for (const c of all) time(c, env, cwd)
    for (let i = 0; i < runs; i++) {
      // Rotate which goes first, so drift on a shared machine hits all alike.
      for (let j = 0; j < all.length; j++) {
        const c = all[(i + j) % all.length]
        c.samples.push(time(c, env, cwd))
      }
    }
    const modules = evaluatedModules(script, env, cwd)
    report(node, reference, action, firstCall, modules)
  } finally {
    rmSync(cwd, { recursive: true, force: true })
  }
}

/** What every deployment action of this kind loads; imported eagerly, as in the baseline. */
const REFERENCE_ENTRY = `
import * as core from '@actions/core'
import * as github from '@actions/github'
import { CodeDeployClient } from '@aws-sdk/client-codedeploy'
import { S3Client } from '@aws-sdk/client-s3'
import { STSClient } from '@aws-sdk/client-sts'
// Uses every import, so the bundler keeps them all, then fails as the action does without inputs.
const loaded = [core.getInput, github.getOctokit, CodeDeployClient, S3Client, STSClient]
core.setFailed('Input required and not supplied: none (' + loaded.length + ' modules loaded)')
`

/** Bundles REFERENCE_ENTRY with ncc, as the action is bundled; returns the bundle's path. */
function buildReference(work: string): string {
  // The entry must sit in the repository, so its imports resolve to our node_modules.
  const entryDir = join(actionRoot, '.e2e-tmp', 'startup-reference')
  mkdirSync(entryDir, { recursive: true })
  const entry = join(entryDir, 'index.mjs')
  writeFileSync(entry, REFERENCE_ENTRY)
  const out = join(work, 'reference')
  const ncc = createRequire(import.meta.url).resolve('@vercel/ncc/dist/ncc/cli.js')
  const build = spawnSync(
    process.execPath,
    [ncc, 'build', entry, '-o', out, '--quiet', '--target', 'es2022'],
    { cwd: actionRoot, encoding: 'utf8' }
  )
  if (build.status !== 0) throw new Error(`building the reference bundle failed: ${build.stderr}`)
  return join(out, 'index.mjs')
}

function time(c: Contender, env: Record<string, string>, cwd: string): number {
  const started = process.hrtime.bigint()
  const result = spawnSync(process.execPath, c.args, {
    cwd,
    env: { ...env, ...c.env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  const problem = c.check(result)
  if (problem) throw new Error(`${c.name}: ${problem}`)
  return ms
}

interface ModuleCount {
  evaluated: number
  total: number
}

/**
 * Runs a copy of the bundle that records which of its bundled modules are evaluated, with the
 * same environment; undefined when the bundle's layout is not the one ncc writes.
 */
function evaluatedModules(
  script: string,
  env: Record<string, string>,
  cwd: string
): ModuleCount | undefined {
  const source = readFileSync(script, 'utf8')
  const REQUIRE = 'function __nccwpck_require__(moduleId) {'
  const CACHE = 'var __webpack_module_cache__ = {};'
  if (!source.includes(REQUIRE) || !source.includes(CACHE)) return undefined
  const dir = mkdtempSync(join(tmpdir(), 'bench-startup-modules-'))
  try {
    cpSync(dirname(script), dir, { recursive: true })
    const out = join(dir, 'modules.json')
    const record = [
      CACHE,
      'const __benchLoaded = new Set();',
      'process.on("exit", () => __benchWrite(process.env.BENCH_MODULES_OUT, JSON.stringify(',
      '  { evaluated: __benchLoaded.size, total: Object.keys(__webpack_modules__).length })));'
    ].join('\n')
    const patched =
      'import { writeFileSync as __benchWrite } from "node:fs";\n' +
      source.replace(REQUIRE, `${REQUIRE}\n__benchLoaded.add(moduleId);`).replace(CACHE, record)
    const copy = join(dir, basename(script))
    writeFileSync(copy, patched)
    const result = spawnSync(process.execPath, [copy], {
      cwd,
      env: { ...env, BENCH_MODULES_OUT: out },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    })
    if (checkEarlyExit(result)) return undefined
    return JSON.parse(readFileSync(out, 'utf8')) as ModuleCount
  } catch {
    return undefined
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function report(
  node: Contender,
  reference: Contender,
  action: Contender,
  firstCall: Contender,
  modules: ModuleCount | undefined
): void {
  const row = (cells: string[]) => console.log(`| ${cells.join(' | ')} |`)
  console.log('')
  row(['command', 'runs', 'median ms', 'min ms', 'max ms', '× node -e 0'])
  row(['---', '---', '---', '---', '---', '---'])
  const nodeMs = median(node.samples)
  const label = (c: Contender) =>
    c === reference
      ? 'core + github + 3 AWS clients only'
      : c === firstCall
        ? `\`${action.name}\` to its first AWS call`
        : `\`${c.name}\``
  for (const c of [node, reference, action, firstCall]) {
    row([
      label(c),
      String(c.samples.length),
      median(c.samples).toFixed(1),
      Math.min(...c.samples).toFixed(1),
      Math.max(...c.samples).toFixed(1),
      (median(c.samples) / nodeMs).toFixed(2)
    ])
  }
  const referenceMs = median(reference.samples)
  const actionMs = median(action.samples)
  const firstCallMs = median(firstCall.samples)
  const ratio = actionMs / nodeMs
  console.log('')
  console.log(
    modules
      ? `bundled modules evaluated before the early exit: ${modules.evaluated} of ${modules.total}`
      : 'bundled modules evaluated before the early exit: n/a (bundle layout not recognised)'
  )
  console.log(`startup overhead of the action: ${(actionMs - nodeMs).toFixed(1)} ms (medians)`)
  console.log(
    `an action loading every dependency at start pays ${(referenceMs - nodeMs).toFixed(1)} ms ` +
      `before its first line runs`
  )
  console.log(
    `to the first AWS call (inputs checked, AWS SDK loaded): ${firstCallMs.toFixed(1)} ms = ` +
      `${(firstCallMs / nodeMs).toFixed(2)}× node -e 0`
  )
  console.log(
    `goal: cold start ≤ ${MAX_RATIO}× node -e 0 (medians): ${ratio.toFixed(2)}× → ` +
      (ratio <= MAX_RATIO ? 'PASS' : 'FAIL')
  )
  console.log(
    `BENCH_STARTUP ratio=${ratio.toFixed(2)} action_ms=${actionMs.toFixed(1)} ` +
      `node_ms=${nodeMs.toFixed(1)} dependencies_ms=${referenceMs.toFixed(1)} ` +
      `first_aws_call_ms=${firstCallMs.toFixed(1)}`
  )
}

/** Progress goes to stderr; stdout holds the table, the goal and the final BENCH_STARTUP line. */
function log(line: string): void {
  process.stderr.write(`${line}\n`)
}

main(process.argv.slice(2)).catch(error => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
