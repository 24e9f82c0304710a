import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findCoprime, gcd, inverseModulo } from './coprime'

const reference = (a: bigint, b: bigint): bigint => (b === 0n ? a : reference(b, a % b))

describe('coprime', () => {
  it('gcd is Euclid’s, and findCoprime the first number from its start coprime with the modulus', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 31 }), fc.nat({ max: 2 ** 31 }), (a, b) => {
        expect(gcd(a, b)).toBe(Number(reference(BigInt(a), BigInt(b))))
      }),
      { numRuns: 2000 },
    )
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (modulus, start) => {
        const found = findCoprime(modulus, start)
        expect(gcd(found, modulus)).toBe(1)
        for (let candidate = Math.max(1, start); candidate < found; candidate++)
          expect(gcd(candidate, modulus)).not.toBe(1)
      }),
      { numRuns: 500 },
    )
  })

  it('inverseModulo gives x in [0, m) with a·x ≡ 1 (mod m), for a coprime with m', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), (m, start) => {
        const a = findCoprime(m, start)
        const x = inverseModulo(a, m)
        expect(x).toBeGreaterThanOrEqual(0)
        expect(x).toBeLessThan(m)
        expect((BigInt(a) * BigInt(x)) % BigInt(m)).toBe(1n)
      }),
      { numRuns: 2000 },
    )
    expect(inverseModulo(5, 1)).toBe(0)
  })
})
