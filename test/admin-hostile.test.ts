import { gzipSync } from 'node:zlib'
import { startServer } from '@fake-graph/server'
import { describe, expect, it } from 'vitest'
import { DETAIL_D7, NOW, TOKEN, useFakeServer } from './support/fake-server'
import { httpExchange } from './support/http-request'

/** An admin answer must be the one JSON shape: no HTML, no stack trace, no file path. */
async function expectAdminError(response: Response, status: number): Promise<string> {
  const text = await response.text()
  expect(response.status).toBe(status)
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  expect(text).not.toMatch(/<html|<pre|\bat .+:\d+:\d+|node_modules|\/packages\//i)
  const body = JSON.parse(text)
  expect(Object.keys(body)).toEqual(['error'])
  expect(Object.keys(body.error).sort()).toEqual(['code', 'message'])
  return body.error.message
}

/** A request with a Host header of our choosing, which fetch would not send. */
const withHost = (url: string, host: string, method = 'GET', body?: string) =>
  httpExchange(url, { method, headers: { Host: host, 'Content-Type': 'application/json' }, body })

describe('admin API under hostile input', () => {
  const fake = useFakeServer({ users: 20 })
  const admin = (path: string, init?: RequestInit) => fetch(`${fake.server.graphUrl}/_admin${path}`, init)
  const post = (path: string, body: string | Buffer<ArrayBuffer>, headers: Record<string, string> = {}) =>
    admin(path, { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers } })
  const report = () => fetch(`${fake.server.graphUrl}${DETAIL_D7}`, { headers: TOKEN, redirect: 'manual' })

  it.each([
    ['advance 1e300', { advance: 1e300 }],
    ['advance -1e300', { advance: -1e300 }],
    ['freeze and advance 8.64e15', { freeze: true, advance: 8.64e15 }],
    ['set the last instant of 9999 and advance past it', { set: '9999-12-31T23:59:59.999Z', advance: 1 }],
    ['set the year 1899', { set: '1899-12-31T00:00:00Z' }],
  ])('refuses a clock change that would go out of range (%s), and does not apply it', async (_, change) => {
    await post('/clock', JSON.stringify({ freeze: NOW }))
    const message = await expectAdminError(await post('/clock', JSON.stringify(change)), 400)
    expect(message).toMatch(/^.+ is not an instant from 1900-01-01T00:00:00.000Z to 9999/)
    expect(await (await admin('/clock')).json()).toEqual({ now: '2026-11-27T00:00:00.000Z', frozen: true })
    expect((await report()).status).toBe(302)
    expect((await admin('/health')).status).toBe(200)
  })

  it.each(['1', 'March 7', 'Tuesday 5', '2026-02-30T00:00:00Z', '2026-11-27'])(
    'refuses the clock string %j, which is no ISO 8601 instant',
    async (instant) => {
      const message = await expectAdminError(await post('/clock', JSON.stringify({ set: instant })), 400)
      expect(message).toBe(`"${instant}" is not an ISO 8601 instant`)
      expect((await (await admin('/clock')).json()).now).toBe('2026-11-27T00:00:00.000Z')
    },
  )

  it.each([
    ['an unsupported charset', '{"users":10}', { 'Content-Type': 'application/json; charset=bogus' }, 415],
    ['Content-Encoding br over plain JSON', '{}', { 'Content-Encoding': 'br' }, 400],
    ['Content-Encoding gzip over plain JSON', '{}', { 'Content-Encoding': 'gzip' }, 400],
    ['an unknown Content-Encoding', '{}', { 'Content-Encoding': 'bogus' }, 415],
    ['a body over 64 kB', JSON.stringify({ advance: 1, pad: 'x'.repeat(70_000) }), {}, 413],
    ['a gzip bomb', gzipSync(Buffer.alloc(8 << 20, 0x20)) as Buffer<ArrayBuffer>, { 'Content-Encoding': 'gzip' }, 413],
    ['an array', '[1,2]', {}, 400],
    ['not JSON', '{"seed":', {}, 400],
  ])('answers a body with %s in the JSON shape, never an HTML stack trace', async (_, body, headers, status) => {
    await expectAdminError(await post('/clock', body, headers as Record<string, string>), status)
  })

  // The scenario route reads its body itself, as it arrives (scenario-body.ts): the same refusals.
  it.each([
    ['an unsupported charset', '{"users":10}', { 'Content-Type': 'application/json; charset=latin1' }, 415],
    ['Content-Encoding br over plain JSON', '{}', { 'Content-Encoding': 'br' }, 400],
    ['Content-Encoding gzip over plain JSON', '{}', { 'Content-Encoding': 'gzip' }, 400],
    ['an unknown Content-Encoding', '{}', { 'Content-Encoding': 'bogus' }, 415],
    ['a Content-Encoding named like a property of every object', '{}', { 'Content-Encoding': 'constructor' }, 415],
    ['a body over 50 MB', `{"pad":"${'x'.repeat(51 << 20)}"}`, {}, 413],
    ['a gzip bomb', gzipSync(Buffer.alloc(60 << 20, 0x20)) as Buffer<ArrayBuffer>, { 'Content-Encoding': 'gzip' }, 413],
    ['an array', '[1,2]', {}, 400],
    ['not JSON', '{"seed":', {}, 400],
  ])('answers a scenario body with %s in the JSON shape, and keeps the tenant', async (_, body, headers, status) => {
    const before = await (await admin('/tenant')).json()
    await expectAdminError(await post('/tenant', body, headers as Record<string, string>), status)
    expect(await (await admin('/tenant')).json()).toEqual(before)
    expect((await report()).status).toBe(302)
  })

  it.each([
    [
      'bytes that are no brotli',
      'not brotli at all',
      { 'Content-Encoding': 'br' },
      400,
      'the body could not be decoded',
    ],
    ['whitespace alone', '   \r\n ', {}, 400, 'the body is not valid JSON'],
    ['a bare null', 'null', {}, 400, 'the body is not valid JSON'],
    ['a bare string', '"tenant"', {}, 400, 'the body is not valid JSON'],
    ['a charset spelt utf8', '{}', { 'Content-Type': 'application/json; charset=utf8' }, 415, undefined],
  ])('answers a scenario body with %s as express.json does elsewhere', async (_, body, headers, status, message) => {
    const said = await expectAdminError(await post('/tenant', body, headers as Record<string, string>), status)
    if (message) expect(said).toBe(message)
    expect(await expectAdminError(await post('/clock', body, headers as Record<string, string>), status)).toBe(said)
  })

  it('reads a scenario route spelt in another case, and an empty Content-Encoding, as the route itself', async () => {
    for (const [path, headers] of [
      ['/Tenant', {}],
      ['/tenant', { 'Content-Encoding': '' }],
    ] as const) {
      const answer = await post(path, JSON.stringify({ seed: 3, users: 12 }), headers)
      expect(answer.status).toBe(200)
      expect((await answer.json()).users).toBe(12)
    }
  })

  it.each([
    ['constructor=x'],
    ['__proto__=x'],
    ['toString=x'],
    ['hasOwnProperty=x'],
    ['function=a&function=b'],
    ['period=D7&period=D30'],
    ['status=200&status=302'],
    ['function=<2,000 characters>'],
    ['limit=0'],
    ['limit=1001'],
    ['after=-1'],
  ])('GET /_admin/journal?%s is a 400 in the JSON shape', async (query) => {
    await report()
    await expectAdminError(await admin(`/journal?${query.replace('<2,000 characters>', 'f'.repeat(2_000))}`), 400)
  })

  it('refuses repeated and unknown query keys on every endpoint', async () => {
    for (const path of ['/health?x=1', '/clock?__proto__=1', '/faults?constructor=1', '/tenant?tid=a&tid=b']) {
      await expectAdminError(await admin(path), 400)
    }
  })

  it('answers a path or method it does not serve with a 404 in the JSON shape', async () => {
    expect(await expectAdminError(await admin('/nothing'), 404)).toBe('no admin endpoint GET /_admin/nothing')
    expect(await expectAdminError(await admin('/clock', { method: 'PUT' }), 404)).toBe(
      'no admin endpoint PUT /_admin/clock',
    )
  })

  it.each([100, 101, 199, 600])(
    'refuses a fault with status %i, and the next report is answered as usual',
    async (status) => {
      const message = await expectAdminError(await post('/faults', JSON.stringify({ status, times: 1 })), 400)
      expect(message).toBe('status must be an HTTP status from 200 to 599')
      await expectAdminError(await post('/faults', JSON.stringify({ chaos: { rate: 1, statuses: [status] } })), 400)
      expect((await report()).status).toBe(302)
    },
  )

  it('lists a fault of every call as times "always", as it was sent', async () => {
    await post('/faults', JSON.stringify({ latencyMs: 1, times: 'always' }))
    expect((await (await admin('/faults')).json()).scripted).toEqual([
      expect.objectContaining({ latencyMs: 1, times: 'always' }),
    ])
    await admin('/faults', { method: 'DELETE' })
  })

  it('answers a Host it does not serve with 403, on loopback without a token (DNS rebinding)', async () => {
    const port = new URL(fake.server.graphUrl).port
    const url = `${fake.server.graphUrl}/_admin/faults`
    for (const host of [`attacker.example:${port}`, 'attacker.example', `127.0.0.1.attacker.example:${port}`]) {
      const refused = await withHost(url, host, 'POST', '{"status":503}')
      expect(refused.status).toBe(403)
      expect(JSON.parse(refused.body).error.code).toBe('Forbidden')
    }
    expect((await (await admin('/faults')).json()).scripted).toEqual([])
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, 'LOCALHOST']) {
      expect((await withHost(`${fake.server.graphUrl}/_admin/health`, host)).status).toBe(200)
    }
  })

  it('decides loopback from the address it bound, not from the spelling of the host', async () => {
    for (const [host, token] of [
      ['::ffff:127.0.0.1', false],
      ['localhost', false],
      ['0.0.0.0', true],
    ] as const) {
      const server = await startServer({ host, port: 0, downloadPort: 0, fake: { now: NOW, users: 5 } })
      try {
        expect(server.adminToken !== undefined).toBe(token)
      } finally {
        await server.close()
      }
    }
  })
})

