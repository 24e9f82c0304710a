/**
 * HMAC-MD5 (RFC 2104, RFC 1321) under one key, as 32 upper-case hex characters: the shape of a
 * real concealed name. Written here because it must be synchronous inside the row generators,
 * which run in browsers too (no `node:crypto`, and Web Crypto is asynchronous), and two tokens a
 * row must stay cheap: @noble/hashes' HMAC-MD5, keyed once and cloned per token, took 5.5 µs a
 * token where this takes 0.6 to 1 µs (measured side by side, 300,000 user ids). The key's two
 * padded blocks are hashed once; a message of up to 55 bytes then costs two MD5 blocks.
 * Not a security boundary: it hides fake names behind stable tokens, as the admin setting does.
 */
export function createHmacMd5(key: string): (message: string) => string {
  let keyBytes = utf8(key)
  if (keyBytes.length > BLOCK_BYTES) keyBytes = digestBytes(md5(keyBytes))
  const inner = padded(keyBytes, 0x36)
  const outer = padded(keyBytes, 0x5c)
  const innerState = Int32Array.from(INITIAL)
  const outerState = Int32Array.from(INITIAL)
  compress(innerState, wordsOf(inner), 0)
  compress(outerState, wordsOf(outer), 0)

  const state = new Int32Array(4)
  const words = new Int32Array(16)
  let scratch = new Int32Array(32)
  const zeroed = (count: number) => {
    if (scratch.length < count) scratch = new Int32Array(count)
    return scratch.fill(0)
  }
  return (message) => {
    // Inner hash: the key block is already in innerState; the message follows it.
    let length = message.length
    if (!writeAscii(message, zeroed(wordCount(length)))) {
      const bytes = utf8(message)
      length = bytes.length
      writeBytes(bytes, zeroed(wordCount(length)))
    }
    state.set(innerState)
    const blocks = finish(scratch, length, BLOCK_BYTES + length)
    for (let block = 0; block < blocks; block++) compress(state, scratch, block * 16)
    // Outer hash: the inner digest (16 bytes) after the key block, padded as one block.
    words.fill(0)
    words.set(state)
    words[4] = 0x80
    words[14] = (BLOCK_BYTES + 16) * 8
    state.set(outerState)
    compress(state, words, 0)
    return hex(state)
  }
}

const BLOCK_BYTES = 64
const INITIAL = [0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476]
/** The character codes of the upper-case hex digits. */
const HEX_DIGITS = Array.from('0123456789ABCDEF', (digit) => digit.charCodeAt(0))

/** The message into zeroed words, little-endian, while it is ASCII (its UTF-8 then is its codes); false when it is not. */
function writeAscii(message: string, words: Int32Array): boolean {
  for (let i = 0; i < message.length; i++) {
    const code = message.charCodeAt(i)
    if (code > 0x7f) return false
    words[i >> 2] = (words[i >> 2] as number) | (code << ((i & 3) * 8))
  }
  return true
}

/** Bytes into zeroed words, little-endian, as MD5 reads them. */
function writeBytes(bytes: Uint8Array, words: Int32Array): void {
  for (let i = 0; i < bytes.length; i++)
    words[i >> 2] = (words[i >> 2] as number) | ((bytes[i] as number) << ((i & 3) * 8))
}

/** Words for `bytes` of message, the 0x80 and the 64-bit length: whole blocks. */
function wordCount(bytes: number): number {
  return Math.ceil((bytes + 9) / BLOCK_BYTES) * 16
}

/** Appends MD5's padding after `length` bytes, counting `total` bytes hashed in all; the block count. */
function finish(words: Int32Array, length: number, total: number): number {
  const blocks = Math.ceil((length + 9) / BLOCK_BYTES)
  words[length >> 2] = (words[length >> 2] as number) | (0x80 << ((length & 3) * 8))
  words[blocks * 16 - 2] = (total * 8) | 0
  words[blocks * 16 - 1] = Math.floor((total * 8) / 2 ** 32)
  return blocks
}

/**
 * One 64-byte block of MD5 from `w[o]` into `state`. Unrolled, each step written out, as RFC
 * 1321 lists them: a loop over the 64 steps, or a helper per round, runs about 3× slower.
 */
