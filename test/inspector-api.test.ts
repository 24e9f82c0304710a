import { MAX_SUBSCRIBERS } from '@fake-graph/core'
import { startServer } from '@fake-graph/server'
import { describe, expect, it } from 'vitest'
import { DETAIL_D7, NOW, TOKEN, useFakeServer } from './support/fake-server'

const COUNTS_D180 = "/v1.0/reports/getOffice365ActiveUserCounts(period='D180')"
const SERVICES_D180 = "/v1.0/reports/getOffice365ServicesUserCounts(period='D180')"

interface Batch {
  readonly entries: { sequence: number; function?: string; status: number }[]
  readonly skipped: number
}

/** Reads server-sent events from a stream until `enough` says so, or the deadline passes. */
async function readBatches(response: Response, enough: (batches: Batch[]) => boolean, ms = 3_000): Promise<Batch[]> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader()
  const decoder = new TextDecoder()
  const batches: Batch[] = []
  let buffer = ''
  const deadline = Date.now() + ms
  try {
    while (!enough(batches) && Date.now() < deadline) {
      const { done, value } = await Promise.race([
        reader.read(),
        new Promise<{ done: true; value: undefined }>((resolve) =>
          setTimeout(() => resolve({ done: true, value: undefined }), deadline - Date.now()),
        ),
      ])
      if (done) break
      buffer += decoder.decode(value, { stream: true })
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const data = /^data: (.*)$/m.exec(block)?.[1]
        if (/^event: entries$/m.test(block) && data) batches.push(JSON.parse(data))
      }
    }
  } finally {
    await reader.cancel()
  }
  return batches
}

const csvRows = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => line.split(','))

