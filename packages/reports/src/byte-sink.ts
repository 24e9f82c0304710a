const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** Big enough to amortise enqueueing, small enough to keep memory flat. */
export const CHUNK_BYTES = 64 * 1024

/**
 * The first chunk's size. Small, so that the first bytes leave sooner, and so that a chunk is
 * sealed before V8 optimises the writers: a path never run when they are optimised makes it
 * throw their code away the first time it runs, and the first render paid for that.
 */
const FIRST_CHUNK_BYTES = 4 * 1024

/** Strings longer than this go to the native encoder; shorter ones are copied a code unit at a time. */
const SHORT_TEXT = 64

const ZERO = 48

/**
 * UTF-8 bytes written straight into fixed-size chunks. A report's CSV is millions of small cells;
 * as strings, each was a number spelt, a rope node joined, then flattened and encoded, and the
 * garbage of all three. Here a count is its digits written in place and a date a copy of ten
 * bytes: the Teams Detail's writer runs about twice as fast for it (bench/foundation.bench.ts,
 * "CSV alone"). Writers call `room` before writing into `bytes` at `length`; a chunk that lacks
 * the room is sealed and a new one begun, so a line may span two chunks.
 */
export class ByteSink {
  /** The chunk being written; its first `length` bytes are. */
  bytes = new Uint8Array(FIRST_CHUNK_BYTES)
  length = 0
  // An array of chunks from the start: one that changed its kind of element later would change
  // the sink's shape, and V8 would throw away all code optimised for the old one.
  private readonly sealed: Uint8Array[] = [new Uint8Array(0)]
  private sealedBytes = 0

  constructor() {
    this.sealed.length = 0
  }

  /** Bytes written and not yet taken. */
  get size(): number {
    return this.sealedBytes + this.length
  }

  /** Whether a chunk is complete, ready to be taken. */
  get full(): boolean {
    return this.sealed.length > 0
  }

  /** Makes `bytes` hold at least `count` more bytes after `length`. */
  room(count: number): void {
    if (this.length + count > this.bytes.length) this.seal(count)
  }

  /** The complete chunks, and with `all` the one being written too; the sink starts afresh from them. */
  take(all: boolean): Uint8Array[] {
    if (all && this.length > 0) this.seal(0)
    this.sealedBytes = 0
    return this.sealed.splice(0)
  }

  /** Everything written and not yet taken, as text. */
  takeText(): string {
    const chunks = this.take(true)
    return chunks.length === 1 ? decoder.decode(chunks[0]) : chunks.map((chunk) => decoder.decode(chunk)).join('')
  }

  byte(value: number): void {
    this.room(1)
    this.bytes[this.length++] = value
  }

  copy(source: Uint8Array): void {
    const count = source.length
    this.room(count)
    const bytes = this.bytes
    let at = this.length
    // A loop, not `set`: the copies are a few bytes, shorter than the call into `set` costs.
    for (let i = 0; i < count; i++) bytes[at++] = source[i] as number
    this.length = at
  }

  /** Any string as UTF-8, as `TextEncoder` spells it. */
  text(text: string): void {
    const count = text.length
    this.room(count * 3)
    if (count > SHORT_TEXT) {
      this.encoded(text)
      return
    }
    const bytes = this.bytes
    let at = this.length
    for (let i = 0; i < count; i++) {
      const unit = text.charCodeAt(i)
      if (unit >= 0x80) {
        this.encoded(text)
        return
      }
      bytes[at++] = unit
    }
    this.length = at
  }

  /** A number as `String` spells it, written as digits where it is a whole one below 2^53. */
  number(value: number): void {
    if (value >= 0 && value <= 0x7fffffff && (value | 0) === value) {
      this.digits(value, 0)
      return
    }
    // Past 2^31 a whole number is no small integer to V8: spelt in two halves of nine digits and less.
    if (value >= 0 && value <= Number.MAX_SAFE_INTEGER && Number.isInteger(value)) {
      const high = Math.floor(value / 1e9)
      this.digits(high, 0)
      this.digits(value - high * 1e9, 9)
      return
    }
    this.text(String(value))
  }

  /** `value`'s digits, a small whole number, led by zeros to `width`. */
  private digits(value: number, width: number): void {
    let count = 1
    for (let rest = value; rest >= 10; rest = (rest / 10) | 0) count++
    if (count < width) count = width
    this.room(count)
    const bytes = this.bytes
    const end = this.length + count
    let at = end
    let rest = value
    for (let i = 0; i < count; i++) {
      const tenth = (rest / 10) | 0
      bytes[--at] = ZERO + rest - tenth * 10
      rest = tenth
    }
    this.length = end
  }

  /** Where the room was made for three bytes a code unit, UTF-8's most. */
  private encoded(text: string): void {
    this.length += encoder.encodeInto(text, this.bytes.subarray(this.length)).written
  }

  private seal(count: number): void {
    if (this.length > 0) {
      this.sealed.push(this.bytes.subarray(0, this.length))
      this.sealedBytes += this.length
    }
    this.bytes = new Uint8Array(Math.max(CHUNK_BYTES, count))
    this.length = 0
  }
}
