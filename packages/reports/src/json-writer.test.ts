import { generateTenant } from '@fake-graph/tenant'
import { describe, expect, it } from 'vitest'
import { csvLines } from './csv-writer'
import { legacyDetail } from './definitions/legacy-detail'
import { m365AppUserCounts } from './definitions/m365-app-user-counts'
import { m365AppUserDetail } from './definitions/m365-app-user-detail'
import { office365ActivationsUserDetail } from './definitions/office365-activations-user-detail'
import { office365ActiveUserCounts } from './definitions/office365-active-user-counts'
import { office365ActiveUserDetail } from './definitions/office365-active-user-detail'
import { office365ServicesUserCounts } from './definitions/office365-services-user-counts'
import { jsonPageParts } from './json-writer'
import type { AnyReportDefinition } from './report-definition'
import { readCsv } from './test-support'

const tenant = generateTenant({ seed: 9, users: 450, now: new Date('2026-11-27T00:00:00Z') })
const context = 'https://graph.microsoft.com/beta/$metadata#Collection(microsoft.graph.office365ActiveUserDetail)'
const nextLink = (skip: number) => `next?skip=${skip}`
type Page = { '@odata.context': string; value: Record<string, unknown>[]; '@odata.nextLink'?: string }
/** A page of a report's JSON, parsed: the Detail over 180 days unless told otherwise. */
const page = (skip?: number, top?: number, report: AnyReportDefinition = office365ActiveUserDetail): Page =>
  JSON.parse(
    [...jsonPageParts(report, { tenant, selection: { period: 180 } }, { context, nextLink, skip, top })].join(''),
  )

