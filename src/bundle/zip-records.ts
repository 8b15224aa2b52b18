/**
 * Byte layouts of the ZIP records (PKWARE APPNOTE 6.3.10), as pure functions so the ZIP64 cases
 * (more than 65,535 entries, sizes and offsets past 4 GiB) can be tested without writing gigabytes.
 */

export const STORE = 0
export const DEFLATE = 8

/** A 32-bit field holding this value means "see the ZIP64 extra field / record". */
const MAX32 = 0xffffffff
const MAX16 = 0xffff

const LOCAL_SIG = 0x04034b50
const CENTRAL_SIG = 0x02014b50
const DESCRIPTOR_SIG = 0x08074b50
const EOCD_SIG = 0x06054b50
const ZIP64_EOCD_SIG = 0x06064b50
const ZIP64_LOCATOR_SIG = 0x07064b50
const ZIP64_EXTRA_ID = 0x0001

/** Names are UTF-8 (bit 11); bit 3: CRC and sizes follow the data in a data descriptor. */
const FLAG_UTF8 = 0x0800
const FLAG_DESCRIPTOR = 0x0008

/** Made by: Unix (3) so readers apply the modes in the external attributes; spec version 4.5. */
const MADE_BY = (3 << 8) | 45
const S_IFREG = 0o100000

export interface EntryRecord {
  /** UTF-8 bytes of the name. */
  name: Buffer
  method: typeof STORE | typeof DEFLATE
  crc: number
  size: number
  compressedSize: number
  /** Offset of the local header from the start of the archive. */
  offset: number
  mode: number
  /** CRC and sizes follow the data (written before they were known). */
  descriptor: boolean
  /**
   * The local header carries a ZIP64 extra field, so the data descriptor has 8-byte sizes; set
   * when the entry's sizes may reach 4 GiB, decided before its data is written.
   */
  zip64: boolean
}

/** MS-DOS date and time fields, from Unix seconds read as UTC and clamped to 1980–2107. */
export function dosDateTime(epochSeconds: number): { date: number; time: number } {
  const d = new Date(epochSeconds * 1000)
  const year = d.getUTCFullYear()
  if (year < 1980) return { date: (1 << 5) | 1, time: 0 }
  if (year > 2107) return { date: (127 << 9) | (12 << 5) | 31, time: (23 << 11) | (59 << 5) | 29 }
  return {
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1)
  }
}

/**
 * Worst-case compressed size of `size` bytes: deflate adds 5 bytes per stored 16 KiB block and
 * each parallel block ends with a flush marker; 1/256 plus a constant is well above both.
 */
export function mayNeedZip64(size: number): boolean {
  return size + Math.ceil(size / 256) + 1024 >= MAX32
}

export function localHeader(e: EntryRecord, dos: { date: number; time: number }): Buffer {
  const extra = e.zip64
    ? zip64Extra([e.descriptor ? 0 : e.size, e.descriptor ? 0 : e.compressedSize])
    : EMPTY
  const b = Buffer.alloc(30 + e.name.length + extra.length)
  b.writeUInt32LE(LOCAL_SIG, 0)
  b.writeUInt16LE(versionNeeded(e, e.zip64), 4)
  b.writeUInt16LE(flags(e), 6)
  b.writeUInt16LE(e.method, 8)
  b.writeUInt16LE(dos.time, 10)
  b.writeUInt16LE(dos.date, 12)
  if (e.zip64) {
    b.writeUInt32LE(e.descriptor ? 0 : e.crc, 14)
    b.writeUInt32LE(MAX32, 18)
    b.writeUInt32LE(MAX32, 22)
  } else if (!e.descriptor) {
    b.writeUInt32LE(e.crc, 14)
    b.writeUInt32LE(e.compressedSize, 18)
    b.writeUInt32LE(e.size, 22)
  }
  b.writeUInt16LE(e.name.length, 26)
  b.writeUInt16LE(extra.length, 28)
  e.name.copy(b, 30)
  extra.copy(b, 30 + e.name.length)
  return b
}

/** Follows the data of a `descriptor` entry; sizes are 8 bytes when the local header is ZIP64. */
export function dataDescriptor(e: EntryRecord): Buffer {
  const b = Buffer.alloc(e.zip64 ? 24 : 16)
  b.writeUInt32LE(DESCRIPTOR_SIG, 0)
  b.writeUInt32LE(e.crc, 4)
  if (e.zip64) {
    b.writeBigUInt64LE(BigInt(e.compressedSize), 8)
    b.writeBigUInt64LE(BigInt(e.size), 16)
  } else {
    b.writeUInt32LE(e.compressedSize, 8)
    b.writeUInt32LE(e.size, 12)
  }
  return b
}