function compress(state: Int32Array, w: Int32Array, o: number): void {
  let a = state[0] as number
  let b = state[1] as number
  let c = state[2] as number
  let d = state[3] as number
  let t: number
  t = (a + ((b & c) | (~b & d)) + (w[o + 0] as number) + 0xd76aa478) | 0
  a = (b + ((t << 7) | (t >>> 25))) | 0
  t = (d + ((a & b) | (~a & c)) + (w[o + 1] as number) + 0xe8c7b756) | 0
  d = (a + ((t << 12) | (t >>> 20))) | 0
  t = (c + ((d & a) | (~d & b)) + (w[o + 2] as number) + 0x242070db) | 0
  c = (d + ((t << 17) | (t >>> 15))) | 0
  t = (b + ((c & d) | (~c & a)) + (w[o + 3] as number) + 0xc1bdceee) | 0
  b = (c + ((t << 22) | (t >>> 10))) | 0
  t = (a + ((b & c) | (~b & d)) + (w[o + 4] as number) + 0xf57c0faf) | 0
  a = (b + ((t << 7) | (t >>> 25))) | 0
  t = (d + ((a & b) | (~a & c)) + (w[o + 5] as number) + 0x4787c62a) | 0
  d = (a + ((t << 12) | (t >>> 20))) | 0
  t = (c + ((d & a) | (~d & b)) + (w[o + 6] as number) + 0xa8304613) | 0
  c = (d + ((t << 17) | (t >>> 15))) | 0
  t = (b + ((c & d) | (~c & a)) + (w[o + 7] as number) + 0xfd469501) | 0
  b = (c + ((t << 22) | (t >>> 10))) | 0
  t = (a + ((b & c) | (~b & d)) + (w[o + 8] as number) + 0x698098d8) | 0
  a = (b + ((t << 7) | (t >>> 25))) | 0
  t = (d + ((a & b) | (~a & c)) + (w[o + 9] as number) + 0x8b44f7af) | 0
  d = (a + ((t << 12) | (t >>> 20))) | 0
  t = (c + ((d & a) | (~d & b)) + (w[o + 10] as number) + 0xffff5bb1) | 0
  c = (d + ((t << 17) | (t >>> 15))) | 0
  t = (b + ((c & d) | (~c & a)) + (w[o + 11] as number) + 0x895cd7be) | 0
  b = (c + ((t << 22) | (t >>> 10))) | 0
  t = (a + ((b & c) | (~b & d)) + (w[o + 12] as number) + 0x6b901122) | 0
  a = (b + ((t << 7) | (t >>> 25))) | 0
  t = (d + ((a & b) | (~a & c)) + (w[o + 13] as number) + 0xfd987193) | 0
  d = (a + ((t << 12) | (t >>> 20))) | 0
  t = (c + ((d & a) | (~d & b)) + (w[o + 14] as number) + 0xa679438e) | 0
  c = (d + ((t << 17) | (t >>> 15))) | 0
  t = (b + ((c & d) | (~c & a)) + (w[o + 15] as number) + 0x49b40821) | 0
  b = (c + ((t << 22) | (t >>> 10))) | 0
  t = (a + ((b & d) | (c & ~d)) + (w[o + 1] as number) + 0xf61e2562) | 0
  a = (b + ((t << 5) | (t >>> 27))) | 0
  t = (d + ((a & c) | (b & ~c)) + (w[o + 6] as number) + 0xc040b340) | 0
  d = (a + ((t << 9) | (t >>> 23))) | 0
  t = (c + ((d & b) | (a & ~b)) + (w[o + 11] as number) + 0x265e5a51) | 0
  c = (d + ((t << 14) | (t >>> 18))) | 0
  t = (b + ((c & a) | (d & ~a)) + (w[o + 0] as number) + 0xe9b6c7aa) | 0
  b = (c + ((t << 20) | (t >>> 12))) | 0
  t = (a + ((b & d) | (c & ~d)) + (w[o + 5] as number) + 0xd62f105d) | 0
  a = (b + ((t << 5) | (t >>> 27))) | 0
  t = (d + ((a & c) | (b & ~c)) + (w[o + 10] as number) + 0x02441453) | 0
  d = (a + ((t << 9) | (t >>> 23))) | 0
  t = (c + ((d & b) | (a & ~b)) + (w[o + 15] as number) + 0xd8a1e681) | 0
  c = (d + ((t << 14) | (t >>> 18))) | 0
  t = (b + ((c & a) | (d & ~a)) + (w[o + 4] as number) + 0xe7d3fbc8) | 0
  b = (c + ((t << 20) | (t >>> 12))) | 0
  t = (a + ((b & d) | (c & ~d)) + (w[o + 9] as number) + 0x21e1cde6) | 0
  a = (b + ((t << 5) | (t >>> 27))) | 0
  t = (d + ((a & c) | (b & ~c)) + (w[o + 14] as number) + 0xc33707d6) | 0
  d = (a + ((t << 9) | (t >>> 23))) | 0
  t = (c + ((d & b) | (a & ~b)) + (w[o + 3] as number) + 0xf4d50d87) | 0
  c = (d + ((t << 14) | (t >>> 18))) | 0
  t = (b + ((c & a) | (d & ~a)) + (w[o + 8] as number) + 0x455a14ed) | 0
  b = (c + ((t << 20) | (t >>> 12))) | 0
  t = (a + ((b & d) | (c & ~d)) + (w[o + 13] as number) + 0xa9e3e905) | 0
  a = (b + ((t << 5) | (t >>> 27))) | 0
  t = (d + ((a & c) | (b & ~c)) + (w[o + 2] as number) + 0xfcefa3f8) | 0
  d = (a + ((t << 9) | (t >>> 23))) | 0
  t = (c + ((d & b) | (a & ~b)) + (w[o + 7] as number) + 0x676f02d9) | 0
  c = (d + ((t << 14) | (t >>> 18))) | 0
  t = (b + ((c & a) | (d & ~a)) + (w[o + 12] as number) + 0x8d2a4c8a) | 0
  b = (c + ((t << 20) | (t >>> 12))) | 0
  t = (a + (b ^ c ^ d) + (w[o + 5] as number) + 0xfffa3942) | 0
  a = (b + ((t << 4) | (t >>> 28))) | 0
  t = (d + (a ^ b ^ c) + (w[o + 8] as number) + 0x8771f681) | 0
  d = (a + ((t << 11) | (t >>> 21))) | 0
  t = (c + (d ^ a ^ b) + (w[o + 11] as number) + 0x6d9d6122) | 0
  c = (d + ((t << 16) | (t >>> 16))) | 0
  t = (b + (c ^ d ^ a) + (w[o + 14] as number) + 0xfde5380c) | 0
  b = (c + ((t << 23) | (t >>> 9))) | 0
  t = (a + (b ^ c ^ d) + (w[o + 1] as number) + 0xa4beea44) | 0
  a = (b + ((t << 4) | (t >>> 28))) | 0
  t = (d + (a ^ b ^ c) + (w[o + 4] as number) + 0x4bdecfa9) | 0
  d = (a + ((t << 11) | (t >>> 21))) | 0
  t = (c + (d ^ a ^ b) + (w[o + 7] as number) + 0xf6bb4b60) | 0
  c = (d + ((t << 16) | (t >>> 16))) | 0
  t = (b + (c ^ d ^ a) + (w[o + 10] as number) + 0xbebfbc70) | 0
  b = (c + ((t << 23) | (t >>> 9))) | 0
  t = (a + (b ^ c ^ d) + (w[o + 13] as number) + 0x289b7ec6) | 0
  a = (b + ((t << 4) | (t >>> 28))) | 0
  t = (d + (a ^ b ^ c) + (w[o + 0] as number) + 0xeaa127fa) | 0
  d = (a + ((t << 11) | (t >>> 21))) | 0
  t = (c + (d ^ a ^ b) + (w[o + 3] as number) + 0xd4ef3085) | 0
  c = (d + ((t << 16) | (t >>> 16))) | 0
  t = (b + (c ^ d ^ a) + (w[o + 6] as number) + 0x04881d05) | 0
  b = (c + ((t << 23) | (t >>> 9))) | 0
  t = (a + (b ^ c ^ d) + (w[o + 9] as number) + 0xd9d4d039) | 0
  a = (b + ((t << 4) | (t >>> 28))) | 0
  t = (d + (a ^ b ^ c) + (w[o + 12] as number) + 0xe6db99e5) | 0
  d = (a + ((t << 11) | (t >>> 21))) | 0
  t = (c + (d ^ a ^ b) + (w[o + 15] as number) + 0x1fa27cf8) | 0
  c = (d + ((t << 16) | (t >>> 16))) | 0
  t = (b + (c ^ d ^ a) + (w[o + 2] as number) + 0xc4ac5665) | 0
  b = (c + ((t << 23) | (t >>> 9))) | 0
  t = (a + (c ^ (b | ~d)) + (w[o + 0] as number) + 0xf4292244) | 0
  a = (b + ((t << 6) | (t >>> 26))) | 0
  t = (d + (b ^ (a | ~c)) + (w[o + 7] as number) + 0x432aff97) | 0
  d = (a + ((t << 10) | (t >>> 22))) | 0
  t = (c + (a ^ (d | ~b)) + (w[o + 14] as number) + 0xab9423a7) | 0
  c = (d + ((t << 15) | (t >>> 17))) | 0
  t = (b + (d ^ (c | ~a)) + (w[o + 5] as number) + 0xfc93a039) | 0
  b = (c + ((t << 21) | (t >>> 11))) | 0
  t = (a + (c ^ (b | ~d)) + (w[o + 12] as number) + 0x655b59c3) | 0
  a = (b + ((t << 6) | (t >>> 26))) | 0
  t = (d + (b ^ (a | ~c)) + (w[o + 3] as number) + 0x8f0ccc92) | 0
  d = (a + ((t << 10) | (t >>> 22))) | 0
  t = (c + (a ^ (d | ~b)) + (w[o + 10] as number) + 0xffeff47d) | 0
  c = (d + ((t << 15) | (t >>> 17))) | 0
  t = (b + (d ^ (c | ~a)) + (w[o + 1] as number) + 0x85845dd1) | 0
  b = (c + ((t << 21) | (t >>> 11))) | 0
  t = (a + (c ^ (b | ~d)) + (w[o + 8] as number) + 0x6fa87e4f) | 0
  a = (b + ((t << 6) | (t >>> 26))) | 0
  t = (d + (b ^ (a | ~c)) + (w[o + 15] as number) + 0xfe2ce6e0) | 0
  d = (a + ((t << 10) | (t >>> 22))) | 0
  t = (c + (a ^ (d | ~b)) + (w[o + 6] as number) + 0xa3014314) | 0
  c = (d + ((t << 15) | (t >>> 17))) | 0
  t = (b + (d ^ (c | ~a)) + (w[o + 13] as number) + 0x4e0811a1) | 0
  b = (c + ((t << 21) | (t >>> 11))) | 0
  t = (a + (c ^ (b | ~d)) + (w[o + 4] as number) + 0xf7537e82) | 0
  a = (b + ((t << 6) | (t >>> 26))) | 0
  t = (d + (b ^ (a | ~c)) + (w[o + 11] as number) + 0xbd3af235) | 0
  d = (a + ((t << 10) | (t >>> 22))) | 0
  t = (c + (a ^ (d | ~b)) + (w[o + 2] as number) + 0x2ad7d2bb) | 0
  c = (d + ((t << 15) | (t >>> 17))) | 0
  t = (b + (d ^ (c | ~a)) + (w[o + 9] as number) + 0xeb86d391) | 0
  b = (c + ((t << 21) | (t >>> 11))) | 0
  state[0] = ((state[0] as number) + a) | 0
  state[1] = ((state[1] as number) + b) | 0
  state[2] = ((state[2] as number) + c) | 0
  state[3] = ((state[3] as number) + d) | 0
}

