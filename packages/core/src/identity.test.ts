import { describe, expect, it } from 'vitest'
import { bearerJwt, unsignedJwt } from '../../../test/support/unsigned-jwt'
import { createFakeGraph } from './create-fake-graph'

const BASE = 'https://graph.microsoft.com'
const TENANT = '6f1c3a52-0d4e-4c8b-9a57-2b1e8f0c7d31'
const DETAIL = `${BASE}/v1.0/reports/getOffice365ActiveUserDetail(period='D7')`

describe('the fake identity platform and auth mode signed', () => {
  const fake = createFakeGraph({
    now: '2026-11-27T00:00:00Z',
    users: 10,
    auth: 'signed',
    identity: { clientSecret: 's3cret' },
  })
  const token = async (body: Record<string, string>) =>
    fake.fetch(new Request(`${BASE}/${TENANT}/oauth2/v2.0/token`, { method: 'POST', body: new URLSearchParams(body) }))
  const grant = {
    grant_type: 'client_credentials',
    client_id: 'fake-graph-client',
    client_secret: 's3cret',
    scope: 'https://graph.microsoft.com/.default',
  }

  it('publishes OpenID configuration and keys', async () => {
    const configuration = await (
      await fake.fetch(new Request(`${BASE}/${TENANT}/v2.0/.well-known/openid-configuration`))
    ).json()
    expect(configuration).toMatchObject({
      issuer: `${BASE}/${TENANT}/v2.0`,
      token_endpoint: `${BASE}/${TENANT}/oauth2/v2.0/token`,
      jwks_uri: `${BASE}/${TENANT}/discovery/v2.0/keys`,
    })
    const { keys } = await (await fake.fetch(new Request(configuration.jwks_uri))).json()
    expect(keys).toEqual([
      expect.objectContaining({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: expect.any(String), n: expect.any(String) }),
    ])
  })

  it('issues an RS256 token for client credentials, and Graph accepts it', async () => {
    const response = await token(grant)
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3599 })
    const [header, payload] = (body.access_token as string)
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()))
    expect(header).toMatchObject({ alg: 'RS256' })
    expect(payload).toMatchObject({
      aud: 'https://graph.microsoft.com',
      tid: TENANT,
      appid: 'fake-graph-client',
      roles: expect.arrayContaining(['Reports.Read.All']),
    })
    const report = await fake.fetch(new Request(DETAIL, { headers: { Authorization: `Bearer ${body.access_token}` } }))
    expect(report.status).toBe(302)
    expect(fake.journal.entries().at(-1)).toMatchObject({ appId: 'fake-graph-client', tenantId: TENANT })
  })

  it.each([
    [{ client_secret: 'wrong' }, 401, 'invalid_client', /^AADSTS7000215: Invalid client secret provided\./],
    [{ client_id: 'someone-else' }, 400, 'unauthorized_client', /^AADSTS700016:/],
    [{ grant_type: 'password' }, 400, 'unsupported_grant_type', /^AADSTS70003:/],
    [{ scope: 'Reports.Read.All' }, 400, 'invalid_scope', /^AADSTS1002012:/],
  ])('refuses %j in the identity platform’s words', async (change, status, error, description) => {
    const response = await token({ ...grant, ...change })
    expect(response.status).toBe(status)
    const body = await response.json()
    expect(body.error).toBe(error)
    expect(body.error_description).toMatch(description)
  })

  it('refuses a JWT it did not sign, and an opaque token', async () => {
    const forged = unsignedJwt(
      { aud: 'https://graph.microsoft.com', tid: TENANT, roles: ['Reports.Read.All'] },
      { alg: 'RS256', kid: 'x' },
    )
    const refused = await fake.fetch(new Request(DETAIL, { headers: { Authorization: `Bearer ${forged}` } }))
    expect(refused.status).toBe(401)
    expect((await refused.json()).error.message).toMatch(/Invalid audience or signature/)
    expect((await fake.fetch(new Request(DETAIL, { headers: { Authorization: 'Bearer opaque' } }))).status).toBe(401)
  })

  it('refuses its own token once expired, by the fake clock', async () => {
    const { access_token: issued } = await (await token(grant)).json()
    fake.clock.advance(3_600_000)
    expect((await fake.fetch(new Request(DETAIL, { headers: { Authorization: `Bearer ${issued}` } }))).status).toBe(401)
    fake.clock.set('2026-11-27T00:00:00Z')
  })
})

describe('delegated users with tenant-level roles', () => {
  it('read counts but not per-user detail', async () => {
    const fake = createFakeGraph({ now: '2026-11-27T00:00:00Z', users: 10, auth: 'jwt' })
    const globalReader = bearerJwt({ scp: 'Reports.Read.All', wids: ['f2ef992c-3afb-46b9-b7cf-a126ee74c451'] })
    const get = (url: string) => fake.fetch(new Request(url, { headers: { Authorization: globalReader } }))
    expect((await get(`${BASE}/v1.0/reports/getOffice365ActiveUserCounts(period='D7')`)).status).toBe(302)
    expect((await get(DETAIL)).status).toBe(403)
  })
})
