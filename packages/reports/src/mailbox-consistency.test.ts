import {
  formatDay,
  generateTenant,
  LARGE_QUOTAS,
  loadTenant,
  Mailbox,
  STANDARD_QUOTAS,
  toTenantRecord,
} from '@fake-graph/tenant'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emailActivityUserDetail } from './definitions/email-activity-user-detail'
import { mailboxUsageDetail } from './definitions/mailbox-usage-detail'
import { mailboxUsageMailboxCounts } from './definitions/mailbox-usage-mailbox-counts'
import { mailboxUsageQuotaStatusMailboxCounts } from './definitions/mailbox-usage-quota-status-mailbox-counts'
import { mailboxUsageStorage } from './definitions/mailbox-usage-storage'
import { office365ActiveUserCounts } from './definitions/office365-active-user-counts'
import { office365ActiveUserDetail } from './definitions/office365-active-user-detail'
import { IDLE, USERS_PER_IDLE } from './idle'
import { PERIODS } from './report-request'
import { readCsv } from './test-support'

const now = new Date('2026-11-27T00:00:00Z')
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 })
const tenantOf = (seed: number) => generateTenant({ seed, users: 80, now })
/** An empty tally cell is a zero (docs/usage-reports.md §2). */
const count = (cell: string | undefined) => (cell === '' ? 0 : Number(cell))
const STATES = ['Under Limit', 'Warning Issued', 'Send Prohibited', 'Send/Receive Prohibited', 'Indeterminate']
const QUOTA_COLUMNS = [
  'Issue Warning Quota (Byte)',
  'Prohibit Send Quota (Byte)',
  'Prohibit Send/Receive Quota (Byte)',
  'Deleted Item Quota (Byte)',
]
const quotasOf = (quotas: typeof STANDARD_QUOTAS) =>
  [quotas.issueWarning, quotas.prohibitSend, quotas.prohibitSendReceive, quotas.deletedItems].map(String)

/** The quota state a real admin would read off a Detail row (spec §1.5). */
function stateOf(row: Record<string, string>): string {
  const used = Number(row['Storage Used (Byte)'])
  if (used < Number(row['Issue Warning Quota (Byte)'])) return 'Under Limit'
  if (used < Number(row['Prohibit Send Quota (Byte)'])) return 'Warning Issued'
  if (used < Number(row['Prohibit Send/Receive Quota (Byte)'])) return 'Send Prohibited'
  return 'Send/Receive Prohibited'
}

