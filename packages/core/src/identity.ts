import type { CryptoKey, JWK, JWTPayload } from 'jose'

export interface IdentityOptions {
  /** The application that may ask for tokens (client credentials). */
  clientId?: string
  clientSecret?: string
  /** The application permissions its tokens carry. */
  roles?: string[]
  tokenLifetimeSeconds?: number
}

const KEY_ID = 'fake-graph-signing-key'
/** Graph's audience, as the identity platform writes it into Graph tokens. */
const GRAPH_AUDIENCE = 'https://graph.microsoft.com'

/**
 * A fake Microsoft identity platform: one RS256 key pair (made on first use, in memory), tokens
 * for the client-credentials flow, and their verification. Web Crypto through jose, so it runs
 * in browsers too.
 */
export function createIdentity(options: IdentityOptions, issuerBase: string) {
  const clientId = options.clientId ?? 'fake-graph-client'
  const clientSecret = options.clientSecret ?? 'fake-graph-secret'
  const roles = options.roles ?? ['Reports.Read.All', 'ReportSettings.ReadWrite.All']
  const lifetime = options.tokenLifetimeSeconds ?? 3599
  let keys: Promise<{ publicKey: CryptoKey; privateKey: CryptoKey }> | undefined
  const keyPair = () => {
    keys ??= jose().then(({ generateKeyPair }) => generateKeyPair('RS256', { extractable: true }))
    return keys
  }
  const issuer = (tenant: string) => `${issuerBase}/${tenant}/v2.0`

  return {
    clientId,
    clientSecret,
    lifetime,
    issuer,

    async issue(tenant: string, now: Date): Promise<string> {
      const { SignJWT } = await jose()
      const seconds = Math.floor(now.getTime() / 1000)
      return new SignJWT({ tid: tenant, appid: clientId, azp: clientId, roles, idtyp: 'app', ver: '2.0' })
        .setProtectedHeader({ alg: 'RS256', kid: KEY_ID, typ: 'JWT' })
        .setIssuer(issuer(tenant))
        .setAudience(GRAPH_AUDIENCE)
        .setSubject(clientId)
        .setIssuedAt(seconds)
        .setNotBefore(seconds)
        .setExpirationTime(seconds + lifetime)
        .sign((await keyPair()).privateKey)
    },

    /** The claims of a token this platform signed for Graph; undefined for any other. */
    async verify(token: string, now: Date): Promise<JWTPayload | undefined> {
      const { jwtVerify } = await jose()
      try {
        const { payload } = await jwtVerify(token, (await keyPair()).publicKey, {
          audience: [GRAPH_AUDIENCE, '00000003-0000-0000-c000-000000000000'],
          algorithms: ['RS256'],
          currentDate: now,
        })
        return typeof payload.tid === 'string' && payload.iss === issuer(payload.tid) ? payload : undefined
      } catch {
        return undefined
      }
    },

    async jwks(): Promise<{ keys: JWK[] }> {
      const { exportJWK } = await jose()
      const jwk = await exportJWK((await keyPair()).publicKey)
      return { keys: [{ ...jwk, kid: KEY_ID, use: 'sig', alg: 'RS256' }] }
    },
  }
}

export type Identity = ReturnType<typeof createIdentity>

/** jose on first use: only auth mode `signed` needs it, and importing it costs every fake's start. */
let loaded: Promise<typeof import('jose')> | undefined
function jose(): Promise<typeof import('jose')> {
  loaded ??= import('jose')
  return loaded
}
