import { describe, expect, it } from 'vitest'
import { createLinkSigner } from './signed-link'

const claims = {
  report: 'getOffice365ActiveUserDetail',
  period: 7,
  concealNames: false,
  issuedAt: 1_000,
  expiresAt: 301_000,
}

describe('signed links', () => {
  const signer = createLinkSigner('secret')

  it('verify with the secret that signed them, until they expire', async () => {
    const token = signer.sign(claims)
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/)
    expect(signer.verify(token, 300_999)).toEqual({ ok: true, claims })
    expect(signer.verify(token, 301_000)).toEqual({ ok: false, reason: 'expired' })
    expect(createLinkSigner('secret').verify(token, 2_000)).toEqual({ ok: true, claims })
  })

  it('refuse another secret, and any change to the payload or signature', async () => {
    const token = signer.sign(claims)
    const [payload, signature] = token.split('.') as [string, string]
    const forged = Buffer.from(JSON.stringify({ ...claims, expiresAt: 9e15 })).toString('base64url')
    const flip = (text: string) => text.slice(0, -2) + (text.at(-2) === 'A' ? 'B' : 'A') + text.at(-1)
    for (const bad of [
      `${forged}.${signature}`,
      `${payload}.${flip(signature)}`,
      `${flip(payload)}.${signature}`,
      payload,
      `${token}.x`,
      '',
      '..',
      'a.b',
    ]) {
      expect(signer.verify(bad, 2_000), bad).toEqual({ ok: false, reason: 'invalid' })
    }
    expect(createLinkSigner('other').verify(token, 2_000)).toEqual({ ok: false, reason: 'invalid' })
  })

  it('report a tampered, expired link as invalid rather than expired', async () => {
    const token = signer.sign(claims)
    const signature = token.split('.')[1] as string
    const forged = Buffer.from(JSON.stringify({ ...claims, report: 'x' })).toString('base64url')
    expect(signer.verify(`${forged}.${signature}`, 999_999)).toEqual({ ok: false, reason: 'invalid' })
  })
})
