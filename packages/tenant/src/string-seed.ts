/** A 32-bit seed from a string (FNV-1a): scenario users have an id, not a generated index. */
export function stringSeed(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash >>> 0
}