describe('admin journal, paged', () => {
  const fake = useFakeServer({ users: 20 })
  const admin = (path: string) => fetch(`${fake.server.graphUrl}${path}`)

  it('answers a large journal in pages of at most 1 MB with a next link, every entry once and in order', async () => {
    const long = 'c'.repeat(8_000)
    for (let i = 0; i < 1_500; i++) {
      await fake.server.fake.fetch(
        new Request(`${fake.server.graphUrl}/v1.0/reports/x${i}`, { headers: { 'client-request-id': `${i}-${long}` } }),
      )
    }
    const seen: string[] = []
    let next: string | undefined = '/_admin/journal'
    let pages = 0
    while (next) {
      const response = await admin(next)
      const text = await response.text()
      expect(response.status).toBe(200)
      expect(text.length).toBeLessThan(1.1 * 1024 * 1024)
      const page = JSON.parse(text)
      seen.push(...page.entries.map((entry: { clientRequestId: string }) => entry.clientRequestId.split('-')[0]))
      next = page.next
      pages++
    }
    expect(pages).toBeGreaterThan(10)
    expect(seen).toEqual(Array.from({ length: 1_500 }, (_, i) => String(i)))
  })

  it('pages by limit, and carries the filter to the next page', async () => {
    await fetch(`${fake.server.graphUrl}/_admin/journal`, { method: 'DELETE' })
    for (let i = 0; i < 5; i++)
      await fetch(`${fake.server.graphUrl}${DETAIL_D7}`, { headers: TOKEN, redirect: 'manual' })
    await fetch(`${fake.server.graphUrl}/v1.0/reports/nothing`, { headers: TOKEN })
    const first = await (await admin('/_admin/journal?status=302&limit=2')).json()
    expect(first.entries).toHaveLength(2)
    expect(first.reports).toHaveLength(2)
    expect(first.reports[0]).toMatchObject({ requestId: first.entries[0].requestId, downloads: 0, followed: false })
    expect(first.next).toBe(`/_admin/journal?status=302&limit=2&after=${first.entries[1].sequence}`)
    const rest = await (await admin(first.next)).json()
    const last = await (await admin(rest.next)).json()
    expect([rest.entries.length, last.entries.length, last.next]).toEqual([2, 1, undefined])
  })
})
