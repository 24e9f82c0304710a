import { fromBase64Url } from './base64url'
import { type ErrorOverrides, raise } from './error-cases'
import { parseJsonObject } from './parse-json-object'

/** Who called, as far as the fake can tell from the bearer token. */
export interface Principal {
  /** `opaque` tokens are taken as an application holding every permission (auth mode `any`). */
  readonly kind: 'opaque' | 'application' | 'delegated'
  readonly appId?: string
  readonly tenantId?: string
  readonly scopes: readonly string[]
  /** A delegated user whose only report roles see tenant-level data (Global Reader, Usage Summary Reports Reader). */
  readonly tenantLevelOnly?: boolean
}

/**
 * - `any`: opaque tokens are an app with every permission; JWTs are decoded and honoured.
 * - `jwt`: a JWT is required; its claims are enforced, its signature is not checked.
 * - `signed`: a JWT signed by the fake's identity platform is required (see `identity.ts`).
 */
export type AuthMode = 'any' | 'jwt' | 'signed'

export interface AuthRequirement {
  readonly mode?: AuthMode
  /** Any one of these permissions will do. */
  readonly required?: readonly string[]
  readonly errors?: ErrorOverrides
}

const REPORTS_READ = 'Reports.Read.All'
/** Graph's header on a 401 (docs/graph-reports.md §4, HIGH). */
export const CHALLENGE = {
  'WWW-Authenticate':
    'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
}
/** Entra role templates that may read usage reports (docs/graph-reports.md §1.6), the last two at tenant level only. */
const REPORT_ROLES = new Set([
  '62e90394-69f5-4237-9190-012177145e10', // Global Administrator (Company Administrator)
  '29232cdf-9323-42fd-ade2-1d097af3e4de', // Exchange Administrator
  'f28a1f50-f6e7-4571-818b-6a12f2af6b6c', // SharePoint Administrator
  '75941009-915a-4869-abe7-691bff18279e', // Skype for Business (Lync) Administrator
  '69091246-20e8-4a56-aa4d-066075b2a7a8', // Teams Administrator
  'baf37b3a-610e-45da-9e62-d9d1e5e8914b', // Teams Communications Administrator
  '4a5d8f65-41da-4de4-8968-e035b65339cf', // Reports Reader
])
const TENANT_LEVEL_ROLES = new Set([
  'f2ef992c-3afb-46b9-b7cf-a126ee74c451', // Global Reader
  '75934031-6c7e-415a-99d7-48dbd49e875e', // Usage Summary Reports Reader
])

/** The claims that name the caller's tenant and application, and the longest the fake reads. */
const IDENTITY_CLAIMS = ['tid', 'appid', 'azp'] as const
const MAX_ID_LENGTH = 256

/** A request's Authorization header, read once: its scheme (lower case) and its credentials. */
export interface Credentials {
  readonly scheme: string
  readonly token: string
}

export function credentialsOf(request: Request): Credentials {
  const [scheme = '', token = ''] = (request.headers.get('authorization') ?? '').trim().split(/\s+/, 2)
  return { scheme: scheme.toLowerCase(), token }
}

/** The bearer token of credentials, if they are a bearer token. */
export function bearerToken({ scheme, token }: Credentials): string | undefined {
  return scheme === 'bearer' && token ? token : undefined
}

/**
 * Reads the bearer token. Outside `signed` mode signatures are not checked, but a JWT's expiry
 * and permissions are honoured, so clients can test both.
 */
export function authenticate(request: Request | Credentials, now: Date, requirement: AuthRequirement = {}): Principal {
  const { mode = 'any', required = [REPORTS_READ], errors } = requirement
  const { scheme, token } = 'scheme' in request ? request : credentialsOf(request)
  if (!scheme || (scheme === 'bearer' && !token)) throw raise(errors, 'missingToken', {}, CHALLENGE)
  if (scheme !== 'bearer') throw raise(errors, 'invalidToken', {}, CHALLENGE)
  const claims = decodeJwt(token)
  if (claims === undefined) {
    if (mode !== 'any') throw raise(errors, 'malformedToken', {}, CHALLENGE)
    return { kind: 'opaque', scopes: [...required] }
  }
  if (claims === null) throw raise(errors, 'invalidToken', {}, CHALLENGE)
  const { exp, nbf } = claims
  // RFC 7519 4.1.4 and 4.1.5: a time claim, when present, is a NumericDate; anything else voids the token.
  if ((exp !== undefined && !isNumericDate(exp)) || (nbf !== undefined && !isNumericDate(nbf))) {
    throw raise(errors, 'invalidToken', {}, CHALLENGE)
  }
  if (exp !== undefined && exp * 1000 <= now.getTime()) throw raise(errors, 'expiredToken', {}, CHALLENGE)
  if (nbf !== undefined && nbf * 1000 > now.getTime()) throw raise(errors, 'notYetValidToken', {}, CHALLENGE)
  // Real ids are GUIDs: a tid of kilobytes would ride in every link and key every tenant and budget.
  if (IDENTITY_CLAIMS.some((name) => String(claims[name] ?? '').length > MAX_ID_LENGTH)) {
    throw raise(errors, 'invalidToken', {}, CHALLENGE)
  }
  const delegated = typeof claims.scp === 'string'
  const scopes = delegated
    ? (claims.scp as string).split(' ')
    : Array.isArray(claims.roles)
      ? (claims.roles as string[])
      : []
  if (!required.some((permission) => scopes.includes(permission))) throw raise(errors, 'forbidden')
  let tenantLevelOnly: boolean | undefined
  if (delegated) {
    // Since 2019-12-16 a user also needs an admin role that may read reports (docs/graph-reports.md §1.6, I-11).
    const roles = Array.isArray(claims.wids) ? (claims.wids as string[]) : []
    const full = roles.some((role) => REPORT_ROLES.has(role))
    if (!full && !roles.some((role) => TENANT_LEVEL_ROLES.has(role))) throw raise(errors, 'forbidden')
    tenantLevelOnly = !full
  }
  return {
    kind: delegated ? 'delegated' : 'application',
    appId: stringClaim(claims.appid) ?? stringClaim(claims.azp),
    tenantId: stringClaim(claims.tid),
    scopes,
    tenantLevelOnly,
  }
}

/** The payload of a JWT; undefined when the token is not a JWT at all, null when it is a broken one. */
function decodeJwt(token: string): Record<string, unknown> | null | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  const [header, payload] = parts.map((part) => parseJsonObject(fromBase64Url(part)))
  if (!header || typeof header.alg !== 'string') return undefined
  return payload ?? null
}

function isNumericDate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

function stringClaim(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}
