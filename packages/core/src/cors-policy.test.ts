import { describe, expect, it } from 'vitest'
import { ControlError } from './control-error'
import { controlledFake, DETAIL_D30 } from './controlled-fake'
import { GRAPH_EXPOSED_HEADERS } from './cors-policy'
import { formatJournal } from './journal-assertions'

const PAGE = 'http://127.0.0.1:5150'
const BETA_JSON =
  "https://graph.microsoft.com/beta/reports/getOffice365ActiveUserDetail(period='D7')?$format=application/json"

/** A browser's preflight: no token, the method and the headers it wants to send. */
const preflight = (url: string, origin = PAGE) =>
  new Request(url, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'authorization,client-request-id,sdkversion',
    },
  })

const corsOf = (response: Response) =>
  Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control-') || name === 'vary'))

describe('CORS on the Graph origin, in either profile', () => {
  it('answers a preflight without a token, allowing the headers the browser asked for', async () => {
    const { fake } = controlledFake()
    const response = await fake.fetch(preflight(DETAIL_D30))
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
    expect(corsOf(response)).toEqual({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
      'access-control-allow-headers': 'authorization,client-request-id,sdkversion',
      'access-control-max-age': '3600',
      'access-control-expose-headers': GRAPH_EXPOSED_HEADERS.join(', '),
      vary: 'Access-Control-Request-Headers',
    })
    expect(response.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/)
    const [entry] = fake.journal.entries()
    expect(entry).toMatchObject({ method: 'OPTIONS', origin: 'graph', status: 200 })
    expect(entry?.function).toBeUndefined()
    expect(fake.reports()).toEqual([])
  })

  it('puts Allow-Origin and the exposed headers on every answer: the 302, JSON, errors, throttling, faults', async () => {
    const { fake, get } = controlledFake({ throttling: { csvPerApp: 1 } })
    const answers = [await get(DETAIL_D30), await get(DETAIL_D30), await get(BETA_JSON), await get(DETAIL_D30, {})]
    fake.faults.add({ status: 503, times: 1 })
    answers.push(await get(BETA_JSON))
    expect(answers.map((response) => response.status)).toEqual([302, 429, 200, 401, 503])
    for (const response of answers) {
      expect(response.headers.get('access-control-allow-origin')).toBe('*')
      expect(response.headers.get('access-control-expose-headers')?.split(', ')).toContain('Location')
    }
  })
})

describe("CORS on the download origin: 'realistic' sends none, as production does", () => {
  it('serves the CSV to a browser with no Access-Control header, and the journal says production would block it', async () => {
    const { fake, get } = controlledFake()
    const location = (await get(DETAIL_D30)).headers.get('location') as string
    // After Graph's cross-origin redirect the browser's Origin is "null".
    const download = await fake.fetch(new Request(location, { headers: { Origin: 'null' } }))
    expect(download.status).toBe(200)
    expect(corsOf(download)).toEqual({})
    const plain = await fake.fetch(new Request(location))
    expect(plain.status).toBe(200)
    expect(fake.journal.entries().map((entry) => entry.browserBlocked)).toEqual([false, true, false])
    expect(fake.reports()[0]?.browserBlocked).toBe(true)
    expect(formatJournal(fake.journal.entries()).split('\n')[1]).toMatch(
      /200 getOffice365ActiveUserDetail\(period=D30\) {2}\[a browser would be blocked here\]$/,
    )
  })

  it("refuses the download host's preflight as any other method, with nothing a browser accepts", async () => {
    const { fake, get } = controlledFake()
    const location = (await get(DETAIL_D30)).headers.get('location') as string
    const response = await fake.fetch(preflight(location, 'null'))
    expect(response.status).toBe(400)
    expect(corsOf(response)).toEqual({})
    expect((await response.json()).error.code).toBe('Request_BadRequest')
    expect(fake.journal.entries()[1]).toMatchObject({ origin: 'download', browserBlocked: true })
  })
})

describe("CORS on the download origin: 'permissive' allows it, for demos", () => {
  it('answers the preflight and the download with Allow-Origin, exposing the file name', async () => {
    const { fake, get } = controlledFake({ cors: 'permissive' })
    const location = (await get(DETAIL_D30)).headers.get('location') as string
    const allowed = await fake.fetch(preflight(location, 'null'))
    expect(allowed.status).toBe(200)
    expect(allowed.headers.get('access-control-allow-headers')).toBe('authorization,client-request-id,sdkversion')
    const download = await fake.fetch(new Request(location, { headers: { Origin: 'null' } }))
    expect(download.status).toBe(200)
    expect(download.headers.get('access-control-allow-origin')).toBe('*')
    expect(download.headers.get('access-control-expose-headers')).toBe(
      'Content-Disposition, request-id, client-request-id',
    )
    expect(new Uint8Array(await download.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
    // Production would still block it: the journal says so in this profile too.
    expect(fake.journal.entries().at(-1)?.browserBlocked).toBe(true)
  })
})

describe('CORS options', () => {
  it("takes the fake's choices where Graph's values are unknown", async () => {
    const { fake } = controlledFake({
      cors: { allowHeaders: ['Authorization'], maxAgeSeconds: 600, allowMethods: ['GET'], exposeHeaders: ['Location'] },
    })
    const response = await fake.fetch(preflight(DETAIL_D30))
    expect(corsOf(response)).toEqual({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET',
      'access-control-allow-headers': 'Authorization',
      'access-control-max-age': '600',
      'access-control-expose-headers': 'Location',
    })
  })

  it.each([
    [{ profile: 'open' }, 'profile must be realistic or permissive, not "open"'],
    [{ maxAgeSeconds: -1 }, 'maxAgeSeconds must be a whole number of seconds from 0 to 86400'],
    [{ maxAgeSeconds: 1.5 }, 'maxAgeSeconds must be a whole number of seconds from 0 to 86400'],
    [{ allowHeaders: ['Authorization\r\nSet-Cookie: x'] }, 'allowHeaders must hold header or method names only'],
    [{ exposeHeaders: ['a b'] }, 'exposeHeaders must hold header or method names only'],
  ])('refuses %j', (cors, reason) => {
    // biome-ignore lint/suspicious/noExplicitAny: a caller without types can pass anything
    const make = () => controlledFake({ cors: cors as any })
    expect(make).toThrow(ControlError)
    expect(make).toThrow(`Failed to set CORS: ${reason}`)
  })
})
