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
    const [item] = (await json.json()).value
    expect(item).toMatchObject({ reportPeriod: '7', anyAppEnabledUsers: expect.any(Number) })
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
      message: 'Invalid period value specified: D30. Supported values are D7, D28, D90, D180.',
    })
  })

  it.each([
    [
      `/v1.0/copilot/reports/${SUMMARY.replace('D7', 'D28')}`,
      'InvalidArgument',
      'Invalid period value specified: D28. Supported values are D7, D30, D90, D180.',
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
})
