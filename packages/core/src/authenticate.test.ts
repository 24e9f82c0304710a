import { describe, expect, it } from 'vitest'
import { unsignedJwt } from '../../../test/support/unsigned-jwt'
import { authenticate } from './authenticate'
import { GraphError } from './graph-error'

const now = new Date('2026-11-27T00:00:00Z')
const REPORTS_READER = '4a5d8f65-41da-4de4-8968-e035b65339cf'
const GLOBAL_READER = 'f2ef992c-3afb-46b9-b7cf-a126ee74c451'
const jwt = unsignedJwt
const call = (authorization?: string) =>
  authenticate(
    new Request('https://graph.microsoft.com/', { headers: authorization === undefined ? {} : { authorization } }),
    now,
  )
const refusal = (authorization?: string) => {
  try {
    call(authorization)
  } catch (error) {
    if (error instanceof GraphError) return error
  }
  return expect.fail('accepted')
}

describe('authenticate', () => {
  it.each([undefined, '', 'Bearer', 'Bearer   '])(
    'answers a missing or empty token (%j) with 401 and the challenge',
    (header) => {
      const error = refusal(header)
      expect([error.status, error.code, error.message]).toEqual([
        401,
        'InvalidAuthenticationToken',
        'Access token is empty.',
      ])
      expect(error.headers['WWW-Authenticate']).toBe(
        'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
      )
    },
  )

  it('takes any opaque token as an application holding Reports.Read.All', () => {
    expect(call('Bearer anything-at-all')).toEqual({ kind: 'opaque', scopes: ['Reports.Read.All'] })
  })

  it('honours the roles and scopes of a JWT', () => {
    const app = call(
      `Bearer ${jwt({ roles: ['Reports.Read.All'], appid: 'app-1', tid: 'tenant-1', exp: 1_900_000_000 })}`,
    )
    expect(app).toEqual({ kind: 'application', appId: 'app-1', tenantId: 'tenant-1', scopes: ['Reports.Read.All'] })
    expect(call(`Bearer ${jwt({ scp: 'User.Read Reports.Read.All', wids: [REPORTS_READER] })}`).kind).toBe('delegated')
  })

  it.each([
    ['an app without the role', { roles: ['User.Read.All'] }],
    ['a user without the scope', { scp: 'User.Read' }],
    ['no permissions at all', {}],
  ])('refuses %s with 403 S2SUnauthorized', (_, payload) => {
    const error = refusal(`Bearer ${jwt(payload)}`)
    expect([error.status, error.code, error.message]).toEqual([403, 'S2SUnauthorized', 'Invalid permission.'])
  })

  it('refuses an expired JWT with 401', () => {
    const error = refusal(`Bearer ${jwt({ roles: ['Reports.Read.All'], exp: now.getTime() / 1000 - 1 })}`)
    expect([error.status, error.code]).toEqual([401, 'InvalidAuthenticationToken'])
    expect(error.message).toMatch(/expired/)
  })

  it.each([
    ['a string exp in the past', { exp: String(now.getTime() / 1000 - 60) }],
    ['a string exp in the future', { exp: String(now.getTime() / 1000 + 60) }],
    ['a word for exp', { exp: 'garbage' }],
    ['a null exp', { exp: null }],
    ['an exp past every number (1e400)', { exp: '__INFINITY__' }],
    ['a string nbf', { nbf: '0' }],
    ['an object nbf', { nbf: {} }],
  ])('refuses a JWT with %s: a time claim must be a NumericDate (RFC 7519)', (_, claims) => {
    // 1e400 parses as Infinity: written into the JSON by hand, since JSON.stringify cannot write it.
    const payload = JSON.stringify({ roles: ['Reports.Read.All'], ...claims }).replace('"__INFINITY__"', '1e400')
    const header = Buffer.from(JSON.stringify({ alg: 'RS256' })).toString('base64url')
    const error = refusal(`Bearer ${header}.${Buffer.from(payload).toString('base64url')}.c2ln`)
    expect([error.status, error.code, error.message]).toEqual([
      401,
      'InvalidAuthenticationToken',
      'Access token validation failure.',
    ])
  })

  it('refuses a JWT whose nbf is in the future, and takes one whose nbf has passed', () => {
    const seconds = now.getTime() / 1000
    const early = refusal(`Bearer ${jwt({ roles: ['Reports.Read.All'], nbf: seconds + 1 })}`)
    expect([early.status, early.code, early.message]).toEqual([
      401,
      'InvalidAuthenticationToken',
      'Lifetime validation failed, the token is not yet valid.',
    ])
    expect(call(`Bearer ${jwt({ roles: ['Reports.Read.All'], nbf: seconds, exp: seconds + 1 })}`).kind).toBe(
      'application',
    )
  })

  it.each(['tid', 'appid', 'azp'])('refuses a JWT whose %s is longer than any id (256 characters)', (claim) => {
    const roles = ['Reports.Read.All']
    expect(call(`Bearer ${jwt({ roles, [claim]: 'x'.repeat(256) })}`).kind).toBe('application')
    expect(refusal(`Bearer ${jwt({ roles, [claim]: 'x'.repeat(257) })}`).message).toBe(
      'Access token validation failure.',
    )
  })

  it('needs a delegated user to hold a report-reading admin role (docs/graph-reports.md §1.6)', () => {
    const scp = 'Reports.Read.All'
    expect(refusal(`Bearer ${jwt({ scp })}`).status).toBe(403)
    expect(refusal(`Bearer ${jwt({ scp, wids: ['b79fbf4d-3ef9-4689-8143-76b194e85509'] })}`).status).toBe(403)
    expect(call(`Bearer ${jwt({ scp, wids: [REPORTS_READER] })}`).tenantLevelOnly).toBe(false)
    expect(call(`Bearer ${jwt({ scp, wids: [GLOBAL_READER] })}`).tenantLevelOnly).toBe(true)
  })

  it('refuses an opaque token outside auth mode any', () => {
    const request = new Request('https://graph.microsoft.com/', { headers: { authorization: 'Bearer opaque' } })
    for (const mode of ['jwt', 'signed'] as const) {
      expect(() => authenticate(request, now, { mode })).toThrow(
        'CompactToken parsing failed with error code: 80049217',
      )
    }
    expect(authenticate(request, now, { mode: 'any' }).kind).toBe('opaque')
  })

  it('refuses a broken JWT and other schemes with 401', () => {
    expect(refusal(`Bearer ${jwt({}).split('.')[0]}.!!!.sig`).status).toBe(401)
    expect(refusal('Basic dXNlcjpwYXNz').status).toBe(401)
  })
})
