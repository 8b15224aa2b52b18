import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { crc32Combine } from '../../src/bundle/crc32.js'
import {
  centralHeader,
  dataDescriptor,
  DEFLATE,
  dosDateTime,
  endOfCentralDirectory,
  localHeader,
  mayNeedZip64,
  STORE,
  type EntryRecord
} from '../../src/bundle/zip-records.js'
import { tempDir } from './helpers.js'

const GIB4 = 2 ** 32
const DOS = dosDateTime(0)

function record(over: Partial<EntryRecord> = {}): EntryRecord {
  return {
    name: Buffer.from('a.txt'),
    method: DEFLATE,
    crc: 0x12345678,
    size: 100,
    compressedSize: 50,
    offset: 0,
    mode: 0o644,
    descriptor: false,
    zip64: false,
    ...over
  }
}

/** The ZIP64 extra field (id 1) of a local (30-byte) or central (46-byte) header, as 64-bit values. */
function zip64Values(header: Buffer, fixed: 30 | 46): bigint[] {
  const lengths = fixed === 30 ? 26 : 28
  const nameLength = header.readUInt16LE(lengths)
  const extraLength = header.readUInt16LE(lengths + 2)
  const extra = header.subarray(fixed + nameLength, fixed + nameLength + extraLength)
  if (extra.length === 0) return []
  expect(extra.readUInt16LE(0)).toBe(1)
  return Array.from({ length: extra.readUInt16LE(2) / 8 }, (_, i) =>
    extra.readBigUInt64LE(4 + 8 * i)
  )
}

describe('dosDateTime', () => {
  test('encodes UTC fields, clamped to the DOS range', () => {
    expect(dosDateTime(0)).toEqual({ date: (0 << 9) | (1 << 5) | 1, time: 0 })
    // 2023-11-14T22:13:20Z
    expect(dosDateTime(1700000000)).toEqual({
      date: (43 << 9) | (11 << 5) | 14,
      time: (22 << 11) | (13 << 5) | 10
    })
    expect(dosDateTime(2 ** 33).date >> 9).toBe(127)
  })
})

describe('local and central headers', () => {
  test('a small entry: exact CRC and sizes, UTF-8 flag, no extra field', () => {
    const local = localHeader(record(), DOS)
    expect(local.readUInt32LE(0)).toBe(0x04034b50)
    expect(local.readUInt16LE(4)).toBe(20)
    expect(local.readUInt16LE(6)).toBe(0x0800)
    expect(local.readUInt16LE(8)).toBe(DEFLATE)
    expect([local.readUInt32LE(14), local.readUInt32LE(18), local.readUInt32LE(22)]).toEqual([
      0x12345678, 50, 100
    ])
    expect(local.readUInt16LE(28)).toBe(0)
    expect(local.subarray(30).toString()).toBe('a.txt')

    const central = centralHeader(record({ method: STORE, mode: 0o755 }), DOS)
    expect(central.readUInt32LE(0)).toBe(0x02014b50)
    expect(central.readUInt16LE(4)).toBe((3 << 8) | 45)
    expect(central.readUInt16LE(6)).toBe(10)
    expect(central.readUInt32LE(38)).toBe(0o100755 * 65536)
    expect(zip64Values(central, 46)).toEqual([])
  })

  test('a streamed entry: bit 3 set, CRC and sizes zero until the data descriptor', () => {
    const entry = record({ descriptor: true })
    const local = localHeader(entry, DOS)
    expect(local.readUInt16LE(6)).toBe(0x0808)
    expect([local.readUInt32LE(14), local.readUInt32LE(18), local.readUInt32LE(22)]).toEqual([
      0, 0, 0
    ])
    const descriptor = dataDescriptor(entry)
    expect(descriptor.length).toBe(16)
    expect([
      descriptor.readUInt32LE(0),
      descriptor.readUInt32LE(4),
      descriptor.readUInt32LE(8),
      descriptor.readUInt32LE(12)
    ]).toEqual([0x08074b50, 0x12345678, 50, 100])
  })

  test('a streamed entry that may pass 4 GiB: ZIP64 extra in the local header, 8-byte descriptor', () => {
    const entry = record({
      descriptor: true,
      zip64: true,
      size: GIB4 + 5,
      compressedSize: GIB4 + 3
    })
    const local = localHeader(entry, DOS)
    expect(local.readUInt16LE(4)).toBe(45)
    expect([local.readUInt32LE(18), local.readUInt32LE(22)]).toEqual([0xffffffff, 0xffffffff])
    expect(zip64Values(local, 30)).toEqual([0n, 0n])
    const descriptor = dataDescriptor(entry)
    expect(descriptor.length).toBe(24)
    expect([descriptor.readBigUInt64LE(8), descriptor.readBigUInt64LE(16)]).toEqual([
      BigInt(GIB4 + 3),
      BigInt(GIB4 + 5)
    ])
    const central = centralHeader(entry, DOS)
    expect(central.readUInt16LE(6)).toBe(45)
    expect([central.readUInt32LE(20), central.readUInt32LE(24), central.readUInt32LE(42)]).toEqual([
      0xffffffff, 0xffffffff, 0
    ])
    expect(zip64Values(central, 46)).toEqual([BigInt(GIB4 + 5), BigInt(GIB4 + 3)])
  })

  test('an entry past 4 GiB into the archive: only the offset moves to the ZIP64 extra', () => {
    const central = centralHeader(record({ offset: GIB4 + 7 }), DOS)
    expect([central.readUInt32LE(20), central.readUInt32LE(24), central.readUInt32LE(42)]).toEqual([
      50, 100, 0xffffffff
    ])
    expect(zip64Values(central, 46)).toEqual([BigInt(GIB4 + 7)])
    expect(central.readUInt16LE(6)).toBe(45)
  })

  test('mayNeedZip64 leaves room for deflate to grow incompressible data', () => {
    expect(mayNeedZip64(100 * 2 ** 20)).toBe(false)
    expect(mayNeedZip64(0xffffffff - 2 ** 20)).toBe(true)
    expect(mayNeedZip64(GIB4 + 1)).toBe(true)
  })
})

