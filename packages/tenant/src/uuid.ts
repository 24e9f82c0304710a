import type { Random } from './random'

const DIGITS = '0123456789abcdef'
/** Each byte as two hex digits: a user's id is drawn once per user of every pass over a lazy tenant. */
const BYTES = Array.from({ length: 256 }, (_, byte) => (DIGITS[byte >>> 4] as string) + DIGITS[byte & 15])

const byte = (word: number, shift: number): string => BYTES[(word >>> shift) & 255] as string
const digit = (word: number, shift: number): string => DIGITS[(word >>> shift) & 15] as string
const whole = (word: number): string => byte(word, 24) + byte(word, 16) + byte(word, 8) + byte(word, 0)

/**
 * A version-4 UUID drawn from a seeded generator, so ids are stable for a seed: four words of 32
 * bits, the version digit in place of the second word's fifth and the variant's two bits in the
 * third's first, spelt a byte at a time.
 */
export function uuidFrom(random: Random): string {
  const a = random.uint32()
  const b = random.uint32()
  const c = random.uint32()
  const d = random.uint32()
  return (
    whole(a) +
    '-' +
    byte(b, 24) +
    byte(b, 16) +
    '-4' +
    digit(b, 8) +
    byte(b, 0) +
    '-' +
    DIGITS[(((c >>> 28) & 0x3) | 0x8) as number] +
    digit(c, 24) +
    byte(c, 16) +
    '-' +
    byte(c, 8) +
    byte(c, 0) +
    whole(d)
  )
}
