// One test per item of the fidelity checklist in docs/graph-reports.md §9,
// run over real HTTP against `startServer`.
import { frozenClock } from '@fake-graph/core'
import { CURRENT_REPORTS } from '@fake-graph/reports'
import { formatDay, parseDay } from '@fake-graph/tenant'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { bytesOf, DETAIL_D7, NOW, TOKEN, textOf, useFakeServer } from './support/fake-server'
import { bearerJwt } from './support/unsigned-jwt'

const DETAIL_HEADER =
  'Report Refresh Date,User Principal Name,Display Name,Is Deleted,Deleted Date,Has Exchange License,Has OneDrive License,Has SharePoint License,Has Skype For Business License,Has Yammer License,Has Teams License,Exchange Last Activity Date,OneDrive Last Activity Date,SharePoint Last Activity Date,Skype For Business Last Activity Date,Yammer Last Activity Date,Teams Last Activity Date,Exchange License Assign Date,OneDrive License Assign Date,SharePoint License Assign Date,Skype For Business License Assign Date,Yammer License Assign Date,Teams License Assign Date,Assigned Products'
const COUNTS_HEADER =
  'Report Refresh Date,Office 365,Exchange,OneDrive,SharePoint,Skype For Business,Yammer,Teams,Report Date,Report Period'
const SERVICES_HEADER =
  'Report Refresh Date,Exchange Active,Exchange Inactive,OneDrive Active,OneDrive Inactive,SharePoint Active,SharePoint Inactive,Skype For Business Active,Skype For Business Inactive,Yammer Active,Yammer Inactive,Teams Active,Teams Inactive,Office 365 Active,Office 365 Inactive,Report Period'
const LEGACY_DETAIL_HEADER =
  'Data as of,User principal name,DisplayName,Deleted,Deleted date,License For Exchange,License For OndDrive,License For SharePoint,License For Skype For Business,License For Yammer,Last Activity Date For Exchange,Last Activity Date For OndDrive,Last Activity Date For SharePoint,Last Activity Date For Skype For Business,Last Activity Date For Yammer,License Assigned Date For Exchange,License Assigned Date For OndDrive,License Assigned Date For SharePoint,License Assigned Date For Skype For Business,License Assigned Date For Yammer,Products assigned'
const today = parseDay(NOW.slice(0, 10)) as number

