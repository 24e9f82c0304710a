import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { createFakeGraph } from './create-fake-graph'
import type { FakeGraphOptions } from './fake-graph-options'

const GRAPH = 'https://graph.microsoft.com'
const SITES = "getSharePointSiteUsageDetail(period='D7')"
const ACCOUNTS = "getOneDriveUsageAccountDetail(period='D7')"

/** A client of one fake: the CSV through the 302 and its link, parsed by header; the beta JSON page. */
function client(options: FakeGraphOptions = {}) {
  const fake = createFakeGraph({ seed: 42, users: 120, now: '2026-11-27T00:00:00Z', ...options })
  const get = (path: string) => fake.fetch(new Request(`${GRAPH}${path}`, { headers: { Authorization: 'Bearer x' } }))
  return {
    csv: async (path: string) => {
      const redirect = await get(path)
      expect(redirect.status).toBe(302)
      const download = await fake.fetch(new Request(redirect.headers.get('location') as string))
      return parse(await download.text(), { bom: true, columns: true }) as Record<string, string>[]
    },
    json: async (path: string) => (await (await get(`${path}?$format=application/json`)).json()).value,
    /** Every item, page after page of `top`, following each nextLink as a client does. */
    pages: async (path: string, top: number) => {
      const items: Record<string, unknown>[] = []
      let next: string | undefined = `${GRAPH}${path}?$format=application/json&$top=${top}`
      while (next) {
        const page = await (await fake.fetch(new Request(next, { headers: { Authorization: 'Bearer x' } }))).json()
        expect(page.value.length).toBeLessThanOrEqual(top)
        items.push(...page.value)
        next = page['@odata.nextLink']
      }
      return items
    },
  }
}

describe('the site usage Detail on each version (docs/usage-reports.md §17)', () => {
  it('downloads v1.0’s 15 columns from a v1.0 link and beta’s 23 from a beta link, the same sites in order', async () => {
    const { csv } = client()
    const v1 = await csv(`/v1.0/reports/${SITES}`)
    const beta = await csv(`/beta/reports/${SITES}`)
    expect(Object.keys(v1[0] ?? {})).toHaveLength(15)
    expect(Object.keys(beta[0] ?? {})).toHaveLength(23)
    expect(Object.keys(v1[0] ?? {})).not.toContain('Geo Location')
    expect(beta.map((row) => row['Site Id'])).toEqual(v1.map((row) => row['Site Id']))
    for (const [i, row] of v1.entries())
      for (const [header, cell] of Object.entries(row)) expect(beta[i]?.[header]).toBe(cell)
  })

  it('pages beta’s JSON with the governance fields, agreeing with the beta CSV', async () => {
    const { csv, json } = client()
    const [item] = await json(`/beta/reports/${SITES}`)
    const [row] = await csv(`/beta/reports/${SITES}`)
    expect(Object.keys(item)).toHaveLength(23)
    expect(item).toMatchObject({ siteUrl: row?.['Site URL'], geoLocation: row?.['Geo Location'] })
    expect(item.externalSharing).toBe(row?.['External Sharing'] === 'True')
  })

  it('leaves Site URL empty with blankSiteUrls, and every other cell as it was', async () => {
    const plain = client()
    const blank = client({ blankSiteUrls: true })
    for (const path of [`/v1.0/reports/${SITES}`, `/v1.0/reports/${ACCOUNTS}`]) {
      const before = await plain.csv(path)
      const after = await blank.csv(path)
      expect(before.every((row) => row['Site URL']?.startsWith('https://'))).toBe(true)
      expect(after.length).toBeGreaterThan(5)
      expect(after).toEqual(before.map((row) => ({ ...row, 'Site URL': '' })))
    }
    const [item] = await blank.json(`/beta/reports/${SITES}`)
    expect(item.siteUrl).toBe('')
  })

  it('pages both Details by $top and nextLink to the same items as one page', async () => {
    const { json, pages } = client()
    for (const path of [`/beta/reports/${SITES}`, `/beta/reports/${ACCOUNTS}`]) {
      const whole = await json(path)
      expect(whole.length).toBeGreaterThan(10)
      expect(await pages(path, 4)).toEqual(whole)
    }
  })
})
