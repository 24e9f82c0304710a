import { describe, expect, it } from 'vitest'
import { Journal, type JournalEntry } from './journal'
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
