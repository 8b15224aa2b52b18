/**
 * Cuts a release from a clean main, in one command:
 *
 *   npm run release -- 1.1.0             check, then commit the version, tag v1.1.0, move v1
 *   npm run release -- 1.1.0 --dry-run   check only: nothing is written, committed or tagged
 *
 * It refuses, changing nothing, unless: the version is X.Y.Z and comes after package.json's, its
 * tag does not exist yet, CHANGELOG.md has a non-empty entry for it, this is main and the working
 * tree is clean; then unless `npm run bundle` leaves dist/ as committed and `npm run all` passes
 * without changing a file. Then it sets the version in package.json and package-lock.json, commits
 * them, tags the commit vX.Y.Z (annotated) and moves vX to it (a lightweight tag, forced), writes
 * the release notes from the CHANGELOG entry, and prints the commands that publish it: it pushes
 * nothing itself. CONTRIBUTING.md describes the whole release.
 *
 * The rules are in release-checks.ts; this file only runs git and npm and reads files.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  branchRefusal,
  changelogEntry,
  changelogRefusal,
  cleanTreeRefusal,
  distRefusal,
  majorTag,
  nextSteps,
  parseVersion,
  releaseCommands,
  releaseTag,
  shellLine,
  tagRefusal,
  versionRefusal,
  versionText,
  withLockVersion,
  withPackageVersion
} from './release-checks.js'

export interface ReleaseOptions {
  /** The repository's root. */
  cwd: string
  /** The version to release, X.Y.Z. */
  version: string | undefined
  /** Check everything, change nothing. */
  dryRun?: boolean
  /** For git and npm; the process's own by default. */
  env?: NodeJS.ProcessEnv
  /** Where the release notes are written; .e2e-tmp/release-notes (ignored by git) by default. */
  notesDir?: string
  /** Lines for the maintainer. */
  log?: (line: string) => void
  /** Let npm print to the terminal, as the command line does. */
  showNpmOutput?: boolean
}

export interface ReleaseResult {
  released: boolean
  /** Why it did not release; empty when it did, or when a dry run found nothing wrong. */
  refusals: string[]
}

interface Ran {
  ok: boolean
  stdout: string
  stderr: string
}

