import { describe, expect, it } from 'vitest'
import { createFakeGraph } from './create-fake-graph'

const GRAPH = 'https://graph.microsoft.com'
const fake = createFakeGraph({ seed: 42, users: 300, now: '2026-11-27T00:00:00Z' })
const get = (path: string) => fake.fetch(new Request(`${GRAPH}${path}`, { headers: { Authorization: 'Bearer x' } }))
const SUMMARY = "getMicrosoft365CopilotUserCountSummary(period='D7')"
const DETAIL_HEADER =
  'Report Refresh Date,User Principal Name,Display Name,Last Activity Date,Copilot Chat Last Activity Date,'
const decoder = new TextDecoder('utf-8', { ignoreBOM: true })
const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer())

describe('the Copilot reports, as a client calls them (docs/usage-reports.md §12)', () => {
  it('answer v1.0 under /copilot/reports with the CSV itself: 200, no 302, a BOM and the header', async () => {
    const response = await get("/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='D7')")
    expect(response.status).toBe(200)
    expect(response.headers.get('location')).toBeNull()
    expect(response.headers.get('content-type')).toBe('application/octet-stream')
    const text = decoder.decode(await bytesOf(response))
    expect(text.startsWith(`\uFEFF${DETAIL_HEADER}`)).toBe(true)
    expect(text.split('\r\n').length).toBeGreaterThan(3)
  })

  it('answer beta under /copilot/reports with JSON by default, and the same CSV for $format=text/csv', async () => {
    const json = await get(`/beta/copilot/reports/${SUMMARY}`)
    expect(json.status).toBe(200)
    expect(json.headers.get('content-type')).toMatch(/^application\/json; odata.metadata=minimal/)
    // Nested as the reference's sample nests it: the refresh date, then an object per period (spec §1.18).
    const page = await json.json()
    expect(page).not.toHaveProperty('@odata.context')
    const [item] = page.value
    expect(Object.keys(item)).toEqual(['reportRefreshDate', 'adoptionByProduct'])
    expect(item.adoptionByProduct).toHaveLength(1)
    expect(item.adoptionByProduct[0]).toMatchObject({ reportPeriod: 7, anyAppEnabledUsers: expect.any(Number) })
    const csv = await bytesOf(await get(`/beta/copilot/reports/${SUMMARY}?$format=text/csv`))
    expect(csv).toEqual(await bytesOf(await get(`/v1.0/copilot/reports/${SUMMARY}`)))
  })

  it('keep the legacy beta path: JSON by default, the CSV through a 302 whose link downloads the same bytes', async () => {
    expect((await get(`/beta/reports/${SUMMARY}`)).headers.get('content-type')).toMatch(/^application\/json/)
    const redirect = await get(`/beta/reports/${SUMMARY}?$format=text/csv`)
    expect(redirect.status).toBe(302)
    const download = await fake.fetch(new Request(redirect.headers.get('location') as string))
    expect(download.status).toBe(200)
    expect(await bytesOf(download)).toEqual(await bytesOf(await get(`/v1.0/copilot/reports/${SUMMARY}`)))
  })

  it("take version 'v2', which adds columns and takes D28, and refuse D30 there", async () => {
    const v2 = decoder.decode(
      await bytesOf(await get(`/v1.0/copilot/reports/getMicrosoft365CopilotUserCountTrend(period='D28',version='v2')`)),
    )
    const lines = v2.split('\r\n').filter(Boolean)
    expect(lines).toHaveLength(29)
    expect(lines[0]).toContain(',Edge Enabled Users,Edge Active Users,')
    expect(lines[0]?.endsWith(',Prompts Submitted,Report Period')).toBe(true)
    const refused = await get("/v1.0/copilot/reports/getMicrosoft365CopilotUserCountTrend(period='D30',version='v2')")
    expect(refused.status).toBe(400)
    expect((await refused.json()).error).toMatchObject({
      code: 'InvalidArgument',
      message: 'Invalid period value specified: D30. Supported values are D7, D28, D90, D180, ALL.',
    })
  })

  it.each([
    [
      `/v1.0/copilot/reports/${SUMMARY.replace('D7', 'D28')}`,
      'InvalidArgument',
      'Invalid period value specified: D28. Supported values are D7, D30, D90, D180, ALL.',
    ],
    [
      // The legacy path's pages predate ALL, which it refuses as before (docs/usage-reports.md §12).
      "/beta/reports/getMicrosoft365CopilotUserCountSummary(period='ALL')",
      'InvalidArgument',
      'Invalid period value specified: ALL. Supported values are D7, D30, D90, D180.',
    ],
    [
      '/v1.0/copilot/reports/getMicrosoft365CopilotUserCountSummary(period=ALL)',
      'InvalidArgument',
      'Invalid period value specified: ALL. Supported values are D7, D30, D90, D180, ALL.',
    ],
    [
      "/v1.0/copilot/reports/getMicrosoft365CopilotUserCountSummary(period='D7',version='v3')",
      'InvalidArgument',
      'Invalid version value specified: v3. Supported values are v1, v2.',
    ],
    [
      `/v1.0/reports/${SUMMARY}`,
      'BadRequest',
      "Resource not found for the segment 'getMicrosoft365CopilotUserCountSummary'.",
    ],
    [
      "/beta/reports/getMicrosoft365CopilotUserCountSummary(period='D7',version='v2')",
      'BadRequest',
      "Resource not found for the segment 'getMicrosoft365CopilotUserCountSummary'.",
    ],
    [
      "/v1.0/copilot/reports/getOffice365ActiveUserDetail(period='D7')",
      'BadRequest',
      "Resource not found for the segment 'getOffice365ActiveUserDetail'.",
    ],
    [
      '/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(date=2026-11-20)',
      'BadRequest',
      "Resource not found for the segment 'getMicrosoft365CopilotUsageUserDetail'.",
    ],
  ])('refuse %s with %s', async (path, code, message) => {
    const response = await get(path)
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect((await response.json()).error).toMatchObject({ code, message })
  })

  it('are served by the MSW handlers too: the router claims /copilot/reports on the Graph origin', () => {
    expect(fake.handles(new Request(`${GRAPH}/v1.0/copilot/reports/${SUMMARY}`))).toBe('graph')
    expect(fake.handles(new Request(`${GRAPH}/v1.0/copilot/settings`))).toBeUndefined()
  })

  it('journal a call by its function and parameters, version included', async () => {
    await get("/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='D90',version='v2')")
    const entry = fake.journal.entries().at(-1)
    expect(entry).toMatchObject({
      function: 'getMicrosoft365CopilotUsageUserDetail',
      params: { period: 'D90', version: 'v2' },
      status: 200,
    })
  })

  it('trail the other reports by a day, or by what copilotLagDays says', async () => {
    const refreshOf = async (graph: typeof fake, path: string) => {
      let response = await graph.fetch(new Request(`${GRAPH}${path}`, { headers: { Authorization: 'Bearer x' } }))
      if (response.status === 302) response = await graph.fetch(new Request(response.headers.get('location') as string))
      return decoder
        .decode(await bytesOf(response))
        .split('\r\n')[1]
        ?.split(',')[0]
    }
    const active = "/v1.0/reports/getOffice365ActiveUserCounts(period='D7')"
    expect(await refreshOf(fake, active)).toBe('2026-11-25')
    expect(await refreshOf(fake, `/v1.0/copilot/reports/${SUMMARY}`)).toBe('2026-11-24')
    const sameLag = createFakeGraph({ seed: 42, users: 300, now: '2026-11-27T00:00:00Z', copilotLagDays: 2 })
    expect(await refreshOf(sameLag, `/v1.0/copilot/reports/${SUMMARY}`)).toBe('2026-11-25')
    const legacy = `/beta/reports/${SUMMARY}?$format=text/csv`
    expect(await refreshOf(sameLag, legacy)).toBe('2026-11-25')
  })

  it.each([1, 2.5, 33, Number.NaN])(
    'refuses copilotLagDays %s outside 2 to 32 days, with one line naming the range',
    (days) => {
      expect(() => createFakeGraph({ lagDays: 2, copilotLagDays: days })).toThrow(
        'Failed to create the fake: copilotLagDays must be a whole number of days from lagDays (2) to 32',
      )
    },
  )

  describe("period='ALL', every period of the version at once", () => {
    const text = async (path: string) => decoder.decode(await bytesOf(await get(path)))
    const rowsOf = (csv: string) => csv.split('\r\n').filter(Boolean).slice(1)
    const periodOf = (line: string, at: number) => line.split(',')[at]

    it('gives the summary a row per period, each the row that period alone gives', async () => {
      for (const [version, periods] of [
        ['v1', ['7', '30', '90', '180']],
        ['v2', ['7', '28', '90', '180']],
      ] as const) {
        const all = rowsOf(
          await text(`/v1.0/copilot/reports/getMicrosoft365CopilotUserCountSummary(period='ALL',version='${version}')`),
        )
        expect(all.map((line) => periodOf(line, 1))).toEqual(periods)
        for (const [i, period] of periods.entries()) {
          const alone = rowsOf(
            await text(
              `/v1.0/copilot/reports/getMicrosoft365CopilotUserCountSummary(period='D${period}',version='${version}')`,
            ),
          )
          expect(all[i]).toBe(alone[0])
        }
      }
    })

    it('gives the trend each period’s days in turn, and its JSON an item per period', async () => {
      const all = rowsOf(await text("/v1.0/copilot/reports/getMicrosoft365CopilotUserCountTrend(period='all')"))
      expect(all).toHaveLength(7 + 30 + 90 + 180)
      const d30 = rowsOf(await text("/v1.0/copilot/reports/getMicrosoft365CopilotUserCountTrend(period='D30')"))
      expect(all.slice(7, 37)).toEqual(d30)
      const page = await (await get("/beta/copilot/reports/getMicrosoft365CopilotUserCountTrend(period='ALL')")).json()
      expect(
        page.value.map((item: { reportPeriod: number; adoptionByDate: unknown[] }) => [
          item.reportPeriod,
          item.adoptionByDate.length,
        ]),
      ).toEqual([
        [7, 7],
        [30, 30],
        [90, 90],
        [180, 180],
      ])
    })

    it('lists each Detail user once a period in the CSV, and once in the JSON with an entry per period', async () => {
      const path = "getMicrosoft365CopilotUsageUserDetail(period='ALL',version='v2')"
      const all = rowsOf(await text(`/v1.0/copilot/reports/${path}`))
      const d7 = rowsOf(
        await text("/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='D7',version='v2')"),
      )
      expect(d7.length).toBeGreaterThan(5)
      expect(all).toHaveLength(4 * d7.length)
      expect(all.filter((_, i) => i % 4 === 0)).toEqual(d7)
      const page = await (await get(`/beta/copilot/reports/${path}`)).json()
      expect(page.value).toHaveLength(d7.length)
      const [first] = page.value
      expect(
        first.copilotActivityUserDetailsByPeriod.map((entry: { reportPeriod: number }) => entry.reportPeriod),
      ).toEqual([7, 28, 90, 180])
      // The last-use dates are the user's, not the period's: on the item, an empty one "".
      expect(first).toHaveProperty('copilotChatLastActivityDate')
      expect(first.copilotActivityUserDetailsByPeriod[0]).not.toHaveProperty('copilotChatLastActivityDate')
      const days = first.copilotActivityUserDetailsByPeriod.map(
        (entry: { activeUsageDays: number }) => entry.activeUsageDays,
      )
      expect([...days].sort((a: number, b: number) => a - b)).toEqual(days)
      expect(Object.values(first).some((value) => value === '')).toBe(true)
    })

    it('pages the Detail JSON by user, each user whole on one page', async () => {
      const path = "/beta/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='ALL')"
      const whole = (await (await get(path)).json()).value
      const first = await (await get(`${path}?$top=2`)).json()
      expect(first.value).toEqual(whole.slice(0, 2))
      const next = await (
        await fake.fetch(new Request(first['@odata.nextLink'], { headers: { Authorization: 'Bearer x' } }))
      ).json()
      expect(next.value).toEqual(whole.slice(2, 4))
      expect(next.value[0].copilotActivityUserDetailsByPeriod).toHaveLength(4)
    })
  })
})
