import { describe, expect, it } from 'vitest'
import { frozenClock } from './clock'
import { createFakeGraph } from './create-fake-graph'

const DETAIL = "https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserDetail(period='D7')"
const auth = { Authorization: 'Bearer token' }

describe('createFakeGraph', () => {
  const clock = frozenClock('2026-11-27T09:30:00Z')
  const fake = createFakeGraph({ clock, users: 40, seed: 3 })
  const get = (url: string, headers: Record<string, string> = auth) => fake.fetch(new Request(url, { headers }))

  it('answers a report with a 302 to a signed link on the download origin', async () => {
    const response = await get(DETAIL)
    expect(response.status).toBe(302)
    expect(response.headers.get('content-type')).toBe('text/plain')
    expect(response.headers.get('location')).toMatch(
      /^https:\/\/reportsweu\.office\.com\/data\/v1\.0\/download\?token=[\w-]+\.[\w-]+\.[\w-]{43}$/,
    )
    expect(await response.text()).toBe('')
  })

  it('puts Graph headers on every answer, echoing client-request-id', async () => {
    for (const response of [
      await get(DETAIL, { ...auth, 'client-request-id': 'mine-123' }),
      await get(DETAIL, { 'client-request-id': 'mine-123' }),
    ]) {
      expect(response.headers.get('client-request-id')).toBe('mine-123')
      expect(response.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/)
      expect(JSON.parse(response.headers.get('x-ms-ags-diagnostic') as string)).toHaveProperty('ServerInfo')
      expect(response.headers.get('date')).toBe('Fri, 27 Nov 2026 09:30:00 GMT')
    }
  })

  it('renders errors in the envelope, with the date from the clock', async () => {
    const response = await get("https://graph.microsoft.com/v1.0/reports/getNothing(period='D7')")
    const requestId = response.headers.get('request-id')
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await response.json()).toEqual({
      error: {
        code: 'BadRequest',
        message: "Resource not found for the segment 'getNothing'.",
        innerError: { date: '2026-11-27T09:30:00', 'request-id': requestId, 'client-request-id': requestId },
      },
    })
  })

  it('downloads the CSV from the link without a token, until the link expires', async () => {
    const location = (await get(DETAIL)).headers.get('location') as string
    const download = await get(location, {})
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('application/octet-stream')
    expect(download.headers.get('content-disposition')).toBe(
      'attachment; filename="getOffice365ActiveUserDetail_D7.csv"',
    )
    const bytes = new Uint8Array(await download.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    clock.advance(300_000)
    const late = await get(location, {})
    expect(late.status).toBe(403)
    expect((await late.json()).error.message).toBe('The download link is not valid or has expired.')
    expect(fake.journal.entries().at(-1)?.error).toBe('linkExpired')
    clock.set('2026-11-27T09:30:00Z')
  })

  it('refuses a tampered link', async () => {
    const location = (await get(DETAIL)).headers.get('location') as string
    const response = await get(`${location.slice(0, -3)}abc`, {})
    expect(response.status).toBe(403)
    expect((await response.json()).error).toMatchObject({
      code: 'AccessDenied',
      message: 'The download link is not valid or has expired.',
    })
  })

  it('records every request, and a token that leaks to the download host', async () => {
    fake.journal.clear()
    const location = (await get(DETAIL, { ...auth, 'client-request-id': 'c-1' })).headers.get('location') as string
    await get(location, auth)
    await get(location, {})
    const [report, leaked, clean] = fake.journal.entries()
    expect(report).toMatchObject({
      origin: 'graph',
      method: 'GET',
      status: 302,
      function: 'getOffice365ActiveUserDetail',
      params: { period: 'D7' },
      clientRequestId: 'c-1',
      tokenLeak: false,
      time: '2026-11-27T09:30:00.000Z',
    })
    expect(leaked).toMatchObject({
      origin: 'download',
      status: 200,
      function: 'getOffice365ActiveUserDetail',
      tokenLeak: true,
    })
    expect(clean).toMatchObject({ origin: 'download', status: 200, tokenLeak: false })
  })

  it('rejects a leaked token when told to be strict', async () => {
    const strict = createFakeGraph({ clock, users: 5, rejectTokenOnDownload: true })
    const location = (await strict.fetch(new Request(DETAIL, { headers: auth }))).headers.get('location') as string
    expect((await strict.fetch(new Request(location, { headers: auth }))).status).toBe(401)
    expect((await strict.fetch(new Request(location))).status).toBe(200)
  })

  it('serves beta JSON directly, paged with @odata.nextLink', async () => {
    const response = await get(
      "https://graph.microsoft.com/beta/reports/getOffice365ActiveUserDetail(period='D180')?$format=application/json&$top=10",
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    const page = await response.json()
    expect(page['@odata.context']).toBe(
      'https://graph.microsoft.com/beta/$metadata#Collection(microsoft.graph.office365ActiveUserDetail)',
    )
    expect(page.value).toHaveLength(10)
    expect(page['@odata.nextLink']).toBe(
      "https://graph.microsoft.com/beta/reports/getOffice365ActiveUserDetail(period='D180')?$format=application/json&$top=10&$skipToken=10",
    )
    const next = await (await get(page['@odata.nextLink'])).json()
    expect(next.value[0].userPrincipalName).not.toBe(page.value[0].userPrincipalName)
  })

  it('answers the first seed revision with the CSV itself', async () => {
    const response = await get(
      "https://graph.microsoft.com/beta/reports/Office365ActiveUsers(view='Users',period='d7',date=null)",
    )
    expect(response.status).toBe(200)
    // Response.text() would drop the BOM while decoding; read the bytes.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
    expect(text.startsWith('\uFEFFData as of,Office 365,')).toBe(true)
  })

  it('conceals names when the setting is on, in the download too', async () => {
    const concealed = createFakeGraph({ clock, users: 10, concealNames: true })
    const location = (await concealed.fetch(new Request(DETAIL, { headers: auth }))).headers.get('location') as string
    const text = await (await concealed.fetch(new Request(location))).text()
    expect(text).not.toContain('@')
    expect(text.split('\r\n')[1]).toMatch(/^\d{4}-\d{2}-\d{2},[0-9A-F]{32},[0-9A-F]{32},/)
  })

  it('never crashes: an unexpected exception becomes a 500 in the envelope', async () => {
    const seen: unknown[] = []
    const broken = createFakeGraph({
      clock,
      tenant: () => {
        throw new Error('boom')
      },
      onUnexpectedError: (error) => seen.push(error),
    })
    // The beta JSON renders the tenant (a 302 does not need it).
    const json =
      "https://graph.microsoft.com/beta/reports/getOffice365ActiveUserDetail(period='D7')?$format=application/json"
    const response = await broken.fetch(new Request(json, { headers: auth }))
    expect(response.status).toBe(500)
    expect((await response.json()).error.code).toBe('InternalServerError')
    expect(seen).toHaveLength(1)
    // A 302 renders nothing, so it never asks for the tenant at all.
    expect((await broken.fetch(new Request(DETAIL, { headers: auth }))).status).toBe(302)
  })

  it("refuses methods other than GET in Graph's words for a disallowed method", async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const response = await fake.fetch(new Request(DETAIL, { method, headers: auth }))
      expect(response.status).toBe(400)
      expect((await response.json()).error).toMatchObject({
        code: 'Request_BadRequest',
        message: 'Specified HTTP method is not allowed for the request target.',
      })
    }
    // HEAD is refused alike, without the body.
    const head = await fake.fetch(new Request(DETAIL, { method: 'HEAD', headers: auth }))
    expect([head.status, head.body]).toEqual([400, null])
  })
})