describe('fidelity checklist (docs/graph-reports.md §9)', () => {
  const fake = useFakeServer({ users: 250 })
  const get = (path: string, headers: Record<string, string> = TOKEN, redirect: RequestRedirect = 'manual') =>
    fetch(`${fake.server.graphUrl}${path}`, { headers, redirect })
  const csvOf = async (path: string) => {
    const redirect = await get(path)
    expect(redirect.status).toBe(302)
    const download = await fetch(redirect.headers.get('location') as string)
    expect(download.status).toBe(200)
    return textOf(await bytesOf(download))
  }
  const errorOf = async (response: Response) => ({ status: response.status, ...(await response.json()).error })

  it('1. a current report answers 302, text/plain and an absolute Location on the download host', async () => {
    const response = await get(DETAIL_D7)
    expect(response.status).toBe(302)
    expect(response.headers.get('content-type')).toBe('text/plain')
    const location = new URL(response.headers.get('location') as string)
    expect(location.origin).toBe(fake.server.downloadUrl)
    // Production's form (§10.1): a JWT in the query.
    expect(location.pathname).toBe('/data/v1.0/download')
    expect(location.searchParams.get('token')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/)
  })

  it('2. the microsoft.graph. prefix behaves identically, for every current function', async () => {
    for (const { name, takesNoParameters } of CURRENT_REPORTS) {
      // A function without parameters is called bare (docs/usage-reports.md §10).
      const call = takesNoParameters ? name : `${name}(period='D30')`
      const plain = await csvOf(`/v1.0/reports/${call}`)
      const prefixed = await csvOf(`/v1.0/reports/microsoft.graph.${call}`)
      expect(prefixed).toBe(plain)
    }
  })

  it('3. the Location answers without Authorization: 200, octet-stream, a .csv file name, a BOM', async () => {
    const redirect = await get(DETAIL_D7)
    const download = await fetch(redirect.headers.get('location') as string)
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('application/octet-stream')
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]+\.csv"$/)
    expect([...(await bytesOf(download)).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  })

  it('4. the Detail header is exactly the 24 names, with no Report Period', async () => {
    const header = (await csvOf(DETAIL_D7)).split('\r\n')[0]
    expect(header).toBe(`\uFEFF${DETAIL_HEADER}`)
    expect(header?.split(',')).toHaveLength(24)
  })

  it('5. the counts headers are the 10 and the 16 names', async () => {
    expect((await csvOf("/v1.0/reports/getOffice365ActiveUserCounts(period='D7')")).split('\r\n')[0]).toBe(
      `\uFEFF${COUNTS_HEADER}`,
    )
    expect((await csvOf("/v1.0/reports/getOffice365ServicesUserCounts(period='D7')")).split('\r\n')[0]).toBe(
      `\uFEFF${SERVICES_HEADER}`,
    )
  })

  it('6. dates are YYYY-MM-DD, booleans True/False, nulls empty, Report Period the bare day count', async () => {
    const detail: Record<string, string>[] = parse(
      await csvOf("/v1.0/reports/getOffice365ActiveUserDetail(period='D90')"),
      { bom: true, columns: true },
    )
    for (const row of detail) {
      for (const [column, value] of Object.entries(row)) {
        if (/Date/.test(column)) expect(value, column).toMatch(/^(\d{4}-\d{2}-\d{2})?$/)
        if (/^(Is|Has) /.test(column)) expect(value, column).toMatch(/^(True|False)$/)
      }
    }
    expect(detail.some((row) => row['Deleted Date'] === '')).toBe(true)
    for (const period of [7, 30, 90, 180]) {
      const counts: Record<string, string>[] = parse(
        await csvOf(`/v1.0/reports/getOffice365ActiveUserCounts(period='D${period}')`),
        { bom: true, columns: true },
      )
      expect(counts).toHaveLength(period)
      expect(new Set(counts.map((row) => row['Report Period']))).toEqual(new Set([String(period)]))
    }
  })

  it('7. Assigned Products joins with + and keeps names containing " + " whole', async () => {
    const detail: Record<string, string>[] = parse(
      await csvOf("/v1.0/reports/getOffice365ActiveUserDetail(period='D180')"),
      { bom: true, columns: true },
    )
    const products = detail.map((row) => row['Assigned Products'] as string)
    expect(products.some((cell) => cell.includes('ENTERPRISE MOBILITY + SECURITY E5'))).toBe(true)
    expect(products.some((cell) => /[A-Z)]\+[A-Z]/.test(cell))).toBe(true)
    for (const cell of products) expect(cell.replace(/ \+ /g, '')).not.toMatch(/ \+|\+ /)
  })

  it('8. a date 1 to 28 days back is accepted, and may give a header-only CSV', async () => {
    for (const back of [1, 2, 5, 28]) {
      const text = await csvOf(`/v1.0/reports/getOffice365ActiveUserDetail(date=${formatDay(today - back)})`)
      expect(text.startsWith(`\uFEFF${DETAIL_HEADER}\r\n`)).toBe(true)
    }
    // The data lags two days: yesterday has no rows yet.
    expect(
      (await csvOf(`/v1.0/reports/getOffice365ActiveUserDetail(date=${formatDay(today - 1)})`)).split('\r\n'),
    ).toHaveLength(2)
  })

  it('9. a date over 28 days back, today, or in the future gets InvalidArgument', async () => {
    for (const back of [29, 0, -1]) {
      const date = formatDay(today - back)
      expect(await errorOf(await get(`/v1.0/reports/getOffice365ActiveUserDetail(date=${date})`))).toMatchObject({
        status: 400,
        code: 'InvalidArgument',
        message: `Invalid date value specified: ${date}. Only support data for the past 28 days.`,
      })
    }
  })

  it("10. a quoted date on the current form cannot be converted to type 'Edm.Date'", async () => {
    const error = await errorOf(await get("/v1.0/reports/getOffice365ActiveUserDetail(date='2020-01-01')"))
    expect(error.status).toBe(400)
    expect(error.message).toContain("cannot be converted to type 'Edm.Date'")
  })

  it('11. beta JSON: 200, the context, camelCase, JSON types, 200 rows a page and a nextLink', async () => {
    const response = await get("/beta/reports/getOffice365ActiveUserDetail(period='D180')?$format=application/json")
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    const page = await response.json()
    expect(page['@odata.context']).toBe(
      `${fake.server.graphUrl}/beta/$metadata#Collection(microsoft.graph.office365ActiveUserDetail)`,
    )
    expect(page.value).toHaveLength(200)
    const item = page.value[0]
    expect(typeof item.isDeleted).toBe('boolean')
    expect(Array.isArray(item.assignedProducts)).toBe(true)
    expect(page.value.some((row: { deletedDate: unknown }) => row.deletedDate === null)).toBe(true)
    // The token is where the next page resumes: the index of the next listed user, 200 or more.
    expect(Number(/\$skipToken=(\d+)$/.exec(page['@odata.nextLink'])?.[1])).toBeGreaterThanOrEqual(200)
    const counts = await (
      await get("/beta/reports/getOffice365ActiveUserCounts(period='D7')?$format=application/json")
    ).json()
    expect(counts.value[0].reportPeriod).toBe('7')
  })

  it('12. JSON on v1.0 gets 400 UnknownError with the embedded message', async () => {
    const error = await errorOf(
      await get("/v1.0/reports/getOffice365ActiveUserCounts(period='D7')?$format=application/json"),
    )
    expect(error).toMatchObject({
      status: 400,
      code: 'UnknownError',
      message: '{"Message":"JSON format is not supported."}',
    })
  })

  it('13. every error is the envelope, with the ids in headers and body, echoing client-request-id', async () => {
    const response = await get("/v1.0/reports/getOffice365ActiveUserCounts(period='D1')", {
      ...TOKEN,
      'client-request-id': 'abc-123',
    })
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.headers.get('client-request-id')).toBe('abc-123')
    expect(response.headers.get('x-ms-ags-diagnostic')).toContain('ServerInfo')
    const body = await response.json()
    expect(Object.keys(body.error)).toEqual(['code', 'message', 'innerError'])
    expect(body.error.innerError).toEqual({
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/),
      'request-id': response.headers.get('request-id'),
      'client-request-id': 'abc-123',
    })
  })

  it('14. a missing or empty token gets 401 "Access token is empty." and the challenge', async () => {
    for (const headers of [{}, { Authorization: 'Bearer ' }] as Record<string, string>[]) {
      const response = await get(DETAIL_D7, headers)
      expect(response.headers.get('www-authenticate')).toMatch(
        /^Bearer realm="", authorization_uri="https:\/\/login\.microsoftonline\.com\/common\/oauth2\/authorize"/,
      )
      expect(await errorOf(response)).toMatchObject({
        status: 401,
        code: 'InvalidAuthenticationToken',
        message: 'Access token is empty.',
      })
    }
  })

  it('15. a token without Reports.Read.All gets 403 S2SUnauthorized', async () => {
    expect(
      await errorOf(await get(DETAIL_D7, { Authorization: bearerJwt({ roles: ['User.Read.All'] }) })),
    ).toMatchObject({
      status: 403,
      code: 'S2SUnauthorized',
      message: 'Invalid permission.',
    })
  })

  it('16. the 15th CSV request within 10 minutes gets 429 with Retry-After; JSON allows 100', async () => {
    const { startServer } = await import('@fake-graph/server')
    const throttled = await startServer({ port: 0, downloadPort: 0, fake: { now: NOW, users: 20, throttling: true } })
    try {
      const call = (path: string) => fetch(`${throttled.graphUrl}${path}`, { headers: TOKEN, redirect: 'manual' })
      for (let i = 0; i < 14; i++) expect((await call(DETAIL_D7)).status).toBe(302)
      const refused = await call(DETAIL_D7)
      expect(refused.status).toBe(429)
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
      expect((await refused.json()).error).toMatchObject({
        code: 'TooManyRequests',
        message: 'Please retry again later.',
      })
      // Limits are per report API.
      expect((await call("/v1.0/reports/getOffice365ActiveUserCounts(period='D7')")).status).toBe(302)
      const json = "/beta/reports/getOffice365ActiveUserCounts(period='D7')?$format=application/json"
      for (let i = 0; i < 100; i++) expect((await call(json)).status).toBe(200)
      expect((await call(json)).status).toBe(429)
    } finally {
      await throttled.close()
    }
  })

  it('17. the download link expires after the TTL, 120 s by default (§10.1)', async () => {
    const location = (await get(DETAIL_D7)).headers.get('location') as string
    fake.clock.advance(119_999)
    expect((await fetch(location)).status).toBe(200)
    fake.clock.advance(1)
    const late = await fetch(location)
    fake.clock.set(NOW)
    expect(late.status).toBe(403)
    expect((await late.json()).error.message).toBe('The download link is not valid or has expired.')
  })

  it('18. concealed names: 32 upper-case hex, a token per field, stable across forms, days and tenants; counts unchanged', async () => {
    const { startServer } = await import('@fake-graph/server')
    const clock = frozenClock(NOW)
    const concealed = await startServer({ port: 0, downloadPort: 0, fake: { clock, users: 250, concealNames: true } })
    try {
      const call = (path: string, headers = TOKEN) =>
        fetch(`${concealed.graphUrl}${path}`, { headers, redirect: 'manual' })
      const take = async (path: string, headers = TOKEN) =>
        textOf(await bytesOf(await fetch((await call(path, headers)).headers.get('location') as string)))
      /** Each listed user's (user principal name, display name) tokens, in tenant order. */
      const pairsOf = async (path: string, headers = TOKEN) =>
        (parse(await take(path, headers), { bom: true, from_line: 2 }) as string[][]).map(
          (row) => `${row[1]}|${row[2]}`,
        )
      const pairs = await pairsOf(DETAIL_D7)
      expect(pairs.length).toBeGreaterThan(200)
      for (const pair of pairs) {
        const [upn, name] = pair.split('|') as [string, string]
        expect(upn).toMatch(/^[0-9A-F]{32}$/)
        expect(name).toMatch(/^[0-9A-F]{32}$/)
        expect(name).not.toBe(upn)
        expect(pair).not.toContain('@')
      }
      expect(new Set(pairs).size).toBe(pairs.length)
      // The beta JSON's first page lists the same users, with the same tokens.
      const json = await (
        await call("/beta/reports/getOffice365ActiveUserDetail(period='D7')?$format=application/json")
      ).json()
      const jsonPairs = json.value.map((row: Record<string, string>) => `${row.userPrincipalName}|${row.displayName}`)
      expect(jsonPairs).toEqual(pairs.slice(0, jsonPairs.length))
      // The seed form, another period and a day later list users of their own choosing: every user
      // they share with the Detail D7 keeps the tokens, and no token pairs with another.
      const known = new Map(pairs.map((pair) => [pair.split('|')[0], pair]))
      const sameTokens = (others: string[]) => {
        const shared = others.filter((pair) => known.has(pair.split('|')[0]))
        expect(shared.length).toBeGreaterThan(100)
        for (const pair of shared) expect(pair).toBe(known.get(pair.split('|')[0]))
      }
      sameTokens(await pairsOf("/beta/reports/Office365ActiveUsers(view='Detail',period='d7')/content"))
      sameTokens(await pairsOf("/v1.0/reports/getOffice365ActiveUserDetail(period='D180')"))
      clock.advance(86_400_000)
      const later = await pairsOf(DETAIL_D7)
      sameTokens(later)
      // Another tenant (the caller's tid) conceals with its own salt: none of its tokens is ours.
      const other = await pairsOf(DETAIL_D7, {
        Authorization: bearerJwt({ tid: 'fabrikam', roles: ['Reports.Read.All'] }),
      })
      expect(other.length).toBeGreaterThan(0)
      const ours = new Set(pairs.flatMap((pair) => pair.split('|')))
      expect(other.flatMap((pair) => pair.split('|')).filter((token) => ours.has(token))).toEqual([])
      const services = "/v1.0/reports/getOffice365ServicesUserCounts(period='D7')"
      clock.set(NOW)
      expect(await take(services)).toBe(await csvOf(services))
    } finally {
      await concealed.close()
    }
  })

  it('19. the seed form: 302 like item 1, lower-case d7, date over period, views ignore the date, typo header', async () => {
    const legacy = (args: string) => `/beta/reports/Office365ActiveUsers(${args})/content`
    const detail = await csvOf(legacy("view='Detail', period='d7'"))
    expect(detail.split('\r\n')[0]).toBe(`\uFEFF${LEGACY_DETAIL_HEADER}`)
    const date = formatDay(today - 7)
    const byDate = await csvOf(legacy(`view='Detail',period='D30',date='${date}'`))
    expect(byDate).toBe(await csvOf(legacy(`view='Detail',date='${date}'`)))
    expect(byDate).not.toBe(detail)
    expect(await csvOf(legacy(`view='Services',period='D7',date='${date}'`))).toBe(
      await csvOf(legacy("view='Services',period='D7'")),
    )
    expect(await csvOf(legacy(`view='Users',period='D7',date='${date}'`))).toBe(
      await csvOf(legacy("view='Users',period='D7'")),
    )
  })

  it('20. an unknown function gets 400 BadRequest "Resource not found for the segment \'<name>\'."', async () => {
    expect(await errorOf(await get("/v1.0/reports/getOffice365ActiveUserDetails(period='D7')"))).toMatchObject({
      status: 400,
      code: 'BadRequest',
      message: "Resource not found for the segment 'getOffice365ActiveUserDetails'.",
    })
  })

  it('21. a token sent to the download host is recorded', async () => {
    fake.server.fake.journal.clear()
    const location = (await get(DETAIL_D7)).headers.get('location') as string
    expect((await fetch(location, { headers: TOKEN })).status).toBe(200)
    const entries = fake.server.fake.journal.entries()
    expect(entries.map((entry) => [entry.origin, entry.tokenLeak])).toEqual([
      ['graph', false],
      ['download', true],
    ])
  })
})