describe('the admin API the inspector reads', () => {
  const fake = useFakeServer()
  const admin = (path: string, init?: RequestInit) => fetch(`${fake.server.graphUrl}/_admin${path}`, init)
  const download = async (path: string) => fetch(`${fake.server.graphUrl}${path}`, { headers: TOKEN })

  it('sends each request to a follower within a second of its answer, after the newest it held', async () => {
    await admin('/journal', { method: 'DELETE' })
    await download(DETAIL_D7)
    const events = await admin('/journal/events')
    expect([events.status, events.headers.get('content-type')]).toEqual([200, 'text/event-stream; charset=utf-8'])
    const started = Date.now()
    const answered = download(COUNTS_D180)
    const batches = await readBatches(events, (seen) => seen.flatMap((batch) => batch.entries).length >= 4)
    await answered
    const entries = batches.flatMap((batch) => batch.entries)
    expect(entries.map((entry) => [entry.function, entry.status])).toEqual([
      ['getOffice365ActiveUserDetail', 302],
      ['getOffice365ActiveUserDetail', 200],
      ['getOffice365ActiveUserCounts', 302],
      ['getOffice365ActiveUserCounts', 200],
    ])
    expect(Date.now() - started).toBeLessThan(1_000)
  })

  it('resumes after a sequence number, and refuses one that is not', async () => {
    await admin('/journal', { method: 'DELETE' })
    await download(DETAIL_D7)
    const [first] = (await (await admin('/journal')).json()).entries
    const batches = await readBatches(await admin(`/journal/events?after=${first.sequence}`), (seen) => seen.length > 0)
    expect(batches[0]?.entries.map((entry) => entry.sequence)).toEqual([first.sequence + 1])
    // A sequence the journal never reached: a page that followed a server since restarted.
    const restarted = await admin('/journal/events?after=999999')
    const reader = (restarted.body as ReadableStream<Uint8Array>).getReader()
    const { value } = await reader.read()
    await reader.cancel()
    expect(new TextDecoder().decode(value).slice(0, 43)).toBe('event: reset\ndata: {}\n\nevent: entries\ndata:')
    const refused = await admin('/journal/events?after=x')
    expect([refused.status, (await refused.json()).error.message]).toEqual([
      400,
      'after must be a sequence number, got "x"',
    ])
  })

  it('sends at most 200 entries a flush and counts the rest as skipped, none twice and none lost', async () => {
    await admin('/journal', { method: 'DELETE' })
    const events = await admin('/journal/events')
    // Recorded at once, within one flush: the fake is called directly, as fast as it answers.
    await Promise.all(
      Array.from({ length: 700 }, () =>
        fake.server.fake.fetch(new Request(`${fake.server.graphUrl}/v1.0/reports/nothing`, { headers: TOKEN })),
      ),
    )
    const batches = await readBatches(
      events,
      (seen) => seen.reduce((sum, b) => sum + b.entries.length + b.skipped, 0) >= 700,
    )
    const sent = batches.flatMap((batch) => batch.entries)
    const skipped = batches.reduce((sum, batch) => sum + batch.skipped, 0)
    expect(sent.length + skipped).toBe(700)
    expect(Math.max(...batches.map((batch) => batch.entries.length))).toBeLessThanOrEqual(200)
    expect(new Set(sent.map((entry) => entry.sequence)).size).toBe(sent.length)
  })

  it(`refuses a follower past ${MAX_SUBSCRIBERS} with 503 in the JSON shape, and takes one again once one leaves`, async () => {
    const controllers = Array.from({ length: MAX_SUBSCRIBERS }, () => new AbortController())
    const open = await Promise.all(controllers.map((c) => admin('/journal/events', { signal: c.signal })))
    expect(open.map((response) => response.status)).toEqual(open.map(() => 200))
    const refused = await admin('/journal/events')
    expect([refused.status, (await refused.json()).error.code]).toEqual([503, 'ServiceUnavailable'])
    controllers[0]?.abort()
    await expect
      .poll(async () => {
        const again = await admin('/journal/events')
        void again.body?.cancel()
        return again.status
      })
      .toBe(200)
    for (const controller of controllers) controller.abort()
  })

  it('opens one entry to the headers of its request and answer; an unknown or malformed one is refused', async () => {
    await admin('/journal', { method: 'DELETE' })
    const answer = await fetch(`${fake.server.graphUrl}${DETAIL_D7}`, {
      headers: { ...TOKEN, 'client-request-id': 'inspector-1' },
      redirect: 'manual',
    })
    const [entry] = (await (await admin('/journal')).json()).entries
    const detail = await (await admin(`/journal/${entry.sequence}`)).json()
    const header = (list: [string, string][], name: string) => list.find(([key]) => key === name)?.[1]
    expect(detail.entry).toEqual(entry)
    expect(header(detail.requestHeaders, 'client-request-id')).toBe('inspector-1')
    expect(header(detail.responseHeaders, 'location')).toBe(answer.headers.get('location'))
    const missing = await admin(`/journal/${entry.sequence + 100}`)
    expect([missing.status, (await missing.json()).error.message]).toEqual([
      404,
      `The journal holds no entry ${entry.sequence + 100}.`,
    ])
    expect((await admin('/journal/1e3')).status).toBe(400)
  })

  it('lists the links issued with their report and time left by the fake clock', async () => {
    fake.clock.set(new Date(Date.parse(NOW) + 3_600_000))
    const location = (
      await fetch(`${fake.server.graphUrl}${DETAIL_D7}`, { headers: TOKEN, redirect: 'manual' })
    ).headers.get('location')
    fake.clock.advance(30_000)
    const { links } = await (await admin('/links')).json()
    const link = links.at(-1)
    expect([link.report, link.period, link.url, link.secondsLeft]).toEqual([
      'getOffice365ActiveUserDetail',
      7,
      location,
      90,
    ])
    fake.clock.advance(120_000)
    expect((await (await admin('/links')).json()).links.at(-1).secondsLeft).toBe(-30)
  })

  it('switches concealed names for the links issued after, and refuses what is not a boolean', async () => {
    const post = (body: unknown) =>
      admin('/settings', {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'Content-Type': 'application/json' },
      })
    expect(await (await post({ displayConcealedNames: true })).json()).toEqual({ displayConcealedNames: true })
    expect(await (await admin('/settings')).json()).toEqual({ displayConcealedNames: true })
    fake.clock.advance(1_000)
    const detail = await download(DETAIL_D7)
    expect(await detail.text()).not.toContain('@')
    expect((await post({ displayConcealedNames: 'yes' })).status).toBe(400)
    expect((await post({ other: true })).status).toBe(400)
    await post({ displayConcealedNames: false })
  })

  it("gives the tenant's 180 days as the counts reports answer them for the same clock", async () => {
    const activity = await (await admin('/tenant/activity')).json()
    const counts = csvRows(await (await download(COUNTS_D180)).text())
    const services = csvRows(await (await download(SERVICES_D180)).text())
    expect(activity.daily).toHaveLength(180)
    expect(
      activity.daily.map((day: Record<string, unknown>) => [day.reportDate, day.office365, day.exchange, day.teams]),
    ).toEqual(counts.slice(1).map((row) => [row[8], Number(row[1]), Number(row[2]), Number(row[7])]))
    const totals = activity.services[0]
    expect([totals.exchangeActive, totals.exchangeInactive, totals.teamsActive]).toEqual(
      [1, 2, 11].map((index) => Number(services[1]?.[index])),
    )
    const summary = await (await admin('/tenant')).json()
    expect(Object.values(summary.licences as Record<string, number>).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(
      summary.licensed,
    )
    expect(summary.deletedUsers).toHaveLength(Math.min(summary.deleted, 25))
    expect(summary.firstUsers).toHaveLength(25)
  })
})

describe('the inspector beyond loopback', () => {
  it('serves the page and its assets without the token, and every data route only with it', async () => {
    const server = await startServer({ host: '0.0.0.0', port: 0, downloadPort: 0, fake: { now: NOW, users: 5 } })
    try {
      const url = (path: string) => `http://127.0.0.1:${new URL(server.graphUrl).port}/_admin${path}`
      const bearer = { Authorization: `Bearer ${server.adminToken}` }
      for (const path of ['/', '/inspector.js', '/inspector.css']) expect((await fetch(url(path))).status).toBe(200)
      expect((await fetch(url(''), { redirect: 'manual' })).headers.get('location')).toBe('/_admin/')
      for (const path of ['/journal/events', '/journal/1', '/links', '/settings', '/tenant/activity']) {
        expect([path, (await fetch(url(path))).status]).toEqual([path, 401])
      }
      const events = await fetch(url('/journal/events'), { headers: bearer })
      expect(events.status).toBe(200)
      await events.body?.cancel()
      expect((await fetch(url('/links'), { headers: bearer })).status).toBe(200)
    } finally {
      await server.close()
    }
  })
})
