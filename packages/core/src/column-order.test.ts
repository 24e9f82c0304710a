import { CURRENT_REPORTS } from '@fake-graph/reports'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { createFakeGraph } from './create-fake-graph'
import { reportPath } from './router'

const GRAPH = 'https://graph.microsoft.com'
const auth = { Authorization: 'Bearer token' }
const world = { seed: 5, users: 30, now: '2026-11-27T00:00:00Z' } as const

/** The bytes a client gets for a report, following the 302. */
async function download(fake: ReturnType<typeof createFakeGraph>, path: string): Promise<string> {
  let response = await fake.fetch(new Request(`${GRAPH}${path}`, { headers: auth }))
  if (response.status === 302) response = await fake.fetch(new Request(response.headers.get('location') as string))
  expect(response.status).toBe(200)
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
}
const byName = (csv: string) => parse(csv, { bom: true, columns: true }) as Record<string, string>[]
const header = (csv: string) => csv.split('\r\n')[0]?.replace('\uFEFF', '')

describe('the column-order setting', () => {
  const observed = createFakeGraph(world)
  const documented = createFakeGraph({ ...world, columnOrder: 'documented' })
  const detail = "/v1.0/reports/getTeamsUserActivityUserDetail(period='D30')"

  it('serves the Teams Detail in the real export’s order by default, and in the reference’s when asked', async () => {
    const plain = await download(observed, detail)
    const asDocumented = await download(documented, detail)
    expect(header(plain)).toMatch(/^Report Refresh Date,User Id,User Principal Name,Last Activity Date,/)
    expect(header(asDocumented)).toMatch(
      /^Report Refresh Date,Tenant Display Name,Shared Channel Tenant Display Names,User Id,/,
    )
    expect(header(asDocumented)).toMatch(/,Post Messages,Reply Messages,Urgent Messages,Meetings Organized Count,/)
    // The same cells, read by name.
    expect(byName(asDocumented)).toEqual(byName(plain))
    expect(asDocumented).not.toBe(plain)
  })

  it('gives the Teams counts the reference’s names, with the same numbers under them', async () => {
    const path = "/v1.0/reports/getTeamsUserActivityCounts(period='D7')"
    const plain = byName(await download(observed, path))
    const asDocumented = byName(await download(documented, path))
    expect(asDocumented.map((row) => row['Meetings Organized'])).toEqual(
      plain.map((row) => row['Meetings Organized Count']),
    )
    expect(asDocumented[0]).not.toHaveProperty('Meetings Organized Count')
    expect(asDocumented.map((row) => row['Audio Duration'])).toEqual(plain.map((row) => row['Audio Duration']))
  })

  it('leaves every report whose reference agrees with the export byte-identical', async () => {
    for (const report of CURRENT_REPORTS.filter((definition) => !definition.documentedColumns)) {
      const path = reportPath(report, "period='D7'")
      expect(await download(documented, path), report.name).toBe(await download(observed, path))
    }
  })

  it('orders the beta JSON items alike, with the same fields and values', async () => {
    const path = `/beta${detail.slice('/v1.0'.length)}?$format=application/json&$top=3`
    const page = async (fake: ReturnType<typeof createFakeGraph>) =>
      (await (await fake.fetch(new Request(`${GRAPH}${path}`, { headers: auth }))).json()) as {
        value: Record<string, unknown>[]
      }
    const plain = (await page(observed)).value
    const asDocumented = (await page(documented)).value
    expect(Object.keys(asDocumented[0] ?? {}).slice(0, 3)).toEqual([
      'reportRefreshDate',
      'tenantDisplayName',
      'sharedChannelTenantDisplayNames',
    ])
    expect(asDocumented).toEqual(plain)
  })

  it('serves the mailbox Detail without the two columns the reference lacks when asked, the other cells the same', async () => {
    const path = "/v1.0/reports/getMailboxUsageDetail(period='D30')"
    const plain = await download(observed, path)
    const asDocumented = await download(documented, path)
    expect(header(plain)).toMatch(/,Deleted Item Size \(Byte\),Deleted Item Quota \(Byte\),Has Archive,Report Period$/)
    expect(header(asDocumented)).toMatch(/,Deleted Item Count,Deleted Item Size \(Byte\),Report Period$/)
    const rows = byName(plain)
    expect(rows.length).toBeGreaterThan(20)
    expect(byName(asDocumented)).toEqual(
      rows.map(({ 'Deleted Item Quota (Byte)': _quota, 'Has Archive': _archive, ...rest }) => rest),
    )
  })
})
