import { fromBase64Url, toBase64Url } from './base64url'

/** What a download link carries: enough to render the report again, on any replica. */
export interface LinkClaims {
  /** The report's slug, e.g. `getOffice365ActiveUserDetail` or `Office365ActiveUsers-Detail`. */
  readonly report: string
  readonly period?: number
  /** The date of a Detail-for-a-date report, `YYYY-MM-DD`. */
  readonly date?: string
  readonly concealNames: boolean
  /** When the link was issued, in epoch milliseconds: the tenant is seen as of then. */
  readonly issuedAt: number
  /** When the link stops working, in epoch milliseconds. */
  readonly expiresAt: number
}

export type LinkCheck = { ok: true; claims: LinkClaims } | { ok: false; reason: 'invalid' | 'expired' }

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/**
 * Stateless, HMAC-SHA256-signed download tokens (Web Crypto, so it runs in browsers too).
 * Nothing is stored per link: the token is `payload.signature`, both base64url.
 */
export function createLinkSigner(secret: string) {
  const key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ])

  return {
    async sign(claims: LinkClaims): Promise<string> {
      const payload = toBase64Url(encoder.encode(JSON.stringify(claims)))
      const signature = new Uint8Array(await crypto.subtle.sign('HMAC', await key, encoder.encode(payload)))
      return `${payload}.${toBase64Url(signature)}`
    },

    /** Checks the signature first, so a tampered token never reports "expired". */
    async verify(token: string, now: number): Promise<LinkCheck> {
      const [payload, signatureText, extra] = token.split('.')
      const signature = signatureText === undefined ? undefined : fromBase64Url(signatureText)
      if (!payload || !signature || extra !== undefined) return { ok: false, reason: 'invalid' }
      const genuine = await crypto.subtle.verify('HMAC', await key, signature, encoder.encode(payload))
      if (!genuine) return { ok: false, reason: 'invalid' }
      const claims = parseClaims(fromBase64Url(payload))
      if (!claims) return { ok: false, reason: 'invalid' }
      return now >= claims.expiresAt ? { ok: false, reason: 'expired' } : { ok: true, claims }
    },
  }
}

export type LinkSigner = ReturnType<typeof createLinkSigner>

function parseClaims(bytes: Uint8Array | undefined): LinkClaims | undefined {
  if (!bytes) return undefined
  try {
    const claims = JSON.parse(decoder.decode(bytes)) as LinkClaims
    return typeof claims.report === 'string' && typeof claims.expiresAt === 'number' ? claims : undefined
  } catch {
    return undefined
  }
}
