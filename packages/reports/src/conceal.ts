/**
 * The opaque token that replaces a user's names when the tenant conceals them: 32 upper-case
 * hex characters, stable per user, as real concealed reports print. Microsoft's hash input is
 * unknown, so this is four 32-bit FNV-1a variants of the user id, not a claim about MD5.
 */
export function concealedName(userId: string): string {
  let token = ''
  for (let lane = 0; lane < 4; lane++) {
    let h = (0x811c9dc5 ^ Math.imul(lane + 1, 0x9e3779b1)) >>> 0
    for (let i = 0; i < userId.length; i++) {
      h = Math.imul(h ^ userId.charCodeAt(i), 0x01000193)
    }
    h ^= h >>> 15
    h = Math.imul(h, 0x2c1b3c6d)
    h ^= h >>> 12
    token += (h >>> 0).toString(16).toUpperCase().padStart(8, '0')
  }
  return token
}
