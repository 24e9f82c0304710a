/**
 * Multipliers coprime with a modulus turn an index into a permutation (names, group members):
 * distinct by construction, without a set of what was already given.
 */
export function gcd(a: number, b: number): number {
  // Swapped through a temporary: a destructuring swap made two arrays a step until V8 optimised it.
  let x = a
  let y = b
  while (y !== 0) {
    const rest = x % y
    x = y
    y = rest
  }
  return x
}

/** The first number from `start` up that is coprime with `modulus`. */
export function findCoprime(modulus: number, start: number): number {
  let candidate = Math.max(1, start)
  while (gcd(candidate, modulus) !== 1) candidate++
  return candidate
}

/** x such that a·x ≡ 1 (mod m), for a coprime with m; exact while a·m stays below 2^53. */
export function inverseModulo(a: number, m: number): number {
  if (m === 1) return 0
  let r0 = a % m
  let r1 = m
  let s0 = 1
  let s1 = 0
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1)
    const r = r0 - q * r1
    r0 = r1
    r1 = r
    const s = s0 - q * s1
    s0 = s1
    s1 = s
  }
  return ((s0 % m) + m) % m
}
