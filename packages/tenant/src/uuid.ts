import type { Random } from './random'

/** The character codes of the hex digits. */
const HEX = Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0))
const DASH = 45
const FOUR = 52

/**
 * The 36 character codes of the id being spelt. One array for every id: it is filled and read
 * within one call, and made into a string by one `String.fromCharCode`.
 */
const codes: number[] = Array.from({ length: 36 }, () => DASH)

/** Writes the low `count` hex digits of `word` into `codes` from `at`. */
function hex(word: number, at: number, count: number): void {
  let rest = word
  for (let i = at + count - 1; i >= at; i--) {
    codes[i] = HEX[rest & 15] as number
    rest >>>= 4
  }
}

/**
 * A version-4 UUID drawn from a seeded generator, so ids are stable for a seed: four words of 32
 * bits, the version digit in place of the second word's fifth and the variant's two bits in the
 * third's first. The id is made in one piece, not joined from its bytes: a joined string is a
 * tree of a dozen pieces in memory, 0.4 kB an id, until something reads it, and a scenario of
 * 700,000 groups holds one for each group's site.
 */
export function uuidFrom(random: Random): string {
  const a = random.uint32()
  const b = random.uint32()
  const c = random.uint32()
  const d = random.uint32()
  hex(a, 0, 8)
  hex(b >>> 16, 9, 4)
  codes[14] = FOUR
  hex(b, 15, 3)
  hex(((c >>> 28) & 0x3) | 0x8, 19, 1)
  hex(c >>> 16, 20, 3)
  hex(c, 24, 4)
  hex(d, 28, 8)
  return String.fromCharCode.apply(null, codes)
}
