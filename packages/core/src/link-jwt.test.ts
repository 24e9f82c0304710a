import { describe, expect, it } from 'vitest'
import { fromBase64Url, toBase64Url } from './base64url'
import { createLinkJwt, LINK_ISSUER, type LinkJwtRequest } from './link-jwt'
import { createLinkMac } from './link-mac'

const ISSUED = 1_795_000_000_000
const request: LinkJwtRequest = {
  report: 'getOffice365ActiveUserDetail',
  period: 7,
  concealNames: true,
  tenant: '6f1c3a52-0d4e-4c8b-9a57-2b1e8f0c7d31',
  issuedAt: ISSUED,
  expiresAt: ISSUED + 120_000,
  version: 'v1.0',
  appId: 'a0b1c2d3-0000-4000-8000-000000000000',
  correlationId: '0123456789abcdef0123456789abcdef',
}
const jwt = createLinkJwt('secret', 'https://reportsweu.office.com')
const text = (part: string) => new TextDecoder().decode(fromBase64Url(part))
const part = (value: object) => toBase64Url(new TextEncoder().encode(JSON.stringify(value)))
const decode = (token: string) =>
  token
    .split('.')
    .slice(0, 2)
    .map((segment) => JSON.parse(text(segment)))

describe('a current function’s link token', () => {
  it("is a compact JWS whose claims are production's, then the fake's own", () => {
    const token = jwt.sign(request)
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]{43}$/)
    const [header, claims] = decode(token)
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT', kid: expect.stringMatching(/^[\w-]{27}$/) })
    expect(claims).toStrictEqual({
      tid: '6f1c3a52-0d4e-4c8b-9a57-2b1e8f0c7d31',
      ent: 'getOffice365ActiveUserDetail',
      app: 'a0b1c2d3-0000-4000-8000-000000000000',
      cid: '0123456789abcdef0123456789abcdef',
      gver: 'V1',
      agg: 'M7',
      date: '',
      tver: 'V1.0',
      req: 'reportsweu.office.com',
      aud: 'reportsweu.office.com',
      por: '443',
      iss: LINK_ISSUER,
      iat: 1_795_000_000,
      nbf: 1_795_000_000,
      exp: 1_795_000_120,
      concealNames: true,
    })
    expect(Object.keys(claims)).toEqual(Object.keys(claims).sort((a, b) => order(a) - order(b)))
  })

  it('names a date call by its date, a beta call as Beta, an unnamed caller and tenant as empty', () => {
    const { period: _, ...rest } = request
    const [, claims] = decode(
      jwt.sign({ ...rest, date: '2026-11-20', version: 'beta', appId: undefined, tenant: undefined }),
    )
    expect(claims).toMatchObject({ agg: '', date: '2026-11-20', tver: 'Beta', app: '', tid: '' })
  })

  it('names the port of a local host, and the same secret gives the same kid', () => {
    const local = createLinkJwt('secret', 'http://127.0.0.1:4001')
    const [header, claims] = decode(local.sign(request))
    expect(claims).toMatchObject({ req: '127.0.0.1', aud: '127.0.0.1', por: '4001' })
    expect(header.kid).toBe(decode(jwt.sign(request))[0].kid)
    expect(decode(createLinkJwt('other', 'http://127.0.0.1:4001').sign(request))[0].kid).not.toBe(header.kid)
    expect(decode(createLinkJwt('secret', 'http://localhost').sign(request))[1].por).toBe('80')
  })

  it('verifies to the claims it was signed with, the version among them, from nbf until exp', () => {
    const token = jwt.sign(request)
    const { appId: _a, correlationId: _c, ...claims } = request
    expect(jwt.verify(token, ISSUED)).toEqual({ ok: true, claims })
    expect(jwt.verify(token, ISSUED + 119_999)).toEqual({ ok: true, claims })
    expect(jwt.verify(token, ISSUED + 120_000)).toEqual({ ok: false, reason: 'expired' })
    expect(jwt.verify(token, ISSUED - 1)).toEqual({ ok: false, reason: 'invalid' })
  })

  it('refuses alg none, another alg or kid, a bad signature and tampered claims', () => {
    const token = jwt.sign(request)
    const [header, payload, signature] = token.split('.') as [string, string, string]
    const ours = JSON.parse(text(header))
    const mac = createLinkMac('secret')
    // Correctly MACed under the secret, so only the header's own check can refuse them.
    const signed = (head: object, body = payload) => {
      const input = `${part(head)}.${body}`
      return `${input}.${mac.sign(input)}`
    }
    const claims = JSON.parse(text(payload))
    const forgeries = {
      'alg none, no signature': `${part({ ...ours, alg: 'none' })}.${payload}.`,
      'alg none, signed': signed({ ...ours, alg: 'none' }),
      'alg RS256': signed({ ...ours, alg: 'RS256' }),
      'alg HS512': signed({ ...ours, alg: 'HS512' }),
      'another kid': signed({ ...ours, kid: 'x' }),
      'no kid': signed({ alg: 'HS256', typ: 'JWT' }),
      'the header reordered': signed({ typ: 'JWT', alg: 'HS256', kid: ours.kid }),
      'a bad signature': `${header}.${payload}.${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`,
      'another secret': createLinkJwt('other', 'https://reportsweu.office.com').sign(request),
      'no signature': `${header}.${payload}`,
      'an extra part': `${token}.x`,
      'tampered exp': `${header}.${part({ ...claims, exp: claims.exp + 3600 })}.${signature}`,
      'tampered ent': `${header}.${part({ ...claims, ent: 'getOffice365ActiveUserCounts' })}.${signature}`,
      'tampered agg': `${header}.${part({ ...claims, agg: 'M180' })}.${signature}`,
      'tampered tid': `${header}.${part({ ...claims, tid: 'x' })}.${signature}`,
      empty: '',
      dots: '..',
    }
    for (const [name, forged] of Object.entries(forgeries)) {
      expect(jwt.verify(forged, ISSUED + 1000), name).toEqual({ ok: false, reason: 'invalid' })
    }
  })

  it('refuses, though signed, claims for another host or port, or of another shape', () => {
    const mac = createLinkMac('secret')
    const [header, payload] = jwt.sign(request).split('.') as [string, string]
    const claims = JSON.parse(text(payload))
    const resign = (changes: object) => {
      const input = `${header}.${part({ ...claims, ...changes })}`
      return `${input}.${mac.sign(input)}`
    }
    // The same changes, made by hand, to show the resigning itself is sound.
    expect(jwt.verify(resign({}), ISSUED).ok).toBe(true)
    for (const changes of [
      { aud: 'reports.office.com' },
      { req: 'reportsncu.office.com' },
      { por: '4001' },
      { iss: 'https://sts.windows.net/x/' },
      { gver: 'V2' },
      { tver: 'v1.0' },
      { exp: String(claims.exp) },
      { nbf: claims.nbf + 0.5 },
      { iat: undefined },
      { agg: '', date: '' },
      { agg: 'M7', date: '2026-11-20' },
      { concealNames: 'false' },
      { cid: 5 },
    ]) {
      expect(jwt.verify(resign(changes), ISSUED), JSON.stringify(changes)).toEqual({ ok: false, reason: 'invalid' })
    }
    expect(jwt.verify(resign({ nbf: claims.nbf + 60 }), ISSUED + 59_999)).toEqual({ ok: false, reason: 'invalid' })
    expect(jwt.verify(resign({ nbf: claims.nbf + 60 }), ISSUED + 60_000).ok).toBe(true)
  })
})

const ORDER = [
  'tid',
  'ent',
  'app',
  'cid',
  'gver',
  'agg',
  'date',
  'tver',
  'req',
  'aud',
  'por',
  'iss',
  'iat',
  'nbf',
  'exp',
]
/** Production's claims in the order of the capture, the fake's own after them. */
const order = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length)
