import { spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

export interface Measured {
  wallMs: number
  /** User + system CPU; NaN when it cannot be measured. */
  cpuMs: number
  /** Peak resident set size; NaN when it cannot be measured. */
  rssMb: number
  stdout: string
}

const TIME = '/usr/bin/time'

/**
 * Runs a command to completion and measures it from outside with GNU time (`-v`) when present:
 * that covers any program, node or not. Without it, a node child's own report is used.
 */
export async function measure(command: string, args: string[], cwd?: string): Promise<Measured> {
  const useTime = existsSync(TIME)
  const report = join(tmpdir(), `bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`)
  const [cmd, argv] = useTime ? [TIME, ['-v', '-o', report, command, ...args]] : [command, args]
  const started = performance.now()
  const stdout = await run(cmd, argv, cwd)
  const wallMs = performance.now() - started
  if (!useTime) return { wallMs, ...selfReport(stdout), stdout }
  try {
    return { wallMs, ...parseTime(readFileSync(report, 'utf8')), stdout }
  } finally {
    rmSync(report, { force: true })
  }
}

export function parseTime(text: string): { cpuMs: number; rssMb: number } {
  const field = (label: string) => Number(new RegExp(`${label}: ([\\d.]+)`).exec(text)?.[1])
  const cpu = field('User time \\(seconds\\)') + field('System time \\(seconds\\)')
  return { cpuMs: cpu * 1000, rssMb: field('Maximum resident set size \\(kbytes\\)') / 1024 }
}

function selfReport(stdout: string): { cpuMs: number; rssMb: number } {
  const line = stdout.trim().split('\n').pop() ?? ''
  try {
    const parsed = JSON.parse(line) as { cpuMs: number; maxRssMb: number }
    return { cpuMs: parsed.cpuMs, rssMb: parsed.maxRssMb }
  } catch {
    return { cpuMs: NaN, rssMb: NaN }
  }
}

function run(command: string, args: string[], cwd?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('error', reject)
    child.on('close', code =>
      code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} exited ${code}`))
    )
  })
}