// Each property reads the reports as a client would (parsed CSV, by header name).
describe('the mailbox usage reports agree with each other, the email activity and the active users', () => {
  it('Detail lists the active-users Detail users with an Exchange licence, their Exchange last activity and licence date', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...PERIODS), (seed, period) => {
        const tenant = tenantOf(seed)
        const selection = { period }
        const detail = readCsv(mailboxUsageDetail, { tenant, selection })
        const licensed = readCsv(office365ActiveUserDetail, { tenant, selection }).filter(
          (row) => row['Has Exchange License'] === 'True',
        )
        expect(detail.length).toBeGreaterThan(40)
        expect(detail.map((row) => row['User Principal Name'])).toEqual(
          licensed.map((row) => row['User Principal Name']),
        )
        detail.forEach((row, i) => {
          const user = licensed[i] as Record<string, string>
          expect(row['Last Activity Date']).toBe(user['Exchange Last Activity Date'])
          expect(row['Created Date']).toBe(user['Exchange License Assign Date'])
          expect([row['Is Deleted'], row['Deleted Date'], row['Display Name']]).toEqual([
            user['Is Deleted'],
            user['Deleted Date'],
            user['Display Name'],
          ])
          expect(row['Report Period']).toBe(String(period))
          const quotas = QUOTA_COLUMNS.map((column) => row[column])
          expect([quotasOf(STANDARD_QUOTAS), quotasOf(LARGE_QUOTAS)]).toContainEqual(quotas)
          // The mail keeps arriving: no mailbox is stopped from receiving it.
          expect(stateOf(row)).not.toBe('Send/Receive Prohibited')
          // A mailbox never used may hold nothing; one that holds items holds bytes.
          expect(Number(row['Storage Used (Byte)']) > 0).toBe(Number(row['Item Count']) > 0)
          expect(Number(row['Deleted Item Size (Byte)']) > 0).toBe(Number(row['Deleted Item Count']) > 0)
          expect(['True', 'False']).toContain(row['Has Archive'])
        })
      }),
      { numRuns: 20 },
    )
  })

  it('a mailbox grows by the mail the email activity Detail counts, sent and received', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...PERIODS), (seed, period) => {
        const tenant = tenantOf(seed)
        const email = readCsv(emailActivityUserDetail, { tenant, selection: { period } })
        const byName = new Map(email.map((row) => [row['User Principal Name'], row]))
        const start = tenant.refreshDate - period + 1
        let grew = 0
        for (const user of tenant.users()) {
          const mailbox = Mailbox.of(user, tenant.firstDay, tenant.refreshDate)
          const row = byName.get(user.userPrincipalName)
          if (!mailbox || !row) continue
          const arrived = mailbox.arrivedBy(tenant.refreshDate) - mailbox.arrivedBy(start - 1)
          const mail = Number(row['Send Count']) + Number(row['Receive Count'])
          // A mailbox made within the period also holds what it started with.
          if (mailbox.created < start) expect(arrived).toBe(mail)
          else expect(arrived).toBeGreaterThanOrEqual(mail)
          const later = mailbox.storageUsed(mailbox.arrivedBy(tenant.refreshDate))
          expect(later).toBeGreaterThanOrEqual(mailbox.storageUsed(mailbox.arrivedBy(start - 1)))
          if (mail > 0) grew++
        }
        expect(grew).toBeGreaterThan(0)
      }),
      { numRuns: 10 },
    )
  })

  it('mailbox counts per day: every mailbox then existing, the active ones the active users’ Exchange', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...PERIODS), (seed, period) => {
        const tenant = tenantOf(seed)
        const counts = readCsv(mailboxUsageMailboxCounts, { tenant, selection: { period } })
        const active = readCsv(office365ActiveUserCounts, { tenant, selection: { period } })
        const detail = readCsv(mailboxUsageDetail, { tenant, selection: { period } })
        expect(counts).toHaveLength(period)
        expect(counts.map((row) => row['Report Date'])).toEqual(active.map((row) => row['Report Date']))
        counts.forEach((row, i) => {
          expect(count(row.Active)).toBe(count(active[i]?.Exchange))
          expect(count(row.Active)).toBeLessThanOrEqual(count(row.Total))
        })
        // On the refresh date the mailboxes are the Detail's rows not deleted.
        const alive = detail.filter((row) => row['Is Deleted'] === 'False')
        expect(count(counts[0]?.Total)).toBe(alive.length)
        // And on any day, the Detail's mailboxes made by then and not yet deleted.
        for (const row of counts) {
          const day = row['Report Date'] as string
          const existing = detail.filter(
            (user) =>
              (user['Created Date'] as string) <= day &&
              (user['Deleted Date'] === '' || (user['Deleted Date'] as string) > day),
          )
          expect(count(row.Total)).toBe(existing.length)
        }
      }),
      { numRuns: 15 },
    )
  })

  it('quota states and storage are the Detail’s mailboxes summed on the refresh date, and the mailbox total every day', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...PERIODS), (seed, period) => {
        const tenant = tenantOf(seed)
        const selection = { period }
        const alive = readCsv(mailboxUsageDetail, { tenant, selection }).filter((row) => row['Is Deleted'] === 'False')
        const states = readCsv(mailboxUsageQuotaStatusMailboxCounts, { tenant, selection })
        const storage = readCsv(mailboxUsageStorage, { tenant, selection })
        const totals = readCsv(mailboxUsageMailboxCounts, { tenant, selection })
        expect(states).toHaveLength(period)
        expect(storage).toHaveLength(period)
        const newest = states[0] as Record<string, string>
        for (const state of STATES) {
          expect(count(newest[state]), state).toBe(alive.filter((row) => stateOf(row) === state).length)
        }
        const bytes = alive.reduce((sum, row) => sum + Number(row['Storage Used (Byte)']), 0)
        expect(Number(storage[0]?.['Storage Used (Byte)'])).toBe(bytes)
        states.forEach((row, i) => {
          expect(STATES.reduce((sum, state) => sum + count(row[state]), 0)).toBe(count(totals[i]?.Total))
          expect(row['Report Date']).toBe(storage[i]?.['Report Date'])
        })
      }),
      { numRuns: 15 },
    )
  })

  it('storage on each past day is the sum of each mailbox as it then stood, and never falls unless a mailbox goes', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const tenant = tenantOf(seed)
        const storage = readCsv(mailboxUsageStorage, { tenant, selection: { period: 30 } })
        for (const row of storage) {
          const day = tenant.refreshDate - storage.indexOf(row)
          expect(row['Report Date']).toBe(formatDay(day))
          let bytes = 0
          for (const user of tenant.users()) {
            const mailbox = Mailbox.of(user, tenant.firstDay, tenant.refreshDate)
            if (mailbox?.existsOn(day)) bytes += mailbox.storageUsed(mailbox.arrivedBy(day))
          }
          expect(Number(row['Storage Used (Byte)'])).toBe(bytes)
        }
      }),
      { numRuns: 5 },
    )
  })
})

describe('the quota states of a large tenant', () => {
  it('has mailboxes warned and stopped from sending, never from receiving, and Indeterminate 0', () => {
    const tenant = generateTenant({ seed: 42, users: 5000, now })
    const [newest] = readCsv(mailboxUsageQuotaStatusMailboxCounts, { tenant, selection: { period: 7 } })
    expect(count(newest?.['Warning Issued'])).toBeGreaterThan(0)
    expect(count(newest?.['Send Prohibited'])).toBeGreaterThan(0)
    expect(newest?.['Send/Receive Prohibited']).toBe('0')
    expect(newest?.Indeterminate).toBe('0')
    expect(count(newest?.['Under Limit'])).toBeGreaterThan(0.99 * 4000)
  })
})

