import { describe, expect, it } from 'vitest'
import { ControlError } from './control-error'
import { createFakeGraph } from './create-fake-graph'
import { assertNoEarlyRetry } from './journal-assertions'

const GRAPH = 'https://graph.microsoft.com'
const DETAIL = `${GRAPH}/v1.0/reports/getOffice365ActiveUserDetail(period='D7')`
const COUNTS = `${GRAPH}/beta/reports/getOffice365ActiveUserCounts(period='D7')`
const auth = { Authorization: 'Bearer faults' }

function setup() {
  const fake = createFakeGraph({ now: '2026-11-27T00:00:00Z', users: 10 })
  const get = (url: string, headers: Record<string, string> = auth) => fake.fetch(new Request(url, { headers }))
  return { fake, get }
}

describe('scripted faults', () => {
  it('answer the next N matching calls, in Graph’s envelope with Retry-After, then stop', async () => {
    const { fake, get } = setup()
    fake.faults.add({ status: 503, retryAfter: 5, times: 2, match: { function: 'getOffice365ActiveUserDetail' } })
    expect((await get(COUNTS)).status).toBe(302)
    const first = await get(DETAIL)
    expect(first.status).toBe(503)
    expect(first.headers.get('retry-after')).toBe('5')
    expect((await first.json()).error).toMatchObject({
      code: 'ServiceUnavailable',
      innerError: { 'request-id': first.headers.get('request-id') },
    })
    expect((await get(DETAIL)).status).toBe(503)
    expect((await get(DETAIL)).status).toBe(302)
    expect(fake.faults.list().scripted).toEqual([])
    expect(fake.journal.find({ status: 503 }).map((entry) => [entry.fault, entry.error, entry.retryAfter])).toEqual([
      ['scripted', 'injected', 5],
      ['scripted', 'injected', 5],
    ])
  })

  it('journal the Retry-After they answer with, or none, and hold a retry of a 503 to it as of a 429', async () => {
    const { fake, get } = setup()
    fake.faults.add({ status: 503, times: 1 })
    fake.faults.add({ status: 503, retryAfter: 30, times: 1 })
    expect((await get(DETAIL)).headers.get('retry-after')).toBeNull()
    expect(fake.journal.entries().at(-1)?.retryAfter).toBeUndefined()
    expect((await get(DETAIL)).headers.get('retry-after')).toBe('30')
    expect(fake.journal.entries().at(-1)?.retryAfter).toBe(30)
    expect((await get(DETAIL)).status).toBe(302)
    expect(() => assertNoEarlyRetry(fake)).toThrow(/asked again within 30 s of a 503 at /)
  })

  it('journal no Retry-After for a dropped connection, which sends none', async () => {
    const { fake, get } = setup()
    fake.faults.add({ drop: true, status: 503, retryAfter: 30, times: 1 })
    expect((await get(DETAIL)).status).toBe(0)
    expect(fake.journal.entries().at(-1)?.retryAfter).toBeUndefined()
    expect((await get(DETAIL)).status).toBe(302)
    expect(() => assertNoEarlyRetry(fake)).not.toThrow()
  })

  it('match by version and by origin', async () => {
    const { fake, get } = setup()
    fake.faults.add({ status: 500, match: { version: 'beta' } })
    expect((await get(DETAIL)).status).toBe(302)
    expect((await get(COUNTS)).status).toBe(500)
    fake.faults.add({ status: 429, retryAfter: 3, match: { origin: 'download' } })
    const location = (await get(DETAIL)).headers.get('location') as string
    const download = await get(location, {})
    expect(download.status).toBe(429)
    expect(download.headers.get('retry-after')).toBe('3')
    expect((await get(location, {})).status).toBe(200)
  })

  it('drop the connection, add latency, and apply always when asked', async () => {
    const { fake, get } = setup()
    fake.faults.add({ drop: true })
    const dropped = await get(DETAIL)
    expect(dropped.type).toBe('error')
    expect(fake.journal.entries().at(-1)).toMatchObject({ status: 0, fault: 'scripted' })
    fake.faults.add({ latencyMs: [40, 60], times: Number.POSITIVE_INFINITY })
    for (let i = 0; i < 3; i++) {
      const started = performance.now()
      expect((await get(DETAIL)).status).toBe(302)
      expect(performance.now() - started).toBeGreaterThanOrEqual(39)
    }
    fake.faults.clear()
    const started = performance.now()
    await get(DETAIL)
    expect(performance.now() - started).toBeLessThan(39)
  })
})

describe('seeded chaos', () => {
  const schedule = async (seed: number, rate = 0.3) => {
    const { fake, get } = setup()
    fake.faults.chaos({ rate, statuses: [429, 500, 503], seed })
    const statuses: number[] = []
    for (let i = 0; i < 60; i++) statuses.push((await get(DETAIL)).status)
    return statuses
  }

  it('gives the same schedule for the same seed, and another for another seed', async () => {
    const a = await schedule(7)
    expect(await schedule(7)).toEqual(a)
    expect(await schedule(8)).not.toEqual(a)
    const failures = a.filter((status) => status !== 302)
    expect(failures.length).toBeGreaterThan(5)
    expect(failures.length).toBeLessThan(35)
    expect(new Set(failures)).toEqual(new Set([429, 500, 503]))
  })

  it('never fails at rate 0, always at rate 1', async () => {
    expect(new Set(await schedule(1, 0))).toEqual(new Set([302]))
    expect((await schedule(1, 1)).includes(302)).toBe(false)
  })
})

describe('fault limits', () => {
  it.each([100, 101, 199, 600, 503.5])(
    'refuses a status of %s, which is no answer a client can read, and adds nothing',
    (status) => {
      const { fake } = setup()
      expect(() => fake.faults.add({ status })).toThrow(
        new ControlError('add the fault', 'status must be an HTTP status from 200 to 599'),
      )
      expect(() => fake.faults.chaos({ rate: 1, statuses: [503, status] })).toThrow(ControlError)
      expect(fake.faults.list()).toEqual({ scripted: [], chaos: undefined })
    },
  )

  it('answers a 204, 205 or 304 fault without a body, as those statuses must be', async () => {
    const { fake, get } = setup()
    for (const status of [204, 205, 304]) {
      fake.faults.add({ status, retryAfter: 1 })
      const response = await get(DETAIL)
      expect([response.status, response.headers.get('retry-after'), await response.text()]).toEqual([status, '1', ''])
    }
    fake.faults.add({ status: 200 })
    expect((await get(DETAIL)).status).toBe(200)
  })

  it('holds at most 1,000 pending faults, and makes room as they apply', async () => {
    const { fake, get } = setup()
    for (let i = 0; i < 1_000; i++) fake.faults.add({ status: 503 })
    expect(() => fake.faults.add({ status: 503 })).toThrow('1000 faults are pending already')
    await get(DETAIL)
    expect(fake.faults.add({ status: 503 }).id).toBe(1_001)
  })
})