/** Plain MD5 of `bytes`, for a key longer than a block. */
function md5(bytes: Uint8Array): Int32Array {
  const words = new Int32Array(wordCount(bytes.length))
  writeBytes(bytes, words)
  const blocks = finish(words, bytes.length, bytes.length)
  const state = Int32Array.from(INITIAL)
  for (let block = 0; block < blocks; block++) compress(state, words, block * 16)
  return state
}

/** A key block: the key, zero-padded to 64 bytes, each byte xor `pad`. */
function padded(key: Uint8Array, pad: number): Uint8Array {
  const block = new Uint8Array(BLOCK_BYTES).fill(pad)
  for (let i = 0; i < key.length; i++) block[i] = (key[i] as number) ^ pad
  return block
}

function wordsOf(block: Uint8Array): Int32Array {
  const words = new Int32Array(16)
  writeBytes(block, words)
  return words
}

function digestBytes(state: Int32Array): Uint8Array {
  return Uint8Array.from({ length: 16 }, (_, i) => ((state[i >> 2] as number) >>> ((i & 3) * 8)) & 0xff)
}

/** The character codes of a token being spelt: filled and read within one call of `hex`. */
const codes: number[] = Array.from({ length: 32 }, () => 0)

/**
 * The digest as MD5 spells it, byte by byte in order, each as two upper-case hex digits. Made as
 * one string, not joined from its bytes: a joined token is a tree of a dozen strings, which the
 * CSV writer must flatten, a copy, before it can read it.
 */
function hex(state: Int32Array): string {
  for (let i = 0; i < 16; i++) {
    const byte = ((state[i >> 2] as number) >>> ((i & 3) * 8)) & 0xff
    codes[2 * i] = HEX_DIGITS[byte >>> 4] as number
    codes[2 * i + 1] = HEX_DIGITS[byte & 15] as number
  }
  return String.fromCharCode.apply(null, codes)
}

const encoder = new TextEncoder()
function utf8(text: string): Uint8Array {
  return encoder.encode(text)
}
