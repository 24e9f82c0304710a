import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromBase64Url, toBase64Url } from './base64url'
import { createFakeGraph } from './create-fake-graph'
import { createLinkTokens } from './link-tokens'
import type { LinkForm } from './router'
import type { LinkClaims } from './signed-link'

const DOWNLOAD = 'https://reportsweu.office.com'
const tokens = createLinkTokens('the-secret', DOWNLOAD)
// Whole seconds: a JWT's times are NumericDates, so only those come back from it unchanged.
const seconds = (min: number, max: number) => fc.integer({ min, max }).map((second) => second * 1000)
const claims: fc.Arbitrary<LinkClaims> = fc.record({
  report: fc.constantFrom(
    'getOffice365ActiveUserDetail',
    'getOffice365ActiveUserCounts',
    'Office365ActiveUsers-Detail',
  ),
  period: fc.constantFrom(7, 30, 90, 180),
  concealNames: fc.boolean(),
  issuedAt: seconds(1_700_000_000, 1_800_000_000),
  expiresAt: seconds(1_900_000_001, 2_000_000_000),
})
const NOW = 1_800_000_000_000

/** Each form's signer, with what a current function's link says besides the report. */
const FORMS: [LinkForm, (claims: LinkClaims, secret?: string) => string][] = [
  ['legacy', (original, secret) => (secret ? createLinkTokens(secret, DOWNLOAD) : tokens).legacy.sign(original)],
  [
    'function',
    (original, secret) =>
      (secret ? createLinkTokens(secret, DOWNLOAD) : tokens).current.sign({
        ...original,
        version: 'beta',
        appId: 'a0b1c2d3-0000-4000-8000-000000000000',
        correlationId: '0123456789abcdef0123456789abcdef',
      }),
  ],
]

describe.each(FORMS)('forged links, %s form', (form, sign) => {
  const verify = (token: string, now = NOW) => tokens.verify(form, token, now)
  const refused = (token: string) => verify(token).ok === false

  // Thirty tokens of random claims are enough to hold every bit of our header, payload and
  // signature layout to the HMAC; more runs would re-test @noble/hashes itself.
  it('refuses every single-bit flip of every part, over thirty tokens', () => {
    let forged = 0
    let accepted = 0
    fc.assert(
      fc.property(claims, (original) => {
        const token = sign(original)
        // A current function's link names its version (tver) as well.
        expect(verify(token)).toEqual({
          ok: true,
          claims: form === 'function' ? { ...original, version: 'beta' } : original,
        })
        const parts = token.split('.')
        for (const [index, part] of parts.entries()) {
          const bytes = fromBase64Url(part) as Uint8Array
          for (let bit = 0; bit < bytes.length * 8; bit++) {
            const flipped = bytes.slice()
            flipped[bit >> 3] = (flipped[bit >> 3] as number) ^ (1 << (bit & 7))
            forged++
            if (!refused(parts.map((other, i) => (i === index ? toBase64Url(flipped) : other)).join('.'))) accepted++
          }
        }
      }),
      { numRuns: 30 },
    )
    expect(accepted).toBe(0)
    expect(forged).toBeGreaterThan(30_000)
    // A JWT's payload is some 500 bytes: 4,000 flips a token, each an HMAC, seconds on a busy machine.
  }, 30_000)

  it('refuses every truncation, any extension, and swapped parts or fields', () => {
    fc.assert(
      fc.property(claims, claims, fc.string({ minLength: 1, maxLength: 8 }), (a, b, tail) => {
        const [tokenA, tokenB] = [sign(a), sign({ ...b, report: `${b.report}x` })]
        for (let length = 0; length < tokenA.length; length++) expect(refused(tokenA.slice(0, length))).toBe(true)
        expect(refused(tokenA + tail)).toBe(true)
        expect(refused(`${tail}${tokenA}`)).toBe(true)
        const partsA = tokenA.split('.')
        const partsB = tokenB.split('.')
        const [signatureA, payloadA] = [partsA.pop() as string, partsA.pop() as string]
        const [signatureB, payloadB] = [partsB.pop() as string, partsB.pop() as string]
        const signed = (payload: string, signature: string) => [...partsA, payload, signature].join('.')
        expect(refused(signed(payloadA, signatureB))).toBe(true)
        expect(refused(signed(payloadB, signatureA))).toBe(true)
        expect(refused(signed(signatureA, payloadA))).toBe(true)
        // The same fields with another's values, under the original signature.
        const fields = JSON.parse(new TextDecoder().decode(fromBase64Url(payloadA)))
        const other = (name: string, value: unknown) =>
          toBase64Url(new TextEncoder().encode(JSON.stringify({ ...fields, [name]: value })))
        expect(
          refused(signed(other('period', b.period === a.period ? (a.period ?? 0) + 1 : b.period), signatureA)),
        ).toBe(true)
        expect(refused(signed(other('agg', a.period === 180 ? 'M7' : 'M180'), signatureA))).toBe(true)
      }),
      { numRuns: 300 },
    )
    // 300 runs of every truncation take seconds on a loaded machine: not a timing test.
  }, 30_000)

  it('refuses a token signed with another secret', () => {
    fc.assert(
      fc.property(claims, fc.string({ minLength: 1 }), (original, secret) => {
        fc.pre(secret !== 'the-secret')
        expect(refused(sign(original, secret))).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('refuses at the TTL edge and after, one second either side', () => {
    fc.assert(
      fc.property(claims, (original) => {
        const token = sign(original)
        expect(verify(token, original.expiresAt - 1000).ok).toBe(true)
        expect(verify(token, original.expiresAt - 1).ok).toBe(true)
        expect(verify(token, original.expiresAt)).toEqual({ ok: false, reason: 'expired' })
        expect(verify(token, original.expiresAt + 1000)).toEqual({ ok: false, reason: 'expired' })
      }),
    )
  })

  it("refuses the other form's token, on this form's path", () => {
    const other = FORMS.find(([name]) => name !== form)?.[1] as (typeof FORMS)[number][1]
    fc.assert(
      fc.property(claims, (original) => {
        expect(refused(other(original))).toBe(true)
      }),
    )
  })
})

const CALLS = {
  function: "https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserCounts(period='D7')",
  legacy: "https://graph.microsoft.com/beta/reports/Office365ActiveUsers(view='Services',period='D7')/content",
}
const UNKNOWN = { function: '/data/v1.0/download?token=e30.e30.AAAA', legacy: '/data/download/e30.AAAA' }

describe.each(FORMS)('refused links, %s form', (form) => {
  it('answers expired, forged and unknown links alike: a generic message, no data, no stack', async () => {
    for (const ttl of [1, 60, 120, 300]) {
      const fake = createFakeGraph({ now: '2026-11-27T00:00:00Z', users: 5, linkTtlSeconds: ttl })
      const report = await fake.fetch(new Request(CALLS[form], { headers: { Authorization: 'Bearer t' } }))
      const link = report.headers.get('location') as string
      const get = async (url: string) => fake.fetch(new Request(url))
      fake.clock.advance(ttl * 1000 - 1000)
      expect((await get(link)).status).toBe(200)
      fake.clock.advance(2000)
      const answers = [
        await get(link),
        await get(`${link.slice(0, -2)}AA`),
        await get(`${fake.options.downloadBaseUrl}${UNKNOWN[form]}`),
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
