import { generateTenant } from '@fake-graph/tenant'
import { describe, expect, it } from 'vitest'
import { csvLines } from './csv-writer'
import { legacyDetail } from './definitions/legacy-detail'
import { office365ActiveUserCounts } from './definitions/office365-active-user-counts'
import { office365ActiveUserDetail } from './definitions/office365-active-user-detail'
import { office365ServicesUserCounts } from './definitions/office365-services-user-counts'
import { jsonPageParts } from './json-writer'
import { readCsv } from './test-support'

const tenant = generateTenant({ seed: 9, users: 450, now: new Date('2026-11-27T00:00:00Z') })
const context = 'https://graph.microsoft.com/beta/$metadata#Collection(microsoft.graph.office365ActiveUserDetail)'
const nextLink = (skip: number) => `next?skip=${skip}`
type Page = { '@odata.context': string; value: Record<string, unknown>[]; '@odata.nextLink'?: string }
const page = (skip?: number, top?: number): Page =>
  JSON.parse(
    [
      ...jsonPageParts(
        office365ActiveUserDetail,
        { tenant, selection: { period: 180 } },
        { context, nextLink, skip, top },
      ),
    ].join(''),
  )

describe('beta JSON pages', () => {
  it('pages 200 items at a time, with a nextLink while more remain', () => {
    const all = readCsv(office365ActiveUserDetail, { tenant, selection: { period: 180 } })
    expect(all.length).toBeGreaterThan(400)
    const first = page()
    expect(first['@odata.context']).toBe(context)
    expect(first.value).toHaveLength(200)
    expect(first['@odata.nextLink']).toBe('next?skip=200')
    const third = page(400)
    expect(third.value).toHaveLength(all.length - 400)
    expect(third['@odata.nextLink']).toBeUndefined()
    const names = [...first.value, ...page(200).value, ...third.value].map((item) => item.userPrincipalName)
    expect(names).toEqual(all.map((row) => row['User Principal Name']))
  })

  it('honours $top', () => {
    const small = page(10, 5)
    expect(small.value).toHaveLength(5)
    expect(small['@odata.nextLink']).toBe('next?skip=15')
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
  it('hides names behind a stable token and leaves every count unchanged', () => {
    const plain = readCsv(office365ActiveUserDetail, { tenant, selection: { period: 30 } })
    const hidden = readCsv(office365ActiveUserDetail, { tenant, selection: { period: 30 }, concealNames: true })
    expect(hidden).toHaveLength(plain.length)
    hidden.forEach((row, i) => {
      expect(row['User Principal Name']).toMatch(/^[0-9A-F]{32}$/)
      expect(row['Display Name']).toBe(row['User Principal Name'])
      expect({ ...row, 'User Principal Name': '', 'Display Name': '' }).toEqual({
        ...plain[i],
        'User Principal Name': '',
        'Display Name': '',
      })
    })
    const again = readCsv(office365ActiveUserDetail, { tenant, selection: { period: 7 }, concealNames: true })
    expect(again[0]?.['User Principal Name']).toBe(hidden[0]?.['User Principal Name'])
    const counts = (concealNames: boolean) =>
      [...csvLines(office365ServicesUserCounts, { tenant, selection: { period: 7 }, concealNames })].join('')
    expect(counts(true)).toBe(counts(false))
  })
})
