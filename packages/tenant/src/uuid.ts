import type { Random } from './random'

/** A version-4 UUID drawn from a seeded generator, so ids are stable for a seed. */
export function uuidFrom(random: Random): string {
  const hex = () => random.uint32().toString(16).padStart(8, '0')
  const [a, b, c, d] = [hex(), hex(), hex(), hex()]
  const variant = ((Number.parseInt(c.charAt(0), 16) & 0x3) | 0x8).toString(16)
  return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`
}
