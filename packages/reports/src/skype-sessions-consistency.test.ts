import { formatDay, generateTenant, type Tenant } from '@fake-graph/tenant'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { office365ActiveUserCounts } from './definitions/office365-active-user-counts'
import { skypeForBusinessActivityCounts } from './definitions/skype-for-business-activity-counts'
import { skypeForBusinessActivityUserDetail } from './definitions/skype-for-business-activity-user-detail'
import { skypeForBusinessOrganizerActivityCounts } from './definitions/skype-for-business-organizer-activity-counts'
import { skypeForBusinessOrganizerActivityMinuteCounts } from './definitions/skype-for-business-organizer-activity-minute-counts'
import { skypeForBusinessOrganizerActivityUserCounts } from './definitions/skype-for-business-organizer-activity-user-counts'
import { skypeForBusinessParticipantActivityCounts } from './definitions/skype-for-business-participant-activity-counts'
import { skypeForBusinessParticipantActivityMinuteCounts } from './definitions/skype-for-business-participant-activity-minute-counts'
import { skypeForBusinessParticipantActivityUserCounts } from './definitions/skype-for-business-participant-activity-user-counts'
import { skypeForBusinessPeerToPeerActivityCounts } from './definitions/skype-for-business-peer-to-peer-activity-counts'
import { skypeForBusinessPeerToPeerActivityMinuteCounts } from './definitions/skype-for-business-peer-to-peer-activity-minute-counts'
import { skypeForBusinessPeerToPeerActivityUserCounts } from './definitions/skype-for-business-peer-to-peer-activity-user-counts'
import type { AnyReportDefinition } from './report-definition'
import { PERIODS, type Selection } from './report-request'
import { readCsv } from './test-support'

const now = new Date('2026-11-27T00:00:00Z')
type Columns = [report: string, detail: string][]
const conference = (kind: string, modalities: string[], suffix: string): Columns =>
  modalities.map((m) => [m, `${kind} Conference ${m} ${suffix}`])

/** Each report, and for each of its columns the Detail column it adds up, spelt out by hand. */
type Case = readonly [name: string, report: AnyReportDefinition, kind: 'sum' | 'users', columns: Columns]
const REPORTS: readonly Case[] = [
  ...(['sum', 'users'] as const).flatMap((kind) => [
    [
      'peer-to-peer',
      kind === 'sum' ? skypeForBusinessPeerToPeerActivityCounts : skypeForBusinessPeerToPeerActivityUserCounts,
      kind,
      ['IM', 'Audio', 'Video', 'App Sharing', 'File Transfer'].map((m): [string, string] => [
        m,
        `Peer-to-peer ${m} Count`,
      ]),
    ] as const,
    [
      'organizer',
      kind === 'sum' ? skypeForBusinessOrganizerActivityCounts : skypeForBusinessOrganizerActivityUserCounts,
      kind,
      conference(
        'Organized',
        ['IM', 'Audio/Video', 'App Sharing', 'Web', 'Dial-in/out 3rd Party', 'Dial-in/out Microsoft'],
        'Count',
      ),
    ] as const,
    [
      'participant',
      kind === 'sum' ? skypeForBusinessParticipantActivityCounts : skypeForBusinessParticipantActivityUserCounts,
      kind,
      conference('Participated', ['IM', 'Audio/Video', 'App Sharing', 'Web', 'Dial-in/out 3rd Party'], 'Count'),
    ] as const,
  ]),
  [
    'peer-to-peer minutes',
    skypeForBusinessPeerToPeerActivityMinuteCounts,
    'sum',
    [
      ['Audio', 'Peer-to-peer Audio Minutes'],
      ['Video', 'Peer-to-peer Video Minutes'],
    ],
  ],
  [
    'organizer minutes',
    skypeForBusinessOrganizerActivityMinuteCounts,
    'sum',
    conference('Organized', ['Audio/Video', 'Dial-in Microsoft', 'Dial-out Microsoft'], 'Minutes'),
  ],
  [
    'participant minutes',
    skypeForBusinessParticipantActivityMinuteCounts,
    'sum',
    conference('Participated', ['Audio/Video'], 'Minutes'),
  ],
]