describe('beta JSON pages', () => {
  /** The position a page's next link resumes at. */
  const nextOf = (current: Page) => Number(current['@odata.nextLink']?.replace('next?skip=', ''))

  it('pages 200 items at a time, each next link resuming at the user of the next row', () => {
    const all = readCsv(office365ActiveUserDetail, { tenant, selection: { period: 180 } })
    expect(all.length).toBeGreaterThan(400)
    const first = page()
    expect(first['@odata.context']).toBe(context)
    expect(first.value).toHaveLength(200)
    // The token is the index of the next listed user: past 200, since some users are not listed.
    const users = [...tenant.users()]
    expect(users[nextOf(first)]?.userPrincipalName).toBe(all[200]?.['User Principal Name'])
    const second = page(nextOf(first))
    const third = page(nextOf(second))
    expect(third.value).toHaveLength(all.length - 400)
    expect(third['@odata.nextLink']).toBeUndefined()
    const names = [...first.value, ...second.value, ...third.value].map((item) => item.userPrincipalName)
    expect(names).toEqual(all.map((row) => row['User Principal Name']))
  })

  it('starts a page past the last user with no items and no next link, without walking the users', () => {
    let walked = 0
    const counted = {
      ...tenant,
      users: function* (from = 0) {
        for (const user of tenant.users(from)) {
          walked++
          yield user
        }
      },
    }
    const parts = jsonPageParts(
      office365ActiveUserDetail,
      { tenant: counted, selection: { period: 180 } },
      { context, nextLink, skip: 999_999_999 },
    )
    expect(JSON.parse([...parts].join(''))).toEqual({ '@odata.context': context, value: [] })
    expect(walked).toBe(0)
  })

  it('honours $top', () => {
    const small = page(10, 5)
    expect(small.value).toHaveLength(5)
    expect(nextOf(small)).toBeGreaterThanOrEqual(15)
    expect(page(nextOf(small), 1).value[0]).toEqual(page(10, 6).value[5])
  })

  it('pages a report without positions by the number of items', () => {
    const counts = (skip?: number, top?: number) => page(skip, top, office365ActiveUserCounts)
    expect(counts(undefined, 10)['@odata.nextLink']).toBe('next?skip=10')
    expect(counts(175, 10).value).toHaveLength(5)
    expect(counts(999_999_999).value).toEqual([])
  })

  it('uses JSON types: booleans, nulls, a products array', () => {
    const item = page().value[0] ?? expect.fail('no items')
    expect(Object.keys(item)).toHaveLength(24)
    expect(typeof item.isDeleted).toBe('boolean')
    expect(typeof item.hasExchangeLicense).toBe('boolean')
    expect(Array.isArray(item.assignedProducts)).toBe(true)
    expect(item.reportRefreshDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const nulls = page().value.filter((row) => row.deletedDate === null)
    expect(nulls.length).toBeGreaterThan(0)
  })

  it('spells the counts period as a string, and counts as numbers', () => {
    const [item] = JSON.parse(
      [...jsonPageParts(office365ActiveUserCounts, { tenant, selection: { period: 7 } }, { context, nextLink })].join(
        '',
      ),
    ).value
    expect(item.reportPeriod).toBe('7')
    expect(typeof item.office365).toBe('number')
    const [services] = JSON.parse(
      [
        ...jsonPageParts(office365ServicesUserCounts, { tenant, selection: { period: 30 } }, { context, nextLink }),
      ].join(''),
    ).value
    expect(Object.keys(services)).toHaveLength(16)
    expect(services.reportPeriod).toBe('30')
  })

  it('refuses the legacy form, which has no JSON rendering', () => {
    expect(() => [...jsonPageParts(legacyDetail, { tenant, selection: { period: 7 } }, { context, nextLink })]).toThrow(
      /no JSON rendering/,
    )
  })
})

describe('concealed names', () => {
  const concealed = (selection: { period: 7 | 30 | 180 }) => ({ tenant, selection, concealNames: true })

  it('hides each name behind a token of its own and leaves every other cell unchanged', () => {
    const plain = readCsv(office365ActiveUserDetail, { tenant, selection: { period: 30 } })
    const hidden = readCsv(office365ActiveUserDetail, concealed({ period: 30 }))
    expect(hidden).toHaveLength(plain.length)
    hidden.forEach((row, i) => {
      expect(row['User Principal Name']).toMatch(/^[0-9A-F]{32}$/)
      expect(row['Display Name']).toMatch(/^[0-9A-F]{32}$/)
      expect(row['Display Name']).not.toBe(row['User Principal Name'])
      expect({ ...row, 'User Principal Name': '', 'Display Name': '' }).toEqual({
        ...plain[i],
        'User Principal Name': '',
        'Display Name': '',
      })
    })
    const counts = (concealNames: boolean) =>
      [...csvLines(office365ServicesUserCounts, { tenant, selection: { period: 7 }, concealNames })].join('')
    expect(counts(true)).toBe(counts(false))
  })

  it('gives a user the same tokens in the CSV, the beta JSON, the seed form and every period', () => {
    // Each user's pair of tokens, keyed by the plain user principal name at the same row of the same report.
    const byUser = new Map<string, string>()
    const see = (form: string, key: string | undefined, upn: unknown, name: unknown) => {
      const seen = byUser.get(key as string)
      if (seen === undefined) byUser.set(key as string, `${upn}|${name}`)
      else expect(`${upn}|${name}`, `${form}, user ${key}`).toBe(seen)
    }
    for (const period of [180, 30, 7] as const) {
      const keys = readCsv(office365ActiveUserDetail, { tenant, selection: { period } }).map(
        (row) => row['User Principal Name'],
      )
      for (const [i, row] of readCsv(office365ActiveUserDetail, concealed({ period })).entries())
        see(`CSV D${period}`, keys[i], row['User Principal Name'], row['Display Name'])
      for (const [i, row] of readCsv(legacyDetail, concealed({ period })).entries())
        see(`seed form D${period}`, keys[i], row['User principal name'], row.DisplayName)
      const json: Page = JSON.parse(
        [...jsonPageParts(office365ActiveUserDetail, concealed({ period }), { context, nextLink })].join(''),
      )
      for (const [i, row] of json.value.entries())
        see(`beta JSON D${period}`, keys[i], row.userPrincipalName, row.displayName)
    }
    expect(byUser.size).toBe(readCsv(office365ActiveUserDetail, { tenant, selection: { period: 180 } }).length)
  })
})

describe('nested JSON pages (docs/usage-reports.md §9, §10)', () => {
  type Nested = { value: Record<string, unknown>[]; '@odata.nextLink'?: string; '@odata.context'?: string }
  const nestedPage = (report: AnyReportDefinition, skip?: number, top?: number): Nested =>
    JSON.parse(
      [...jsonPageParts(report, { tenant, selection: { period: 7 } }, { context, nextLink, skip, top })].join(''),
    )
  const all = (report: AnyReportDefinition, top: number) => {
    const items: Record<string, unknown>[] = []
    let skip: number | undefined
    for (let pages = 0; pages < 1000; pages++) {
      const current = nestedPage(report, skip, top)
      items.push(...current.value)
      if (!current['@odata.nextLink']) return items
      skip = Number(current['@odata.nextLink'].replace('next?skip=', ''))
    }
    return expect.fail('the pages never ended')
  }

  it('nests each Microsoft 365 Apps Detail row under details, with a numeric period, "" for no date and no context', () => {
    const rows = readCsv(m365AppUserDetail, { tenant, selection: { period: 7 } })
    const first = nestedPage(m365AppUserDetail, undefined, 3)
    expect(first['@odata.context']).toBeUndefined()
    expect(first.value).toHaveLength(3)
    const items = all(m365AppUserDetail, 150)
    expect(items.map((item) => item.userPrincipalName)).toEqual(rows.map((row) => row['User Principal Name']))
    items.forEach((item, i) => {
      const row = rows[i] as Record<string, string>
      expect(Object.keys(item)).toEqual([
        'reportRefreshDate',
        'userPrincipalName',
        'lastActivationDate',
        'lastActivityDate',
        'details',
      ])
      expect(item.lastActivationDate).toBe(row['Last Activation Date'])
      expect(item.lastActivityDate).toBe(row['Last Activity Date'])
      const [details, ...more] = item.details as Record<string, unknown>[]
      expect(more).toEqual([])
      expect(details?.reportPeriod).toBe(7)
      expect(details?.teamsWeb).toBe(row['Teams (Web)'] === 'Yes')
      expect(details?.powerPointMac).toBe(row['PowerPoint (Mac)'] === 'Yes')
      expect(Object.keys(details ?? {})).toHaveLength(35)
    })
    expect(rows.some((row) => row['Last Activation Date'] === '')).toBe(true)
  })

  it('gives the apps counts one item, every day under userCounts, and an empty page past it', () => {
    const rows = readCsv(m365AppUserCounts, { tenant, selection: { period: 7 } })
    const { value } = nestedPage(m365AppUserCounts)
    expect(value).toHaveLength(1)
    const [item] = value as [Record<string, unknown>]
    expect([item.reportRefreshDate, item.reportPeriod]).toEqual([rows[0]?.['Report Refresh Date'], 7])
    expect(item.userCounts).toEqual(
      rows.map((row) => ({
        reportDate: row['Report Date'],
        outlook: Number(row.Outlook),
        word: Number(row.Word),
        excel: Number(row.Excel),
        powerPoint: Number(row.PowerPoint),
        oneNote: Number(row.OneNote),
        teams: Number(row.Teams),
      })),
    )
    expect(nestedPage(m365AppUserCounts, 1).value).toEqual([])
  })

  it('groups a user’s activations under userActivationCounts, one item per user, across pages of any size', () => {
    const rows = readCsv(office365ActivationsUserDetail, { tenant, selection: { period: 7 } })
    const users = new Set(rows.map((row) => row['User Principal Name']))
    expect(users.size).toBeLessThan(rows.length)
    for (const top of [1, 7, 200]) {
      const items = all(office365ActivationsUserDetail, top)
      expect(items).toHaveLength(users.size)
      const flat = items.flatMap((item) =>
        (item.userActivationCounts as Record<string, unknown>[]).map((counts) => [
          item.userPrincipalName,
          counts.productType,
          counts.lastActivatedDate,
          counts.windows,
          counts.activatedOnSharedComputer,
        ]),
      )
      expect(flat).toEqual(
        rows.map((row) => [
          row['User Principal Name'],
          row['Product Type'],
          row['Last Activated Date'] || null,
          Number(row.Windows),
          row['Activated On Shared Computer'] === 'True',
        ]),
      )
    }
    expect(nestedPage(office365ActivationsUserDetail)['@odata.context']).toBe(context)
  })
})
