import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { fromBase64Url, toBase64Url } from './base64url'

const encoder = new TextEncoder()

/**
 * HMAC-SHA256 under the link secret, over text, as base64url: the one signature both link forms
 * use (decision 0003). Signed with @noble/hashes (audited, synchronous, runs in browsers) rather
 * than Web Crypto, whose asynchronous thread-pool hop cost 75 µs per link.
 */
export function createLinkMac(secret: string) {
  // The keyed state is computed once; each signature clones it rather than re-deriving the pads.
  const keyed = hmac.create(sha256, encoder.encode(secret))
  const mac = (input: string) => keyed.clone().update(encoder.encode(input)).digest()
  return {
    sign: (input: string): string => toBase64Url(mac(input)),
    /** Whether `signature` (base64url) is the MAC of `input`, compared without an early exit. */
    verify(input: string, signature: string): boolean {
      const bytes = fromBase64Url(signature)
      return bytes !== undefined && sameBytes(bytes, mac(input))
    },
  }
}

export type LinkMac = ReturnType<typeof createLinkMac>

/** Compares in time independent of where the bytes differ. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let difference = 0
  for (let i = 0; i < a.length; i++) difference |= (a[i] as number) ^ (b[i] as number)
  return difference === 0
}
