import { describe, expect, it } from 'vitest'
import { controlledFake, DETAIL_D30, report } from './controlled-fake'
import { Journal, type JournalEntry } from './journal'
import { assertDownloaded, assertNoEarlyRetry, assertNoTokenLeak, JournalAssertionError } from './journal-assertions'
import { reportFacts } from './report-facts'

const entry = (more: Partial<JournalEntry> = {}): Omit<JournalEntry, 'sequence'> => ({
  requestId: 'r',
  clientRequestId: 'c',
  time: '2026-11-27T00:00:00.000Z',
  method: 'GET',
  url: 'https://graph.microsoft.com/v1.0/reports/x',
  origin: 'graph',
  status: 302,
  tokenLeak: false,
  browserBlocked: false,
  ...more,
})

describe('Journal', () => {
  it('numbers entries from 1, and finds those after a sequence number', () => {
    const journal = new Journal()
    for (let i = 0; i < 5; i++) journal.record(entry({ requestId: `r${i}` }))
    expect(journal.entries().map((recorded) => recorded.sequence)).toEqual([1, 2, 3, 4, 5])
    expect(journal.find({ after: 3 }).map((recorded) => recorded.requestId)).toEqual(['r3', 'r4'])
    journal.clear()
    journal.record(entry())
    expect(journal.entries()[0]?.sequence).toBe(6)
  })

  it('keeps the newest entries within its count', () => {
    const journal = new Journal(100)
    for (let i = 0; i < 1_000; i++) journal.record(entry())
    expect(journal.entries()).toHaveLength(100)
    expect(journal.entries()[0]?.sequence).toBe(901)
  })

  it('keeps fewer when their URLs and client-request-ids are long: a budget in characters, not only a count', () => {
    const journal = new Journal(10_000, 1_000_000)
    const long = 'a'.repeat(15_000)
    for (let i = 0; i < 1_000; i++)
      journal.record(entry({ url: `https://graph.microsoft.com/${long}`, clientRequestId: long }))
    const kept = journal.entries()
    expect(kept.length).toBeGreaterThan(25)
    expect(kept.length).toBeLessThanOrEqual(1_000_000 / 30_000)
    expect(kept.at(-1)?.sequence).toBe(1_000)
  })

  it('matches parameters by their own names only: constructor or __proto__ is a name like any other', () => {
    const journal = new Journal()
    journal.record(entry({ function: 'f', params: { period: 'D7' } }))
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(journal.find({ params: { [name]: 'x' } })).toEqual([])
      expect(journal.find({ params: { [name]: null } })).toHaveLength(1)
    }
  })

  it('refuses a since or until that is no ISO 8601 instant', () => {
    expect(() => new Journal().find({ since: 'March 7' })).toThrow('since "March 7" is not an ISO 8601 instant')
  })
})

describe('reportFacts', () => {
  it('tells early retries from patient ones, per app, report and parameters', () => {
    const journal = new Journal()
    const at = (seconds: number) => new Date(Date.parse('2026-11-27T00:00:00Z') + seconds * 1000).toISOString()
    const call = (seconds: number, more: Partial<JournalEntry> = {}) =>
      journal.record(entry({ function: 'f', appId: 'a', params: { period: 'D7' }, time: at(seconds), ...more }))
    call(0, { status: 429, retryAfter: 10 })
    call(5, { appId: 'other' })
    call(6, { params: { period: 'D30' } })
    call(20, { status: 429, retryAfter: 10 })
    call(25)
    call(40, { status: 429, retryAfter: 10 })
    expect(reportFacts(journal.entries()).map((facts) => facts.retriedTooEarly)).toEqual([
      false,
      false,
      false,
      true,
      false,
      false,
    ])
  })
})

describe('the journal, queried', () => {
  it('finds requests by function, parameters, status, origin and time', async () => {
    const { fake, get, download } = controlledFake()
    await download(DETAIL_D30)
    fake.clock.advance(60_000)
    await get(report('getOffice365ActiveUserCounts', 'D7'))
    await get(report('getOffice365ActiveUserCounts', 'D8'))
    const { journal } = fake
    expect(journal.find({ function: 'getOffice365ActiveUserDetail' }).map((e) => e.origin)).toEqual([
      'graph',
      'download',
    ])
    expect(journal.find({ params: { period: 'd7' } })).toHaveLength(1)
    expect(journal.find({ status: 400 }).map((e) => e.error)).toEqual(['invalidPeriod'])
    expect(journal.find({ origin: 'download' })).toHaveLength(1)
    expect(journal.find({ since: '2026-11-27T09:00:30Z' })).toHaveLength(2)
    expect(journal.find({ until: '2026-11-27T09:00:30Z' })).toHaveLength(2)
    expect(journal.find({ function: 'getOffice365ActiveUserDetail' })[0]).toMatchObject({
      appId: 'app-a',
      tenantId: 'tenant-1',
    })
  })
})

describe('facts derived for each report request', () => {
  it('says whether the redirect was followed, and how long after', async () => {
    const { fake, get, download } = controlledFake()
    await download(DETAIL_D30, { afterMs: 1_500 })
    await get(report('getOffice365ActiveUserCounts', 'D7'))
    const [followed, ignored] = fake.reports()
    expect(followed).toMatchObject({
      followed: true,
      followedAfterMs: 1_500,
      downloadedAfterExpiry: false,
      tokenLeaked: false,
    })
    expect(ignored).toMatchObject({ followed: false, followedAfterMs: undefined, downloads: [] })
  })

  it('flags a download after the link expired, and a leaked token', async () => {
    const { fake, download } = controlledFake({ linkTtlSeconds: 60 })
    expect((await download(DETAIL_D30, { afterMs: 61_000 })).status).toBe(403)
    await download(report('getOffice365ServicesUserCounts', 'D7'), { leak: true })
    const [late, leaky] = fake.reports()
    expect(late).toMatchObject({ followed: false, downloadedAfterExpiry: true })
    expect(leaky).toMatchObject({ followed: true, tokenLeaked: true })
  })
})

describe('assertions', () => {
  it('pass when the client did what was expected', async () => {
    const { fake, download } = controlledFake()
    await download(DETAIL_D30)
    assertDownloaded(fake, { report: 'getOffice365ActiveUserDetail', period: 'D30', times: 1 })
    assertDownloaded(fake.journal, { report: 'getOffice365ActiveUserCounts', times: 0 })
    assertNoTokenLeak(fake)
    assertNoEarlyRetry(fake)
  })

  it('fail with a message that shows the journal', async () => {
    const { fake, download } = controlledFake()
    await download(DETAIL_D30)
    await download(DETAIL_D30, { leak: true })
    const failure = (check: () => void) => {
      try {
        check()
      } catch (error) {
        expect(error).toBeInstanceOf(JournalAssertionError)
        return (error as Error).message
      }
      return expect.fail('the assertion passed')
    }
    const once = failure(() => assertDownloaded(fake, { report: 'getOffice365ActiveUserDetail', period: 'D30' }))
    expect(once.split('\n')[0]).toBe(
      'Expected getOffice365ActiveUserDetail D30 to be downloaded once, but it was downloaded 2 times.',
    )
    expect(once).toContain('Journal (4):')
    expect(once).toMatch(/09:00:00\.000 graph +302 getOffice365ActiveUserDetail\(period=D30\)/)
    expect(once).toMatch(/download 200 getOffice365ActiveUserDetail\(period=D30\) {2}\[token leaked\]/)
    expect(failure(() => assertNoTokenLeak(fake))).toMatch(
      /^Expected no bearer token at the download host, but 1 download\(s\) carried one\./,
    )
  })
})
