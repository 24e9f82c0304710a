import { describe, expect, it } from 'vitest'
import { LinkLedger, type LinkRecord } from './link-ledger'

const link = (token: string): LinkRecord => ({
  report: 'getOffice365ActiveUserDetail',
  period: 7,
  concealNames: false,
  token,
  url: `https://reportsweu.office.com/data/v1.0/download?token=${token}`,
  issuedAt: '2026-11-27T00:00:00.000Z',
  expiresAt: '2026-11-27T00:02:00.000Z',
})

describe('LinkLedger', () => {
  it('keeps the newest links within its count, newest last', () => {
    const ledger = new LinkLedger(10)
    for (let i = 0; i < 100; i++) ledger.add(link(`t${i}`))
    expect(ledger.links().map((kept) => kept.token)).toEqual(Array.from({ length: 10 }, (_, i) => `t${90 + i}`))
    ledger.clear()
    expect(ledger.links()).toEqual([])
  })
})