export function centralHeader(e: EntryRecord, dos: { date: number; time: number }): Buffer {
  // The ZIP64 extra holds exactly the fields set to 0xFFFFFFFF, in this order.
  const bigSizes = e.zip64 || e.size >= MAX32 || e.compressedSize >= MAX32
  const bigOffset = e.offset >= MAX32
  const fields = [...(bigSizes ? [e.size, e.compressedSize] : []), ...(bigOffset ? [e.offset] : [])]
  const extra = fields.length ? zip64Extra(fields) : EMPTY
  const b = Buffer.alloc(46 + e.name.length + extra.length)
  b.writeUInt32LE(CENTRAL_SIG, 0)
  b.writeUInt16LE(MADE_BY, 4)
  b.writeUInt16LE(versionNeeded(e, extra.length > 0), 6)
  b.writeUInt16LE(flags(e), 8)
  b.writeUInt16LE(e.method, 10)
  b.writeUInt16LE(dos.time, 12)
  b.writeUInt16LE(dos.date, 14)
  b.writeUInt32LE(e.crc, 16)
  b.writeUInt32LE(bigSizes ? MAX32 : e.compressedSize, 20)
  b.writeUInt32LE(bigSizes ? MAX32 : e.size, 24)
  b.writeUInt16LE(e.name.length, 28)
  b.writeUInt16LE(extra.length, 30)
  // comment length, disk number start, internal attributes: all zero
  b.writeUInt32LE(((S_IFREG | e.mode) << 16) >>> 0, 38)
  b.writeUInt32LE(bigOffset ? MAX32 : e.offset, 42)
  e.name.copy(b, 46)
  extra.copy(b, 46 + e.name.length)
  return b
}

/**
 * End of central directory; preceded by the ZIP64 end record and its locator when the entry count
 * or the directory's size or offset do not fit the classic fields.
 */
export function endOfCentralDirectory(entries: number, cdOffset: number, cdSize: number): Buffer {
  const zip64 = entries >= MAX16 || cdOffset >= MAX32 || cdSize >= MAX32
  const eocd = Buffer.alloc(22)
  eocd.writeUInt32LE(EOCD_SIG, 0)
  eocd.writeUInt16LE(Math.min(entries, MAX16), 8)
  eocd.writeUInt16LE(Math.min(entries, MAX16), 10)
  eocd.writeUInt32LE(Math.min(cdSize, MAX32), 12)
  eocd.writeUInt32LE(Math.min(cdOffset, MAX32), 16)
  if (!zip64) return eocd

  const record = Buffer.alloc(56)
  record.writeUInt32LE(ZIP64_EOCD_SIG, 0)
  record.writeBigUInt64LE(44n, 4) // size of the rest of this record
  record.writeUInt16LE(MADE_BY, 12)
  record.writeUInt16LE(45, 14)
  // this disk, disk with the central directory: zero
  record.writeBigUInt64LE(BigInt(entries), 24)
  record.writeBigUInt64LE(BigInt(entries), 32)
  record.writeBigUInt64LE(BigInt(cdSize), 40)
  record.writeBigUInt64LE(BigInt(cdOffset), 48)

  const locator = Buffer.alloc(20)
  locator.writeUInt32LE(ZIP64_LOCATOR_SIG, 0)
  locator.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8) // the ZIP64 end record follows the directory
  locator.writeUInt32LE(1, 16) // total number of disks
  return Buffer.concat([record, locator, eocd])
}

const EMPTY = Buffer.alloc(0)

function zip64Extra(values: number[]): Buffer {
  const b = Buffer.alloc(4 + 8 * values.length)
  b.writeUInt16LE(ZIP64_EXTRA_ID, 0)
  b.writeUInt16LE(8 * values.length, 2)
  values.forEach((v, i) => b.writeBigUInt64LE(BigInt(v), 4 + 8 * i))
  return b
}

function flags(e: EntryRecord): number {
  return FLAG_UTF8 | (e.descriptor ? FLAG_DESCRIPTOR : 0)
}

/** 4.5 for ZIP64 extras, 2.0 for deflate, 1.0 for stored data. */
function versionNeeded(e: EntryRecord, zip64: boolean): number {
  if (zip64) return 45
  return e.method === DEFLATE ? 20 : 10
}
