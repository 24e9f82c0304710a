import { sha256 } from '@noble/hashes/sha2.js'
import { fromBase64Url, toBase64Url } from './base64url'
import { createLinkMac } from './link-mac'
import { parseJsonObject } from './parse-json-object'

const encoder = new TextEncoder()

/**
 * Compact JWS (RFC 7515) signed HS256 under the link secret: `header.payload.signature`. The
 * header is this signer's own, byte for byte, so `alg: none`, another algorithm or another key
 * is refused before any MAC is computed or any JSON parsed.
 */
export function createCompactJws(secret: string) {
  const mac = createLinkMac(secret)
  const header = toBase64Url(encoder.encode(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: keyId(secret) })))
  return {
    sign(payload: object): string {
      const input = `${header}.${toBase64Url(encoder.encode(JSON.stringify(payload)))}`
      return `${input}.${mac.sign(input)}`
    },

    /** The payload of a token this signer made, or undefined. */
    verify(token: string): Record<string, unknown> | undefined {
      const end = token.lastIndexOf('.')
      if (token.charCodeAt(header.length) !== DOT || !token.startsWith(header) || end <= header.length) return undefined
      const payload = token.slice(header.length + 1, end)
      if (payload.includes('.') || !mac.verify(token.slice(0, end), token.slice(end + 1))) return undefined
      return parseJsonObject(fromBase64Url(payload))
    },
  }
}

export type CompactJws = ReturnType<typeof createCompactJws>

const DOT = 46

/**
 * Names the key the way Entra's `kid` names a certificate, a thumbprint's length of base64url,
 * so replicas sharing a secret share a `kid`; a hash, so the header reveals nothing of the secret.
 */
function keyId(secret: string): string {
  return toBase64Url(sha256(encoder.encode(`fake-graph link key\0${secret}`))).slice(0, 27)
}