describe('a scenario’s own mailbox (docs/usage-reports.md §18)', () => {
  const user = (id: string, name: string, extra: object) => ({
    id: `6f1c3a52-0d4e-4c8b-9a57-2b1e8f0c7d${id}`,
    userPrincipalName: `${name}@contoso.onmicrosoft.com`,
    displayName: name,
    assignedProducts: ['EXCHANGE ONLINE (PLAN 1)'],
    licenses: { exchange: '2024-03-01' },
    activity: { exchange: ['2026-11-20', '2026-11-24'] },
    ...extra,
  })
  const scenario = (users: object[]) => ({
    organization: { id: '6f1c3a52-0d4e-4c8b-9a57-2b1e8f0c7d31', name: 'Contoso', domain: 'contoso.onmicrosoft.com' },
    refreshDate: '2026-11-25',
    users,
  })

  it('hands the loop back while it passes over users without an Exchange licence, who have no mailbox', () => {
    const users = Array.from({ length: 3000 }, (_, i) => ({
      ...user(String(i).padStart(6, '0').slice(-2), `u${i}`, {}),
      id: `6f1c3a52-0d4e-4c8b-9a57-${String(i).padStart(12, '0')}`,
      assignedProducts: ['ONEDRIVE FOR BUSINESS (PLAN 1)'],
      licenses: { oneDrive: '2024-03-01' },
      activity: {},
    }))
    const tenant = loadTenant(scenario(users), { now })
    const rows = [...mailboxUsageDetail.rows({ tenant, selection: { period: 7 } })]
    expect(rows.filter((row) => row !== IDLE)).toEqual([])
    // Every USERS_PER_IDLE users passed over, the stream may look at the clock.
    expect(rows.length).toBeGreaterThanOrEqual(Math.floor(3000 / USERS_PER_IDLE))
  })

  it('holds the size the scenario gives on the refresh date, in the state it puts it, with the archive it says', () => {
    const full = STANDARD_QUOTAS.prohibitSend + 1234
    const tenant = loadTenant(
      scenario([
        user('01', 'full', { mailbox: { storageUsedInBytes: full, hasArchive: false } }),
        user('02', 'over', { mailbox: { storageUsedInBytes: STANDARD_QUOTAS.prohibitSendReceive + 1 } }),
        user('03', 'plain', {}),
      ]),
      { now },
    )
    const detail = readCsv(mailboxUsageDetail, { tenant, selection: { period: 7 } })
    expect(detail.map((row) => [row['User Principal Name']?.split('@')[0], stateOf(row)])).toEqual([
      ['full', 'Send Prohibited'],
      ['over', 'Send/Receive Prohibited'],
      ['plain', 'Under Limit'],
    ])
    expect(detail[0]?.['Storage Used (Byte)']).toBe(String(full))
    expect(detail[0]?.['Has Archive']).toBe('False')
    const [newest, before] = readCsv(mailboxUsageQuotaStatusMailboxCounts, { tenant, selection: { period: 7 } })
    expect([newest?.['Send Prohibited'], newest?.['Send/Receive Prohibited'], newest?.['Under Limit']]).toEqual([
      '1',
      '1',
      '1',
    ])
    // They grew to those sizes by the mail of 2026-11-24: the day before, they held less.
    const storage = readCsv(mailboxUsageStorage, { tenant, selection: { period: 7 } })
    const total = detail.reduce((sum, row) => sum + Number(row['Storage Used (Byte)']), 0)
    expect(storage.map((row) => row['Report Date']).slice(0, 3)).toEqual(['2026-11-25', '2026-11-24', '2026-11-23'])
    expect(Number(storage[1]?.['Storage Used (Byte)'])).toBe(total)
    expect(Number(storage[2]?.['Storage Used (Byte)'])).toBeLessThan(total)
    expect(before?.['Report Date']).toBe('2026-11-24')
  })

  it("refuses a size past 1 PiB, which no tenant's storage sum could print whole", () => {
    const record = scenario([user('01', 'huge', { mailbox: { storageUsedInBytes: 2 ** 53 + 2 } })])
    expect(() => loadTenant(record, { now })).toThrow(
      /users\/0\/mailbox\/storageUsedInBytes must be <= 1125899906842624/,
    )
  })

  it('refuses a mailbox for a user without an Exchange licence, naming the field', () => {
    const record = scenario([user('04', 'nomail', { licenses: {}, activity: {}, mailbox: { hasArchive: true } })])
    expect(() => loadTenant(record, { now })).toThrow(/users\/0\/mailbox.*without an Exchange licence/)
  })

  it('keeps the mailbox through a round trip of the record', () => {
    const tenant = loadTenant(scenario([user('05', 'kept', { mailbox: { storageUsedInBytes: 4096 } })]), { now })
    expect(toTenantRecord(tenant).users[0]?.mailbox).toEqual({ storageUsedInBytes: 4096 })
  })
})
