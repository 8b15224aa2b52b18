import { realpathSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { S3Client } from '@aws-sdk/client-s3'
import { createBundle, DEFAULT_EPOCH, type BundleType } from '../src/bundle/index.js'
import { DEFAULT_LEVEL } from '../src/bundle/compress.js'

/**
 * What one contender process does, so each is measured alone (wall, CPU, peak RSS):
 * - `bundle <writer> <uploader> <root> <outDir> <endpoint> [level]`: make the archive, then
 *   upload it, with the action's modules loaded as a run loads them: its local part before
 *   bundling (timed from after loading it), the AWS part (the SDK) once the archive is made.
 *   `writer` is `zip` or `tgz` (this action's code) or a library (libraries.ts); `uploader` is
 *   `ours` or `lib-storage`.
 * - `upload <uploader> <file> <endpoint>`: upload an archive another tool made.
 * Prints one JSON line with its own timings.
 */
export async function contender(args: string[]): Promise<void> {
  const [mode, ...rest] = args
  if (mode === 'bundle') return bundleAndUpload(rest)
  if (mode === 'upload') return uploadOnly(rest)
  throw new Error(`unknown contender ${mode}`)
}

async function bundleAndUpload([writer, uploader, root, outDir, endpoint, level]: string[]) {
  // Everything the action holds in memory when it bundles: its peak RSS, not a leaner one's.
  await import('../src/main.js')
  const started = performance.now()
  const compressionLevel = level ? Number(level) : undefined
  const archive = await makeArchive(writer, root, outDir, compressionLevel)
  const bundled = performance.now()
  const bundleRssMb = process.resourceUsage().maxRSS / 1024
  await import('../src/deliver.js')
  await upload(uploader, endpoint, archive.path, archive.size, archive.sha256)
  report({
    size: archive.size,
    bundleMs: bundled - started,
    uploadMs: performance.now() - bundled,
    bundleRssMb
  })
}

async function uploadOnly([uploader, file, endpoint]: string[]) {
  const started = performance.now()
  const size = statSync(file).size
  // No hash for the other tools' archives: the baseline gets the benefit of the doubt.
  await upload(uploader, endpoint, file, size, '0'.repeat(64))
  report({ size, bundleMs: 0, uploadMs: performance.now() - started, bundleRssMb: 0 })
}

async function makeArchive(writer: string, root: string, outDir: string, level?: number) {
  if (writer === 'zip' || writer === 'tgz') {
    const bundleType: BundleType = writer
    return createBundle({ root, exclude: [], outDir, compressionLevel: level, bundleType })
  }
  const [{ writers }, { FileTree }] = await Promise.all([
    import('./libraries.js'),
    import('../src/bundle/files.js')
  ])
  const write = writers[writer]
  if (!write) throw new Error(`unknown archive writer ${writer}`)
  const path = join(outDir, `${writer}.${writer === 'node-tar' ? 'tgz' : 'zip'}`)
  const files = new FileTree(root, [], realpathSync(outDir)).files()
  const options = { level: level ?? DEFAULT_LEVEL, mtime: DEFAULT_EPOCH }
  return { path, ...(await write(root, files, path, options)) }
}

async function upload(
  uploader: string,
  endpoint: string,
  filePath: string,
  size: number,
  sha256: string
) {
  const { S3Client } = await import('@aws-sdk/client-s3')
  const s3 = new S3Client({
    region: 'us-east-1',
    endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' }
  })
  try {
    const target = { bucket: 'bench', key: `bench/${sha256}`, filePath, size, sha256 }
    await uploaders[uploader](s3, target)
  } finally {
    s3.destroy()
  }
}

type Target = { bucket: string; key: string; filePath: string; size: number; sha256: string }

const uploaders: Record<string, (s3: S3Client, target: Target) => Promise<unknown>> = {
  ours: async (s3, target) => {
    const { putBundle } = await import('../src/s3/objects.js')
    return putBundle(s3, target, { identity: 'bench' })
  },
  'lib-storage': async (s3, target) => {
    const { uploadWithLibStorage } = await import('./libraries.js')
    return uploadWithLibStorage(s3, target)
  }
}

export interface ContenderReport {
  size: number
  bundleMs: number
  uploadMs: number
  /** Peak RSS when the archive was written, before the upload. */
  bundleRssMb: number
}

function report(timings: ContenderReport): void {
  const usage = process.resourceUsage()
  const self = {
    maxRssMb: usage.maxRSS / 1024,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000
  }
  process.stdout.write(`${JSON.stringify({ ...timings, ...self })}\n`)
}
