import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromBase64Url, toBase64Url } from './base64url'
import { createFakeGraph } from './create-fake-graph'
import { createLinkSigner, type LinkClaims } from './signed-link'

const signer = createLinkSigner('the-secret')
const claims: fc.Arbitrary<LinkClaims> = fc.record({
  report: fc.constantFrom(
    'getOffice365ActiveUserDetail',
    'getOffice365ActiveUserCounts',
    'Office365ActiveUsers-Detail',
  ),
  period: fc.constantFrom(7, 30, 90, 180),
  concealNames: fc.boolean(),
  issuedAt: fc.integer({ min: 1_700_000_000_000, max: 1_900_000_000_000 }),
  expiresAt: fc.integer({ min: 1_900_000_000_001, max: 2_000_000_000_000 }),
})
const NOW = 1_800_000_000_000
const refused = (token: string) => signer.verify(token, NOW).ok === false

describe('forged links', () => {
  // Thirty tokens of random claims are enough to hold every bit of our payload and signature
  // layout to the HMAC; more runs would re-test @noble/hashes itself.
  it('refuses every single-bit flip of the payload and the signature, over thirty tokens', () => {
    let forged = 0
    let accepted = 0
    fc.assert(
      fc.property(claims, (original) => {
        const token = signer.sign(original)
        expect(signer.verify(token, NOW)).toEqual({ ok: true, claims: original })
        const parts = token.split('.').map((part) => fromBase64Url(part) as Uint8Array)
        for (const [index, bytes] of parts.entries()) {
          for (let bit = 0; bit < bytes.length * 8; bit++) {
            const flipped = bytes.slice()
            flipped[bit >> 3] = (flipped[bit >> 3] as number) ^ (1 << (bit & 7))
            forged++
            if (!refused(parts.map((part, i) => toBase64Url(i === index ? flipped : part)).join('.'))) accepted++
          }
        }
      }),
      { numRuns: 30 },
    )
    expect(accepted).toBe(0)
    expect(forged).toBeGreaterThan(30_000)
  })

  it('refuses every truncation, any extension, and swapped parts or fields', () => {
    fc.assert(
      fc.property(claims, claims, fc.string({ minLength: 1, maxLength: 8 }), (a, b, tail) => {
        const [tokenA, tokenB] = [signer.sign(a), signer.sign({ ...b, report: `${b.report}x` })]
        for (let length = 0; length < tokenA.length; length++) expect(refused(tokenA.slice(0, length))).toBe(true)
        expect(refused(tokenA + tail)).toBe(true)
        expect(refused(`${tail}${tokenA}`)).toBe(true)
        const [payloadA, signatureA] = tokenA.split('.') as [string, string]
        const [payloadB, signatureB] = tokenB.split('.') as [string, string]
        expect(refused(`${payloadA}.${signatureB}`)).toBe(true)
        expect(refused(`${payloadB}.${signatureA}`)).toBe(true)
        expect(refused(`${signatureA}.${payloadA}`)).toBe(true)
        // The same fields with another's values, under the original signature.
        const swapped = toBase64Url(
          new TextEncoder().encode(
            JSON.stringify({ ...a, period: b.period === a.period ? (a.period ?? 0) + 1 : b.period }),
          ),
        )
        expect(refused(`${swapped}.${signatureA}`)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('refuses a token signed with another secret', () => {
    fc.assert(
      fc.property(claims, fc.string({ minLength: 1 }), (original, secret) => {
        fc.pre(secret !== 'the-secret')
        expect(refused(createLinkSigner(secret).sign(original))).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('refuses at the TTL edge and after, one second either side', () => {
    fc.assert(
      fc.property(claims, (original) => {
        const token = signer.sign(original)
        expect(signer.verify(token, original.expiresAt - 1000).ok).toBe(true)
        expect(signer.verify(token, original.expiresAt - 1).ok).toBe(true)
        expect(signer.verify(token, original.expiresAt)).toEqual({ ok: false, reason: 'expired' })
        expect(signer.verify(token, original.expiresAt + 1000)).toEqual({ ok: false, reason: 'expired' })
      }),
    )
  })

  it('answers expired, forged and unknown links alike: a generic message, no data, no stack', async () => {
    for (const ttl of [1, 60, 300]) {
      const fake = createFakeGraph({ now: '2026-11-27T00:00:00Z', users: 5, linkTtlSeconds: ttl })
      const report = await fake.fetch(
        new Request("https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserCounts(period='D7')", {
          headers: { Authorization: 'Bearer t' },
        }),
      )
      const link = report.headers.get('location') as string
      const get = async (url: string) => fake.fetch(new Request(url))
      fake.clock.advance(ttl * 1000 - 1000)
      expect((await get(link)).status).toBe(200)
      fake.clock.advance(2000)
      const answers = [
        await get(link),
        await get(`${link.slice(0, -2)}AA`),
        await get('https://reports.office.com/data/download/e30.AAAA'),
      ]
      const bodies = await Promise.all(
        answers.map(async (answer) => {
          const body = await answer.json()
          return {
            status: answer.status,
            code: body.error.code,
            message: body.error.message,
            keys: Object.keys(body.error.innerError),
          }
        }),
      )
      expect(new Set(bodies.map((body) => JSON.stringify(body))).size).toBe(1)
      expect(bodies[0]).toEqual({
        status: 403,
        code: 'AccessDenied',
        message: 'The download link is not valid or has expired.',
        keys: ['date', 'request-id', 'client-request-id'],
      })
      expect(fake.journal.find({ origin: 'download' }).map((entry) => entry.error)).toEqual([
        undefined,
        'linkExpired',
        'linkInvalid',
        'linkInvalid',
      ])
    }
  })
})