describe('endOfCentralDirectory', () => {
  test('classic record when everything fits', () => {
    const end = endOfCentralDirectory(3, 1000, 200)
    expect(end.length).toBe(22)
    expect([
      end.readUInt32LE(0),
      end.readUInt16LE(8),
      end.readUInt16LE(10),
      end.readUInt32LE(12),
      end.readUInt32LE(16)
    ]).toEqual([0x06054b50, 3, 3, 200, 1000])
  })

  test('ZIP64 record and locator past 65,534 entries or 4 GiB', () => {
    for (const [entries, offset] of [
      [0xffff, 1000],
      [5, GIB4 + 10]
    ]) {
      const end = endOfCentralDirectory(entries, offset, 300)
      expect(end.length).toBe(56 + 20 + 22)
      expect(end.readUInt32LE(0)).toBe(0x06064b50)
      expect(end.readBigUInt64LE(4)).toBe(44n)
      expect([end.readBigUInt64LE(24), end.readBigUInt64LE(32)]).toEqual([
        BigInt(entries),
        BigInt(entries)
      ])
      expect([end.readBigUInt64LE(40), end.readBigUInt64LE(48)]).toEqual([300n, BigInt(offset)])
      expect(end.readUInt32LE(56)).toBe(0x07064b50)
      expect(end.readBigUInt64LE(64)).toBe(BigInt(offset + 300))
      expect(end.readUInt32LE(72)).toBe(1)
      expect(end.readUInt16LE(76 + 8)).toBe(Math.min(entries, 0xffff))
      expect(end.readUInt32LE(76 + 16)).toBe(Math.min(offset, 0xffffffff))
    }
  })
})

describe('a sparse archive past 4 GiB built from these records', () => {
  let dir: string
  let cleanup: () => void
  beforeEach(() => {
    ;({ dir, cleanup } = tempDir())
  })
  afterEach(() => cleanup())

  test('is read by unzip and Python, including the entry stored after 4 GiB', () => {
    // A stored entry of 4 GiB + 1 MiB zeros (a hole in the file), then a small one beyond it.
    const bigSize = GIB4 + 2 ** 20
    const zerosMiB = crc32(Buffer.alloc(2 ** 20))
    let bigCrc = 0
    for (let i = 0; i < bigSize / 2 ** 20; i++) bigCrc = crc32Combine(bigCrc, zerosMiB, 2 ** 20)
    const big = record({
      name: Buffer.from('big.bin'),
      method: STORE,
      crc: bigCrc,
      size: bigSize,
      compressedSize: bigSize,
      descriptor: true,
      zip64: true
    })
    const after = record({
      name: Buffer.from('after.txt'),
      method: STORE,
      crc: crc32('hello'),
      size: 5,
      compressedSize: 5
    })

    const path = join(dir, 'sparse.zip')
    const fd = openSync(path, 'w')
    try {
      let at = 0
      const put = (bytes: Buffer) => {
        at += writeSync(fd, bytes, 0, bytes.length, at)
      }
      put(localHeader(big, DOS))
      at += bigSize
      ftruncateSync(fd, at)
      put(dataDescriptor(big))
      after.offset = at
      put(localHeader(after, DOS))
      put(Buffer.from('hello'))
      const cdOffset = at
      put(centralHeader(big, DOS))
      put(centralHeader(after, DOS))
      put(endOfCentralDirectory(2, cdOffset, at - cdOffset))
    } finally {
      closeSync(fd)
    }

    expect(after.offset).toBeGreaterThan(GIB4)
    expect(execFileSync('unzip', ['-p', path, 'after.txt']).toString()).toBe('hello')
    expect(execFileSync('unzip', ['-Z', '-1', path]).toString()).toBe('big.bin\nafter.txt\n')
    const script =
      'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); ' +
      "print(z.getinfo('big.bin').file_size, z.getinfo('after.txt').header_offset, z.read('after.txt').decode())"
    expect(execFileSync('python3', ['-c', script, path]).toString().trim()).toBe(
      `${bigSize} ${after.offset} hello`
    )
  })
})
