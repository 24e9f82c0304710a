import type { GraphVersion } from '@fake-graph/reports'
import { createCompactJws } from './compact-jws'
import type { LinkCheck, LinkClaims } from './signed-link'

/** What a current function's link says beyond the report, as production's claims name it. */
export interface LinkJwtRequest extends LinkClaims {
  readonly version: GraphVersion
  /** The caller's application id, when its token names one. */
  readonly appId?: string
  /** The request that asked for the link: its request id, as 32 hex digits. */
  readonly correlationId: string
}

/** The claims of a production link (docs/graph-reports.md §10.1), and the fake's own `concealNames`. */
export interface LinkJwtClaims {
  readonly tid: string
  readonly ent: string
  readonly app: string
  readonly cid: string
  readonly gver: 'V1'
  readonly agg: string
  readonly date: string
  readonly tver: 'V1.0' | 'Beta'
  readonly req: string
  readonly aud: string
  readonly por: string
  readonly iss: string
  readonly iat: number
  readonly nbf: number
  readonly exp: number
  readonly concealNames: boolean
}

/** Production's `iss` is a GUID nobody has named; Microsoft Graph's application id is one that fits (decision 0012). */
export const LINK_ISSUER = '00000003-0000-0000-c000-000000000000'

const VERSIONS = { 'v1.0': 'V1.0', beta: 'Beta' } as const
const SECONDS = 1000

/**
 * The current functions' download tokens, in production's form: a JWT whose claims name the
 * report, the caller and the download host, signed HS256 with the link secret where production
 * signs RS256 with a key of Microsoft's (decision 0012). Stateless, as the seed form's tokens are.
 */
export function createLinkJwt(secret: string, downloadBaseUrl: string) {
  const jws = createCompactJws(secret)
  const { hostname, port, protocol } = new URL(downloadBaseUrl)
  const por = port || (protocol === 'https:' ? '443' : '80')

  return {
    sign(link: LinkJwtRequest): string {
      const iat = Math.floor(link.issuedAt / SECONDS)
      const claims: LinkJwtClaims = {
        tid: link.tenant ?? '',
        ent: link.report,
        app: link.appId ?? '',
        cid: link.correlationId,
        gver: 'V1',
        agg: link.period === undefined ? '' : `M${link.period}`,
        date: link.date ?? '',
        tver: VERSIONS[link.version],
        req: hostname,
        aud: hostname,
        por,
        iss: LINK_ISSUER,
        iat,
        nbf: iat,
        exp: Math.floor(link.expiresAt / SECONDS),
        concealNames: link.concealNames,
      }
      return jws.sign(claims)
    },

    /** The signature first, so a tampered token never reports "expired"; then every claim the fake set. */
    verify(token: string, now: number): LinkCheck {
      const payload = jws.verify(token)
      const claims = payload && readClaims(payload, hostname, por)
      if (!claims || now < claims.nbf * SECONDS) return { ok: false, reason: 'invalid' }
      if (now >= claims.exp * SECONDS) return { ok: false, reason: 'expired' }
      const selection = claims.date ? { date: claims.date } : { period: Number(/^M(\d{1,3})$/.exec(claims.agg)?.[1]) }
      return {
        ok: true,
        claims: {
          report: claims.ent,
          ...selection,
          concealNames: claims.concealNames,
          tenant: claims.tid || undefined,
          issuedAt: claims.iat * SECONDS,
          expiresAt: claims.exp * SECONDS,
          version: claims.tver === 'Beta' ? 'beta' : 'v1.0',
        },
      }
    },
  }
}

export type LinkJwt = ReturnType<typeof createLinkJwt>

const STRINGS = ['tid', 'ent', 'app', 'cid', 'agg', 'date'] as const
const TIMES = ['iat', 'nbf', 'exp'] as const

/** The claims, if each is what this fake signs: a signed token of another host or shape is refused too. */
function readClaims(payload: Record<string, unknown>, host: string, por: string): LinkJwtClaims | undefined {
  const claims = payload as Partial<LinkJwtClaims>
  if (STRINGS.some((name) => typeof payload[name] !== 'string')) return undefined
  if (TIMES.some((name) => !Number.isSafeInteger(payload[name]))) return undefined
  if (claims.gver !== 'V1' || (claims.tver !== 'V1.0' && claims.tver !== 'Beta')) return undefined
  if (claims.req !== host || claims.aud !== host || claims.por !== por || claims.iss !== LINK_ISSUER) return undefined
  if (typeof claims.concealNames !== 'boolean' || Boolean(claims.agg) === Boolean(claims.date)) return undefined
  return claims as LinkJwtClaims
}
