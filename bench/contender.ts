import { performance } from 'node:perf_hooks'
import { createBundle } from '../src/bundle/index.js'

/**
 * What one contender process does, so each is measured alone (wall, CPU, peak RSS):
 * - `ours <root> <outDir> <endpoint> [level]`: bundle with this action's code, then upload, with
 *   the action's modules loaded as a run loads them: its local part before bundling (timed from
 *   after loading it), the AWS part (the SDK) once the bundle is made;
 * - `upload <file> <endpoint>`: upload an archive another tool made, with the same code.
 * Prints one JSON line with its own timings.
 */
export async function contender(args: string[]): Promise<void> {
  const [mode, ...rest] = args
  if (mode === 'ours') {
    // Everything the action holds in memory when it bundles: its peak RSS, not a leaner one's.
    await import('../src/main.js')
  }
  const started = performance.now()
  if (mode === 'ours') {
    const [root, outDir, endpoint, level] = rest
    const compressionLevel = level ? Number(level) : undefined
    const bundle = await createBundle({ root, exclude: [], outDir, compressionLevel })
    const bundled = performance.now()
    const bundleRssMb = process.resourceUsage().maxRSS / 1024
    await import('../src/deliver.js')
    await upload(endpoint, bundle.path, bundle.size, bundle.sha256)
    report({
      size: bundle.size,
      bundleMs: bundled - started,
      uploadMs: performance.now() - bundled,
      bundleRssMb
    })
  } else if (mode === 'upload') {
    const [file, endpoint] = rest
    const { statSync } = await import('node:fs')
    const size = statSync(file).size
    // No hash for the other tools' archives: the baseline gets the benefit of the doubt.
    await upload(endpoint, file, size, '0'.repeat(64))
    report({ size, bundleMs: 0, uploadMs: performance.now() - started, bundleRssMb: 0 })
  } else {
    throw new Error(`unknown contender ${mode}`)
  }
}

async function upload(endpoint: string, filePath: string, size: number, sha256: string) {
  const { S3Client } = await import('@aws-sdk/client-s3')
  const { putBundle } = await import('../src/s3/objects.js')
  const s3 = new S3Client({
    region: 'us-east-1',
    endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' }
  })
  try {
    const key = `bench/${sha256}.zip`
    await putBundle(s3, { bucket: 'bench', key, filePath, size, sha256 }, { identity: 'bench' })
  } finally {
    s3.destroy()
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
