import { formatDay, generateTenant, SERVICE_LABELS, SERVICES, type Tenant } from '@fake-graph/tenant'
import { describe, expect, it } from 'vitest'
import { legacyDetail } from './definitions/legacy-detail'
import { legacyServices } from './definitions/legacy-services'
import { legacyUsers } from './definitions/legacy-users'
import { office365ActiveUserCounts } from './definitions/office365-active-user-counts'
import { office365ActiveUserDetail } from './definitions/office365-active-user-detail'
import { office365ServicesUserCounts } from './definitions/office365-services-user-counts'
import { PERIODS } from './report-request'
import { readCsv } from './test-support'

const now = new Date('2026-11-27T00:00:00Z')
const SEEDS = Array.from({ length: 50 }, (_, seed) => seed * 7919 + 1)
const labels = SERVICES.map((service) => SERVICE_LABELS[service])

// Each property reads the reports as a client would (parsed CSV), so it checks the whole pipeline.
describe.each(SEEDS)('reports agree with each other (seed %i)', (seed) => {
  const tenant: Tenant = generateTenant({ seed, users: 120, now })

  it.each(PERIODS)('services = Detail rows by last activity, over D%i', (period) => {
    const start = formatDay(tenant.refreshDate - period + 1)
    const detail = readCsv(office365ActiveUserDetail, { tenant, selection: { period } })
    const [services] = readCsv(office365ServicesUserCounts, { tenant, selection: { period } })
    const inPeriod = (date: string | undefined) => !!date && date >= start
    for (const label of labels) {
      const licensed = detail.filter((row) => row[`Has ${label} License`] === 'True')
      const active = licensed.filter((row) => inPeriod(row[`${label} Last Activity Date`]))
      expect(Number(services?.[`${label} Active`]), label).toBe(active.length)
      expect(Number(services?.[`${label} Inactive`]), label).toBe(licensed.length - active.length)
    }
    const anyActive = detail.filter((row) => labels.some((label) => inPeriod(row[`${label} Last Activity Date`])))
    const anyLicence = detail.filter((row) => labels.some((label) => row[`Has ${label} License`] === 'True'))
    expect(Number(services?.['Office 365 Active'])).toBe(anyActive.length)
    expect(Number(services?.['Office 365 Inactive'])).toBe(anyLicence.length - anyActive.length)
    expect(services?.['Report Period']).toBe(String(period))
  })

  it('daily counts = Detail rows for that date', () => {
    const counts = readCsv(office365ActiveUserCounts, { tenant, selection: { period: 7 } })
    expect(counts).toHaveLength(7)
    for (const row of counts) {
      const date = row['Report Date'] as string
      const day = tenant.refreshDate - counts.indexOf(row)
      expect(date).toBe(formatDay(day))
      const active = readCsv(office365ActiveUserDetail, { tenant, selection: { date: day } })
      expect(Number(row['Office 365'])).toBe(active.length)
      for (const label of labels) {
        const used = active.filter((user) => user[`${label} Last Activity Date`] === date)
        expect(Number(row[label]), `${label} on ${date}`).toBe(used.length)
      }
    }
  })

  it('no day counts more active users than the period does', () => {
    const counts = readCsv(office365ActiveUserCounts, { tenant, selection: { period: 30 } })
    const [services] = readCsv(office365ServicesUserCounts, { tenant, selection: { period: 30 } })
    for (const label of [...labels, 'Office 365']) {
      const peak = Math.max(...counts.map((row) => Number(row[label])))
      expect(peak).toBeLessThanOrEqual(Number(services?.[`${label} Active`]))
    }
  })

  it('legacy views carry the current numbers without Teams', () => {
    const request = { tenant, selection: { period: 30 } } as const
    const users = readCsv(legacyUsers, request)
    readCsv(office365ActiveUserCounts, request).forEach((row, i) => {
      expect(users[i]?.['Office 365']).toBe(row['Office 365'])
      expect(users[i]?.Exchange).toBe(row.Exchange)
      expect(users[i]?.['Last activity date(UTC)']).toBe(row['Report Date'])
    })
    const [legacy] = readCsv(legacyServices, request)
    const [current] = readCsv(office365ServicesUserCounts, request)
    expect(legacy?.SkypeInActive).toBe(current?.['Skype For Business Inactive'])
    expect(legacy?.OneDriveActive).toBe(current?.['OneDrive Active'])
    const detail = readCsv(legacyDetail, request)
    expect(detail.map((row) => row['User principal name'])).toEqual(
      readCsv(office365ActiveUserDetail, request).map((row) => row['User Principal Name']),
    )
  })
})
