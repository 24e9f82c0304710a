import { describe, expect, it } from 'vitest'
import { bearerJwt } from '../../../test/support/unsigned-jwt'
import { createFakeGraph } from './create-fake-graph'
import { Journal, type JournalEntry, MAX_SUBSCRIBERS } from './journal'

const entry = (requestId: string): Omit<JournalEntry, 'sequence'> => ({
  requestId,
  clientRequestId: 'c',
  time: '2026-11-27T00:00:00.000Z',
  method: 'GET',
  url: 'https://graph.microsoft.com/v1.0/reports/x',
  origin: 'graph',
  status: 302,
  tokenLeak: false,
  browserBlocked: false,
})
const headers = () => ({ request: new Headers(), response: new Headers() })

describe('following the journal', () => {
  it('hands each entry to every subscriber as it is recorded, until it unsubscribes', () => {
    const journal = new Journal()
    const seen: number[] = []
    const other: number[] = []
    const stop = journal.subscribe((recorded) => seen.push(recorded.sequence))
    journal.subscribe((recorded) => other.push(recorded.sequence))
    journal.record(entry('a'))
    journal.record(entry('b'))
    stop?.()
    journal.record(entry('c'))
    expect([seen, other]).toEqual([
      [1, 2],
      [1, 2, 3],
    ])
  })

  it(`refuses a subscriber past ${MAX_SUBSCRIBERS}, and takes one again once another leaves`, () => {
    const journal = new Journal()
    const stops = Array.from({ length: MAX_SUBSCRIBERS }, () => journal.subscribe(() => {}))
    expect(stops.every((stop) => typeof stop === 'function')).toBe(true)
    expect(journal.subscribe(() => {})).toBeUndefined()
    stops[0]?.()
    expect(journal.subscribe(() => {})).toBeTypeOf('function')
  })

  it('drops a subscriber that throws, and still records the entry and tells the others', () => {
    const journal = new Journal()
    let thrown = 0
    const seen: string[] = []
    journal.subscribe(() => {
      thrown++
      throw new Error('a broken follower')
    })
    journal.subscribe((recorded) => seen.push(recorded.requestId))
    journal.record(entry('a'))
    journal.record(entry('b'))
    expect([thrown, seen, journal.entries().length]).toEqual([1, ['a', 'b'], 2])
  })

  it("reads an entry's headers only when asked, and once", () => {
    const journal = new Journal()
    let asked = 0
    journal.record(entry('a'), () => {
      asked++
      return headers()
    })
    expect(asked).toBe(0)
    expect(journal.exchange(1)).toBe(journal.exchange(1))
    expect(asked).toBe(1)
  })

  it('keeps the headers of the newest 500 exchanges only', () => {
    const journal = new Journal()
    for (let i = 0; i < 600; i++) journal.record(entry(`r${i}`), headers())
    expect(journal.exchange(100)).toBeUndefined()
    expect(journal.exchange(101)).toBeDefined()
    expect(journal.exchange(600)).toBeDefined()
    journal.clear()
    expect(journal.exchange(600)).toBeUndefined()
    // The sequence survives clearing: a follower's `after` stays meaningful.
    expect(journal.lastSequence).toBe(600)
  })
})

describe('the fake journals headers and issued links', () => {
  const NOW = '2026-11-27T00:00:00Z'
  const caller = { Authorization: bearerJwt({ roles: ['Reports.Read.All'], tid: 't-1', appid: 'app-1' }) }
  const detail = (period: string) =>
    new Request(`https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserDetail(period='${period}')`, {
      headers: { ...caller, 'client-request-id': 'c-1' },
    })

  it("keeps a request's headers and its answer's, by the entry's sequence", async () => {
    const fake = createFakeGraph({ now: NOW, users: 5 })
    const response = await fake.fetch(detail('D7'))
    const [recorded] = fake.journal.entries()
    const exchange = fake.journal.exchange(recorded?.sequence as number)
    expect(exchange?.request.get('client-request-id')).toBe('c-1')
    expect(exchange?.response.get('location')).toBe(response.headers.get('location'))
  })

  it('lists each link it issued once, with its report, caller and expiry, and the token the journal names', async () => {
    const fake = createFakeGraph({ now: NOW, users: 5 })
    fake.clock.freeze()
    await fake.fetch(detail('D7'))
    await fake.fetch(detail('D7')) // the same second: the same link
    await fake.fetch(detail('D30'))
    const links = fake.links()
    expect(
      links.map(({ report, period, tenantId, appId, issuedAt, expiresAt }) => ({
        report,
        period,
        tenantId,
        appId,
        issuedAt,
        expiresAt,
      })),
    ).toEqual(
      ['D7', 'D30'].map((period) => ({
        report: 'getOffice365ActiveUserDetail',
        period: Number(period.slice(1)),
        tenantId: 't-1',
        appId: 'app-1',
        issuedAt: '2026-11-27T00:00:00.000Z',
        expiresAt: '2026-11-27T00:02:00.000Z',
      })),
    )
    expect(links.map((link) => link.token)).toEqual([fake.journal.entries()[0]?.link, fake.journal.entries()[2]?.link])
  })
})
