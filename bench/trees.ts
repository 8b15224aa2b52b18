import { mkdirSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Seeded, reproducible trees: the same sizes and seed always give the same bytes, so runs on
 * different days and machines compare the same work.
 */

export interface TreeSpec {
  /** Many small text files, like a web application or a node_modules folder. */
  small: { files: number; minBytes: number; maxBytes: number }
  /** A few large files: half text logs/data, half already-compressed archives and media. */
  large: { files: number; bytes: number }
}

/** A 32-bit generator (mulberry32): fast, and enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }
}

const APPSPEC = `version: 0.0
os: linux
files:
  - source: /
    destination: /opt/app
hooks:
  BeforeInstall:
    - location: scripts/stop.sh
      timeout: 60
  ApplicationStart:
    - location: scripts/start.sh
`

/** Text that compresses about as much as source code or logs (3–4×), built from a vocabulary. */
export class TextSource {
  private readonly words: Buffer[]
  private readonly next: () => number

  constructor(seed: number) {
    this.next = prng(seed)
    const letters = 'etaoinshrdlcumwfgypbvkjxqz_'
    this.words = Array.from({ length: 4096 }, () => {
      const length = 2 + (this.next() % 9)
      let word = ''
      for (let i = 0; i < length; i++) word += letters[this.next() % (this.next() % 3 ? 12 : 27)]
      return Buffer.from(word)
    })
  }

  fill(buffer: Buffer): Buffer {
    let at = 0
    while (at < buffer.length) {
      const r = this.next()
      // Zipf-like: a few words are very common, most are rare.
      const word = this.words[(r & 0xfff) % (1 + ((r >>> 12) & 0xfff))]
      at += word.copy(buffer, at)
      if (at < buffer.length) buffer[at++] = r >>> 29 === 0 ? 0x0a : r >>> 30 === 1 ? 0x3b : 0x20
    }
    return buffer
  }
}

export function fillRandom(buffer: Buffer, next: () => number): Buffer {
  const whole = buffer.length & ~3
  for (let i = 0; i < whole; i += 4) buffer.writeUInt32LE(next(), i)
  for (let i = whole; i < buffer.length; i++) buffer[i] = next() & 0xff
  return buffer
}

function writeAppSkeleton(root: string): void {
  mkdirSync(join(root, 'scripts'), { recursive: true })
  writeFileSync(join(root, 'appspec.yml'), APPSPEC)
  writeFileSync(join(root, 'scripts/stop.sh'), '#!/bin/sh\nsystemctl stop app || true\n', {
    mode: 0o755
  })
  writeFileSync(join(root, 'scripts/start.sh'), '#!/bin/sh\nsystemctl start app\n', {
    mode: 0o755
  })
}

/** Returns the total bytes written. */
export function makeSmallTree(root: string, spec: TreeSpec['small'], seed: number): number {
  writeAppSkeleton(root)
  const next = prng(seed)
  const text = new TextSource(seed + 1)
  const buffer = Buffer.allocUnsafe(spec.maxBytes)
  let total = 0
  for (let i = 0; i < spec.files; i++) {
    const dir = join(root, `src/module${String(i % 200).padStart(3, '0')}`)
    if (i < 200) mkdirSync(dir, { recursive: true })
    const size = spec.minBytes + (next() % (spec.maxBytes - spec.minBytes + 1))
    writeFileSync(join(dir, `file${i}.js`), text.fill(buffer.subarray(0, size)))
    total += size
  }
  return total
}

/** Half of the files are text, half random bytes named as archives and videos. */
export function makeLargeTree(root: string, spec: TreeSpec['large'], seed: number): number {
  writeAppSkeleton(root)
  mkdirSync(join(root, 'data'), { recursive: true })
  const next = prng(seed)
  const text = new TextSource(seed + 1)
  const names = ['server.log', 'app.jar', 'data.csv', 'intro.mp4']
  const chunk = Buffer.allocUnsafe(4 << 20)
  for (let i = 0; i < spec.files; i++) {
    const name = `${i}-${names[i % names.length]}`
    const incompressible = i % 2 === 1
    const fd = openSync(join(root, 'data', name), 'w')
    try {
      for (let done = 0; done < spec.bytes; done += chunk.length) {
        const part = chunk.subarray(0, Math.min(chunk.length, spec.bytes - done))
        writeSync(fd, incompressible ? fillRandom(part, next) : text.fill(part))
      }
    } finally {
      closeSync(fd)
    }
  }
  return spec.files * spec.bytes
}
