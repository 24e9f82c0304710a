import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ByteSink, CHUNK_BYTES } from './byte-sink'

const encoder = new TextEncoder()
const joined = (chunks: Uint8Array[]) => Buffer.concat(chunks)

describe('ByteSink', () => {
  // Each text is whole: a surrogate pair split between two is two lone ones, as TextEncoder has them.
  it('writes any text as TextEncoder does, lone surrogates included, however long', () => {
    const unit = fc.constantFrom('a', ',', 'é', '€', '😀', '\uD800', '\uDC00', '\u0000')
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 200 }), { maxLength: 20 }), (texts) => {
        const sink = new ByteSink()
        for (const text of texts) sink.text(text)
        expect(joined(sink.take(true))).toEqual(joined(texts.map((text) => encoder.encode(text))))
      }),
      { numRuns: 500 },
    )
  })

  it('spells any number as String does', () => {
    const number = fc.oneof(
      fc.nat(),
      fc.maxSafeNat(),
      fc.integer(),
      fc.double(),
      fc.constantFrom(0, 9, 10, 2 ** 31 - 1, 2 ** 31, 1e9 - 1, 1e9, 1e9 + 7, 2 ** 53 - 1, 2 ** 53, 1e21, -0),
    )
    fc.assert(
      fc.property(fc.array(number, { maxLength: 30 }), (numbers) => {
        const sink = new ByteSink()
        for (const value of numbers) {
          sink.number(value)
          sink.byte(44)
        }
        expect(sink.takeText()).toBe(numbers.map((value) => `${String(value)},`).join(''))
      }),
      { numRuns: 1000 },
    )
  })

  it('seals chunks of its size after a small first one, keeps the bytes whole across them, and takes the rest on asking', () => {
    const sink = new ByteSink()
    const line = encoder.encode('2026-11-25,True,\r\n')
    let lines = 0
    while (sink.size < 2.5 * CHUNK_BYTES) {
      sink.copy(line)
      sink.number(lines++)
    }
    expect(sink.full).toBe(true)
    const complete = sink.take(false)
    // The first chunk is small, to leave sooner; a cell that does not fit starts the next chunk.
    expect(complete[0]?.length).toBeLessThan(CHUNK_BYTES / 8)
    expect(complete.length).toBe(3)
    for (const chunk of complete) expect(chunk.length).toBeLessThanOrEqual(CHUNK_BYTES)
    expect(complete[1]?.length).toBeGreaterThan(CHUNK_BYTES - 32)
    expect(sink.size).toBeGreaterThan(0)
    const rest = sink.take(true)
    expect(sink.size).toBe(0)
    const expected = Array.from({ length: lines }, (_, i) => `2026-11-25,True,\r\n${i}`).join('')
    expect(joined([...complete, ...rest]).toString()).toBe(expected)
  })

  it('makes a chunk as large as one text that outgrows the size', () => {
    const sink = new ByteSink()
    const text = 'x'.repeat(3 * CHUNK_BYTES)
    sink.text(text)
    expect(sink.takeText()).toBe(text)
  })
})