const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 })
const tenantOf = (seed: number) => generateTenant({ seed, users: 80, now })
/** An empty tally cell is a zero (docs/usage-reports.md §2). */
const count = (cell: string | undefined) => (cell === '' ? 0 : Number(cell))
const sum = (numbers: number[]) => numbers.reduce((a, b) => a + b, 0)
/** What a report column should read from Detail rows: the sum of a column, or the users above zero. */
const expected = (detail: Record<string, string>[], column: string, kind: 'sum' | 'users') => {
  const each = detail.map((row) => Number(row[column]))
  return kind === 'sum' ? sum(each) : each.filter((n) => n > 0).length
}

// Each property reads the reports as a client would (parsed CSV, by header name).
describe('the Skype for Business peer-to-peer, organizer and participant reports agree with the activity Detail', () => {
  it.each(REPORTS)('%s (%#): each day is the date Detail of that day', (_, report, kind, columns) => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const tenant = tenantOf(seed)
        const rows = readCsv(report, { tenant, selection: { period: 7 } })
        expect(rows).toHaveLength(7)
        rows.forEach((row, i) => {
          const day = tenant.refreshDate - i
          expect(row['Report Date']).toBe(formatDay(day))
          expect(row['Report Period']).toBe('7')
          const detail = readCsv(skypeForBusinessActivityUserDetail, { tenant, selection: { date: day } })
          for (const [column, source] of columns)
            expect(count(row[column]), `${column} on ${row['Report Date']}`).toBe(expected(detail, source, kind))
        })
      }),
      { numRuns: 8 },
    )
  })

  it.each(REPORTS.filter(([, , kind]) => kind === 'sum'))(
    '%s (%#): a period sums to the period Detail',
    (_, report, __, columns) => {
      fc.assert(
        fc.property(seeds, fc.constantFrom(...PERIODS), (seed, period) => {
          const tenant = tenantOf(seed)
          const rows = readCsv(report, { tenant, selection: { period } })
          const detail = readCsv(skypeForBusinessActivityUserDetail, { tenant, selection: { period } })
          expect(rows).toHaveLength(period)
          for (const [column, source] of columns)
            expect(sum(rows.map((row) => count(row[column]))), column).toBe(expected(detail, source, 'sum'))
        }),
        { numRuns: 10 },
      )
    },
  )

  it('IM users are the Skype users of the day; organised and joined conferences add up to the activity counts', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const tenant = tenantOf(seed)
        const selection = { period: 30 as const }
        const read = (report: AnyReportDefinition) => readCsv(report, { tenant, selection })
        const active = read(office365ActiveUserCounts)
        const peerUsers = read(skypeForBusinessPeerToPeerActivityUserCounts)
        const activity = read(skypeForBusinessActivityCounts)
        const [peer, organizer, participant] = [
          read(skypeForBusinessPeerToPeerActivityCounts),
          read(skypeForBusinessOrganizerActivityCounts),
          read(skypeForBusinessParticipantActivityCounts),
        ]
        const sessions = ['IM', 'Audio/Video', 'App Sharing', 'Web']
        activity.forEach((row, i) => {
          expect(count(peerUsers[i]?.IM)).toBe(Number(active[i]?.['Skype For Business']))
          const of = (rows: typeof peer, columns: string[]) => sum(columns.map((c) => count(rows[i]?.[c])))
          expect(count(row['Peer-to-peer'])).toBe(of(peer, ['IM', 'Audio', 'Video', 'App Sharing', 'File Transfer']))
          expect(count(row.Organized)).toBe(of(organizer, sessions))
          expect(count(row.Participated)).toBe(of(participant, sessions))
        })
      }),
      { numRuns: 8 },
    )
  })

  it('every column of every report has something in a larger tenant over 180 days, so the sums above are not of zeros', () => {
    const tenant: Tenant = generateTenant({ seed: 7, users: 3000, now })
    const selection: Selection = { period: 180 }
    for (const [name, report, , columns] of REPORTS) {
      const rows = readCsv(report, { tenant, selection })
      for (const [column] of columns)
        expect(sum(rows.map((row) => count(row[column]))), `${name}: ${column}`).toBeGreaterThan(0)
    }
  })
})
