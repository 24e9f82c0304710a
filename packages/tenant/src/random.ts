/**
 * A small, fast, seedable PRNG (sfc32). Faker's Mersenne Twister costs ~40 µs per re-seed,
 * and every user is derived from (seed, index) on its own so that huge tenants can be
 * generated lazily; that needs a generator that is cheap to create.
 */
export interface Random {
  /** A uniform 32-bit unsigned integer. */
  uint32(): number
  /** A uniform float in [0, 1). */
  next(): number
  /** A uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
}

/** Mixes any number of integers into one 32-bit seed (murmur3's finaliser over a running hash). */
export function hashSeed(...parts: number[]): number {
  let h = 0x9e3779b9
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b)
    h ^= h >>> 13
    h = Math.imul(h, 0xc2b2ae35)
    h ^= h >>> 16
    h = (h + Math.imul(part / 0x1_0000_0000, 0x27d4eb2f)) | 0
  }
  return h >>> 0
}

export function createRandom(seed: number): Random {
  let a = 0x9e3779b9
  let b = 0x243f6a88
  let c = 0xb7e15162
  let d = seed >>> 0
  const uint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return t >>> 0
  }
  // Warm up so that nearby seeds do not give correlated first draws.
  for (let i = 0; i < 12; i++) uint32()
  const next = () => uint32() / 0x1_0000_0000
  return {
    uint32,
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
  }
}
