/**
 * Byte layouts of a POSIX tar archive (ustar, with pax extended headers only where ustar cannot
 * say it: paths that do not fit its name/prefix fields, files of 8 GiB or more), and of the gzip
 * wrapper. Pure functions; every field is fixed or derived from the entry, so archives repeat.
 */

const TAR_BLOCK = 512
/** Two zero blocks end a tar archive. */
export const TAR_END = Buffer.alloc(2 * TAR_BLOCK)
/** Largest size the 11 octal digits of a ustar size field hold. */
const MAX_USTAR_SIZE = 0o77777777777

/** Header block(s) for a regular file: a pax header first when needed, then the ustar header. */
export function tarHeader(name: string, size: number, mode: number, mtime: number): Buffer {
  const split = splitName(Buffer.from(name, 'utf8'))
  const pax: string[] = []
  if (!split) pax.push(paxRecord('path', name))
  if (size > MAX_USTAR_SIZE) pax.push(paxRecord('size', String(size)))
  const ustar = ustarHeader({
    name: split?.name ?? fallbackName(name),
    prefix: split?.prefix ?? Buffer.alloc(0),
    size: size > MAX_USTAR_SIZE ? 0 : size,
    mode,
    mtime,
    type: '0'
  })
  if (!pax.length) return ustar
  const data = Buffer.from(pax.join(''), 'utf8')
  const paxHeader = ustarHeader({
    name: Buffer.from('././@PaxHeader'),
    prefix: Buffer.alloc(0),
    size: data.length,
    mode: 0o644,
    mtime,
    type: 'x'
  })
  return Buffer.concat([paxHeader, data, Buffer.alloc(tarPadding(data.length)), ustar])
}

/** Zero bytes after content of `size` bytes, up to the next 512-byte boundary. */
export function tarPadding(size: number): number {
  return (TAR_BLOCK - (size % TAR_BLOCK)) % TAR_BLOCK
}

/** gzip member header: no name, no timestamp (as `gzip -n`), Unix. */
export function gzipHeader(): Buffer {
  return Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3])
}

/** gzip trailer: CRC-32 and length (modulo 2^32) of the uncompressed data. */
export function gzipTrailer(crc: number, length: number): Buffer {
  const b = Buffer.alloc(8)
  b.writeUInt32LE(crc >>> 0, 0)
  b.writeUInt32LE(length % 2 ** 32, 4)
  return b
}

interface UstarFields {
  name: Buffer
  prefix: Buffer
  size: number
  mode: number
  mtime: number
  type: '0' | 'x'
}

function ustarHeader(f: UstarFields): Buffer {
  // From Node's shared pool: a header lives only until its block is gathered.
  const b = Buffer.allocUnsafe(TAR_BLOCK).fill(0)
  f.name.copy(b, 0)
  octal(b, 100, 8, f.mode)
  octal(b, 108, 8, 0) // uid
  octal(b, 116, 8, 0) // gid
  octal(b, 124, 12, f.size)
  octal(b, 136, 12, f.mtime)
  b.write(f.type, 156, 'ascii')
  b.write('ustar\u000000', 257, 'ascii')
  f.prefix.copy(b, 345)
  b.fill(' ', 148, 156)
  let sum = 0
  for (const byte of b) sum += byte
  b.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 'ascii')
  return b
}

/** Zero-padded octal digits and a NUL, filling `width` bytes. */
function octal(b: Buffer, at: number, width: number, value: number): void {
  b.write(`${value.toString(8).padStart(width - 1, '0')}\u0000`, at, 'ascii')
}

/** ustar keeps up to 155 bytes of directories in `prefix` and the rest (≤ 100 bytes) in `name`. */
function splitName(name: Buffer): { name: Buffer; prefix: Buffer } | undefined {
  if (name.length <= 100) return { name, prefix: Buffer.alloc(0) }
  for (let i = name.indexOf('/'); i !== -1 && i <= 155; i = name.indexOf('/', i + 1)) {
    const rest = name.length - i - 1
    if (rest > 0 && rest <= 100) return { prefix: name.subarray(0, i), name: name.subarray(i + 1) }
  }
  return undefined
}

/** What a reader without pax support sees: the end of the name, as much as fits. */
function fallbackName(name: string): Buffer {
  return Buffer.from(name, 'utf8').subarray(-100)
}

/** `"<length> <key>=<value>\n"`, where length counts the whole record, its own digits included. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`
  const bytes = Buffer.byteLength(body, 'utf8')
  let length = bytes + 1
  while (bytes + String(length).length !== length) length = bytes + String(length).length
  return `${length}${body}`
}
