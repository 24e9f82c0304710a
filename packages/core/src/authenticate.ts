import { fromBase64Url } from './base64url'
import { type ErrorOverrides, raise } from './error-cases'

/** Who called, as far as the fake can tell from the bearer token. */
export interface Principal {
  /** `opaque` tokens are taken as an application holding Reports.Read.All. */
  readonly kind: 'opaque' | 'application' | 'delegated'
  readonly appId?: string
  readonly tenantId?: string
  readonly scopes: readonly string[]
}

const REPORTS_READ = 'Reports.Read.All'
/** Graph's header on a 401 (spec 4, HIGH). */
const CHALLENGE = {
  'WWW-Authenticate':
    'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
}

/**
 * Reads the bearer token. Signatures are not checked (there is no issuer to check them
 * against), but a JWT's expiry and permissions are honoured, so clients can test both.
 */
export function authenticate(
  request: Request,
  now: Date,
  errors?: ErrorOverrides,
  /** Any one of these permissions will do (an opaque token holds them all). */
  required: readonly string[] = [REPORTS_READ],
): Principal {
  const header = request.headers.get('authorization') ?? ''
  const [scheme, token = ''] = header.trim().split(/\s+/, 2)
  if (!header.trim() || (scheme?.toLowerCase() === 'bearer' && !token))
    throw raise(errors, 'missingToken', {}, CHALLENGE)
  if (scheme?.toLowerCase() !== 'bearer') throw raise(errors, 'invalidToken', {}, CHALLENGE)
  const claims = decodeJwt(token)
  if (claims === undefined) return { kind: 'opaque', scopes: [...required] }
  if (claims === null) throw raise(errors, 'invalidToken', {}, CHALLENGE)
  if (typeof claims.exp === 'number' && claims.exp * 1000 <= now.getTime()) {
    throw raise(errors, 'expiredToken', {}, CHALLENGE)
  }
  const delegated = typeof claims.scp === 'string'
  const scopes = delegated
    ? (claims.scp as string).split(' ')
    : Array.isArray(claims.roles)
      ? (claims.roles as string[])
      : []
  if (!required.some((permission) => scopes.includes(permission))) throw raise(errors, 'forbidden')
  return {
    kind: delegated ? 'delegated' : 'application',
    appId: stringClaim(claims.appid) ?? stringClaim(claims.azp),
    tenantId: stringClaim(claims.tid),
    scopes,
  }
}

/** The payload of a JWT; undefined when the token is not a JWT at all, null when it is a broken one. */
function decodeJwt(token: string): Record<string, unknown> | null | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  const [header, payload] = parts.map((part) => parseJson(fromBase64Url(part)))
  if (!header || typeof header.alg !== 'string') return undefined
  return payload ?? null
}

function parseJson(bytes: Uint8Array | undefined): Record<string, unknown> | undefined {
  if (!bytes) return undefined
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes))
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

function stringClaim(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}