export function release(options: ReleaseOptions): ReleaseResult {
  const { cwd } = options
  const log = options.log ?? ((line: string) => console.log(line))
  const run = (command: string, args: string[], show = false): Ran => {
    const spawnOptions: SpawnSyncOptions = {
      cwd,
      env: options.env ?? process.env,
      encoding: 'utf8',
      stdio: show ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe']
    }
    const result = spawnSync(command, args, spawnOptions)
    return {
      ok: result.status === 0,
      stdout: String(result.stdout ?? ''),
      stderr: String(result.stderr ?? result.error?.message ?? '')
    }
  }
  const git = (...args: string[]) => run('git', args)
  const npm = (script: string) => {
    log(`npm run ${script}`)
    return run('npm', ['run', script], options.showNpmOutput ?? false)
  }
  const refuse = (...refusals: (string | undefined)[]): ReleaseResult => ({
    released: false,
    refusals: refusals.filter((r): r is string => r !== undefined)
  })
  const file = (name: string) => path.join(cwd, name)
  const readIfThere = (name: string) =>
    existsSync(file(name)) ? readFileSync(file(name), 'utf8') : undefined

  const top = git('rev-parse', '--show-toplevel')
  if (!top.ok || realpathSync(top.stdout.trim()) !== realpathSync(cwd)) {
    return refuse(
      `${cwd} is not the root of a git repository: run the release from the clone's root`
    )
  }
  const packageJson = readIfThere('package.json')
  if (packageJson === undefined) return refuse(`There is no package.json in ${cwd}`)
  const current = String((JSON.parse(packageJson) as { version?: unknown }).version ?? '')
  const badVersion = versionRefusal(options.version, current)
  if (badVersion !== undefined) return refuse(badVersion)
  const version = parseVersion(options.version ?? '')
  if (!version) return refuse(`'${options.version}' is not a version`)

  const changelog = readIfThere('CHANGELOG.md')
  const first = [
    tagRefusal(
      version,
      git('rev-parse', '--quiet', '--verify', `refs/tags/${releaseTag(version)}`).stdout
    ),
    changelogRefusal(changelog, version),
    branchRefusal(git('symbolic-ref', '--quiet', '--short', 'HEAD').stdout),
    cleanTreeRefusal(git('status', '--porcelain').stdout)
  ]
  if (first.some(r => r !== undefined)) return refuse(...first)

  if (!npm('bundle').ok) return refuse('npm run bundle failed: fix the build first')
  const stale = distRefusal(git('status', '--porcelain', '--', 'dist').stdout)
  if (stale !== undefined) return refuse(stale)
  if (!npm('all').ok) {
    return refuse('npm run all failed (format, lint, typecheck, tests or bundle): fix it first')
  }
  const changed = cleanTreeRefusal(git('status', '--porcelain').stdout, 'during npm run all')
  if (changed !== undefined) return refuse(changed)

  const tag = releaseTag(version)
  const major = majorTag(version)
  const majorWas = git(
    'rev-parse',
    '--quiet',
    '--verify',
    `refs/tags/${major}^{commit}`
  ).stdout.trim()
  const files = [
    'package.json',
    ...(existsSync(file('package-lock.json')) ? ['package-lock.json'] : [])
  ]
  const commands = releaseCommands(version, files)
  if (options.dryRun) {
    log(
      `Every check passed. Without --dry-run, the release would set ${files.join(' and ')} to ${versionText(version)}, then:`
    )
    for (const command of commands) log(`  ${shellLine(command)}`)
    return { released: false, refusals: [] }
  }

  writeFileSync(file('package.json'), withPackageVersion(packageJson, version))
  const lock = readIfThere('package-lock.json')
  if (lock !== undefined) writeFileSync(file('package-lock.json'), withLockVersion(lock, version))
  for (const [command, ...args] of commands) {
    const done = run(command, args)
    if (!done.ok) {
      throw new Error(
        `${command} ${args.join(' ')} failed, so the release stopped halfway:\n${done.stderr}`
      )
    }
  }
  const notesDir = options.notesDir ?? file(path.join('.e2e-tmp', 'release-notes'))
  mkdirSync(notesDir, { recursive: true })
  const notes = path.join(notesDir, `${tag}.md`)
  writeFileSync(notes, `${changelogEntry(changelog ?? '', version) ?? ''}\n`)
  const commit = git('rev-parse', '--short', 'HEAD').stdout.trim()
  log(`Released ${versionText(version)}: commit ${commit}, tag ${tag}.`)
  log(
    majorWas
      ? `${major} moved from ${majorWas.slice(0, 7)} to ${commit}.`
      : `${major} created at ${commit}.`
  )
  log('Nothing is pushed yet. To publish it:')
  for (const step of nextSteps(version, path.relative(cwd, notes))) log(`  ${step}`)
  return { released: true, refusals: [] }
}

const USAGE = 'Usage: npm run release -- X.Y.Z [--dry-run]'

export function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE)
    return 0
  }
  const unknown = argv.filter(a => a.startsWith('-') && a !== '--dry-run')
  const versions = argv.filter(a => !a.startsWith('-'))
  if (unknown.length > 0 || versions.length > 1) {
    console.error(`Unknown arguments: ${[...unknown, ...versions.slice(1)].join(' ')}\n${USAGE}`)
    return 2
  }
  const result = release({
    cwd: process.cwd(),
    version: versions[0],
    dryRun: argv.includes('--dry-run'),
    showNpmOutput: true
  })
  for (const refusal of result.refusals) console.error(`Refused: ${refusal}`)
  return result.refusals.length > 0 ? 1 : 0
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2))
}
