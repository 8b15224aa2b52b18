/**
 * CRC-32 of two concatenated pieces from the CRCs of each, without the bytes, so blocks of one
 * file can be checksummed in parallel (zlib's crc32_combine, which Node does not expose).
 */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  return (multiplyModP(powerOfX(lengthB * 8), crcA) ^ crcB) >>> 0
}

/** The CRC-32 polynomial, bit-reflected as zlib uses it. */
const POLY = 0xedb88320
/** x^0 in the reflected representation. */
const ONE = 0x80000000

/** X2N[k] = x^(2^k) modulo the polynomial. */
const X2N = (() => {
  const table = [ONE >>> 1]
  for (let k = 1; k < 64; k++) table.push(multiplyModP(table[k - 1], table[k - 1]))
  return table
})()

/** a * b modulo the CRC polynomial, in the reflected bit order. */
function multiplyModP(a: number, b: number): number {
  let product = 0
  for (let m = ONE; m !== 0; m >>>= 1) {
    if (a & m) product ^= b
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1
  }
  return product >>> 0
}

/** x^n modulo the polynomial, by squaring; n may exceed 2^32 (files past 512 MiB). */
function powerOfX(n: number): number {
  let p = ONE
  for (let k = 0; n > 0; k++, n = Math.floor(n / 2)) {
    if (n % 2) p = multiplyModP(X2N[k], p)
  }
  return p
}
