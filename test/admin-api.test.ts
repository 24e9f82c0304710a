import { describe, expect, it } from 'vitest'
import { DETAIL_D7, NOW, TOKEN, useFakeServer } from './support/fake-server'

const COUNTS_D30 = "/v1.0/reports/getOffice365ActiveUserCounts(period='D30')"

describe('admin API', () => {
  const fake = useFakeServer({ throttling: { csvPerApp: 3 } })
  const admin = (path: string, init?: RequestInit) => fetch(`${fake.server.graphUrl}/_admin${path}`, init)
  const post = (path: string, body: string) =>
    admin(path, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } })
  const report = (path: string) => fetch(`${fake.server.graphUrl}${path}`, { headers: TOKEN, redirect: 'manual' })
  let hour = 0
  /** An empty journal and a fresh hour, so no test shares another's throttling window. */
  const reset = async () => {
    await admin('/journal', { method: 'DELETE' })
    await post('/clock', JSON.stringify({ freeze: new Date(Date.parse(NOW) + ++hour * 3_600_000).toISOString() }))
  }

  it('GET /_admin/journal lists requests with the facts of each report request', async () => {
    await reset()
    const location = (await report(DETAIL_D7)).headers.get('location') as string
    await fetch(location, { headers: TOKEN })
    await report(COUNTS_D30)
    const journal = await (await admin('/journal')).json()
    expect(journal.entries.map((entry: { origin: string; status: number }) => [entry.origin, entry.status])).toEqual([
      ['graph', 302],
      ['download', 200],
      ['graph', 302],
    ])
    expect(
      journal.reports.map((facts: { followed: boolean; tokenLeaked: boolean }) => [facts.followed, facts.tokenLeaked]),
    ).toEqual([
      [true, true],
      [false, false],
    ])
  })

  it('filters the journal by function, status, origin, parameter and time', async () => {
    await reset()
    await report(DETAIL_D7)
    await report(COUNTS_D30)
    await report("/v1.0/reports/getOffice365ActiveUserCounts(period='D9')")
    const count = async (query: string) => (await (await admin(`/journal?${query}`)).json()).entries.length
    expect(await count('function=getOffice365ActiveUserCounts')).toBe(2)
    expect(await count('status=400')).toBe(1)
    expect(await count('origin=download')).toBe(0)
    expect(await count('period=D30')).toBe(1)
    expect(await count('since=2030-01-01T00:00:00Z')).toBe(0)
    const bad = await admin('/journal?status=often')
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({
      error: { code: 'BadRequest', message: 'status must be an HTTP status, got "often"' },
    })
    const badSince = await admin('/journal?since=yesterday')
    expect(badSince.status).toBe(400)
    expect((await badSince.json()).error.message).toBe('since must be an ISO 8601 instant, got "yesterday"')
  })

  it('DELETE /_admin/journal empties it', async () => {
    await report(DETAIL_D7)
    expect((await admin('/journal', { method: 'DELETE' })).status).toBe(204)
    expect((await (await admin('/journal')).json()).entries).toEqual([])
  })

  it('POST /_admin/clock freezes, sets and advances the clock that links and windows follow', async () => {
    await reset()
    expect(await (await post('/clock', JSON.stringify({ set: '2026-11-27T12:00:00Z' }))).json()).toEqual({
      now: '2026-11-27T12:00:00.000Z',
      frozen: true,
    })
    const location = (await report(DETAIL_D7)).headers.get('location') as string
    expect((await post('/clock', JSON.stringify({ advance: 300_000 }))).status).toBe(200)
    expect((await fetch(location)).status).toBe(403)
    const facts = (await (await admin('/journal')).json()).reports[0]
    expect(facts).toMatchObject({ followed: false, downloadedAfterExpiry: true })
    expect(await (await admin('/clock')).json()).toEqual({ now: '2026-11-27T12:05:00.000Z', frozen: true })
    const resumed = await (await post('/clock', JSON.stringify({ resume: true }))).json()
    expect(resumed.frozen).toBe(false)
    await post('/clock', JSON.stringify({ freeze: true }))
  })

  it.each([
    ['not JSON', '{freeze', 'the body is not valid JSON'],
    ['an empty body', '{}', 'send one or more of freeze, resume, set, advance'],
    ['an unknown control', '{"rewind": 5}', 'send one or more of freeze, resume, set, advance; not rewind'],
    ['a bad instant', '{"set": "tomorrow"}', '"tomorrow" is not an ISO 8601 instant'],
    ['a bad advance', '{"advance": "5m"}', 'advance must be a number of milliseconds'],
  ])('POST /_admin/clock refuses %s with one readable line', async (_, body, message) => {
    const response = await post('/clock', body)
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: { code: 'BadRequest', message } })
  })

  it('flags, in the journal, a retrying client that does not wait for Retry-After', async () => {
    await reset()
    // A naive client: on 429 it waits one second, whatever Retry-After says.
    let throttled = 0
    for (let attempt = 0; attempt < 6; attempt++) {
      const response = await report(COUNTS_D30)
      if (response.status === 429) {
        throttled++
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(1)
        await post('/clock', JSON.stringify({ advance: 1_000 }))
      }
    }
    expect(throttled).toBe(3)
    const { reports } = await (await admin('/journal?status=429')).json()
    expect(reports).toHaveLength(3)
    // Each 429 but the last was followed by a retry a second later; the client gave up after the last.
    expect(reports.map((facts: { retriedTooEarly: boolean }) => facts.retriedTooEarly)).toEqual([true, true, false])
  })
})
