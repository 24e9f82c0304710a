import type { GraphVersion } from '@fake-graph/reports'
import { fromBase64Url, toBase64Url } from './base64url'
import { createLinkMac } from './link-mac'
import { parseJsonObject } from './parse-json-object'

/** What a download link carries: enough to render the report again, on any replica. */
export interface LinkClaims {
  /** The report's slug, e.g. `getOffice365ActiveUserDetail` or `Office365ActiveUsers-Detail`. */
  readonly report: string
  readonly period?: number
  /** The date of a Detail-for-a-date report, `YYYY-MM-DD`. */
  readonly date?: string
  readonly concealNames: boolean
  /**
   * The caller's tenant id. The seed form names only a tenant that is not the primary one; a
   * current function's link names the caller's `tid` whichever it is.
   */
  readonly tenant?: string
  /** When the link was issued, in epoch milliseconds: the tenant is seen as of then. */
  readonly issuedAt: number
  /** When the link stops working, in epoch milliseconds. */
  readonly expiresAt: number
  /** The version the 302 was asked on, which a current function's link names (`tver`); the seed form's is beta. */
  readonly version?: GraphVersion
}

export type LinkCheck = { ok: true; claims: LinkClaims } | { ok: false; reason: 'invalid' | 'expired' }

const encoder = new TextEncoder()

/**
 * The seed form's stateless, HMAC-SHA256-signed download tokens: `payload.signature`, both
 * base64url. Nothing is stored per link, so any replica with the same secret serves any link.
 * Its signing input holds no `.`, a JWT's always does: neither form's signature passes for the other's.
 */
export function createLinkSigner(secret: string) {
  const mac = createLinkMac(secret)

  return {
    sign(claims: LinkClaims): string {
      const payload = toBase64Url(encoder.encode(JSON.stringify(claims)))
      return `${payload}.${mac.sign(payload)}`
    },

    /** Checks the signature first, so a tampered token never reports "expired". */
    verify(token: string, now: number): LinkCheck {
      const [payload, signature, extra] = token.split('.')
      if (!payload || !signature || extra !== undefined) return { ok: false, reason: 'invalid' }
      if (!mac.verify(payload, signature)) return { ok: false, reason: 'invalid' }
      const claims = parseClaims(fromBase64Url(payload))
      if (!claims) return { ok: false, reason: 'invalid' }
      return now >= claims.expiresAt ? { ok: false, reason: 'expired' } : { ok: true, claims }
    },
  }
}

export type LinkSigner = ReturnType<typeof createLinkSigner>

function parseClaims(bytes: Uint8Array | undefined): LinkClaims | undefined {
  const claims = parseJsonObject(bytes)
  return typeof claims?.report === 'string' && typeof claims.expiresAt === 'number'
    ? (claims as unknown as LinkClaims)
    : undefined
}
