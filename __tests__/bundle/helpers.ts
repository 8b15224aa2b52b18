import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** A fresh directory under the OS temp dir; `cleanup` removes it. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-test-'))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Writes files (string or Buffer content); a `mode` suffix "name:755" sets the mode. */
export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [spec, content] of Object.entries(files)) {
    const [name, mode] = spec.split(':')
    const path = join(root, name)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, content)
    if (mode) chmodSync(path, parseInt(mode, 8))
  }
}

export const MINIMAL_APPSPEC = 'version: 0.0\nos: linux\n'

export interface ZipInfo {
  name: string
  mode: number
  method: number
  size: number
  compressedSize: number
}

/** Lists a ZIP with Python's zipfile after `testzip()` (every CRC and size checked). */
export function pythonZipInfo(path: string): ZipInfo[] {
  const script = [
    'import json, sys, zipfile',
    'z = zipfile.ZipFile(sys.argv[1])',
    'bad = z.testzip()',
    'assert bad is None, bad',
    'print(json.dumps([[i.filename, i.external_attr >> 16, i.compress_type, i.file_size,',
    '  i.compress_size] for i in z.infolist()]))'
  ].join('\n')
  const out = execFileSync('python3', ['-c', script, path], { maxBuffer: 1 << 30 }).toString()
  return (JSON.parse(out) as [string, number, number, number, number][]).map(
    ([name, mode, method, size, compressedSize]) => ({ name, mode, method, size, compressedSize })
  )
}

/** Runs `unzip -t`, which throws on any error in the archive. */
export function unzipTest(path: string): string {
  return execFileSync('unzip', ['-t', path], { maxBuffer: 1 << 30 }).toString()
}

/** Extracts one entry with Python (independent of our own code) and returns its bytes. */
export function pythonRead(path: string, name: string): Buffer {
  const script =
    'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))'
  return execFileSync('python3', ['-c', script, path, name], { maxBuffer: 1 << 30 })
}
