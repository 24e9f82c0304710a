import type { UserRecord } from '@fake-graph/tenant'
import { describe, expect, it } from 'vitest'
import { emailActivityCounts } from './definitions/email-activity-counts'
import { emailActivityUserDetail } from './definitions/email-activity-user-detail'
import { teamsUserActivityUserDetail } from './definitions/teams-user-activity-user-detail'
import { yammerActivityUserDetail } from './definitions/yammer-activity-user-detail'
import { readCsv, smallScenarioTenant } from './test-support'

const ADELE = 'adele.vance@contoso.onmicrosoft.com'
const EXCHANGE_DAYS = ['2026-11-20', '2026-11-23', '2026-11-24', '2026-11-25']
const YAMMER_DAYS = ['2026-11-02', '2026-11-09', '2026-11-16']

/** The small scenario, Adele (licensed for every service) given counts and a few Engage days. */
function tenant() {
  return smallScenarioTenant(({ users: [adele] }) => {
    expect(adele?.userPrincipalName).toBe(ADELE)
    expect(adele?.activity?.exchange).toEqual(EXCHANGE_DAYS)
    Object.assign(adele as UserRecord, {
      activity: { ...adele?.activity, yammer: YAMMER_DAYS },
      dailyCounts: {
        email: { send: 3, receive: 30, read: 20, meetingCreated: 0 },
        yammer: { posted: 1, read: 12, liked: 2 },
        teams: { calls: 4, privateChatMessages: 9 },
      },
    })
  })
}

const rowOf = (rows: Record<string, string>[]) =>
  rows.find((row) => row['User Principal Name'] === ADELE) ?? expect.fail('no row')

// Read as a client reads them: the CSV, by header name.
describe('the reports of a scenario that sets its users’ daily counts (docs/usage-reports.md §21)', () => {
  it('print them in the workload Details, times the user’s active days of the period', () => {
    const scenario = tenant()
    const email = rowOf(readCsv(emailActivityUserDetail, { tenant: scenario, selection: { period: 30 } }))
    expect([email['Send Count'], email['Receive Count'], email['Read Count'], email['Meeting Created Count']]).toEqual([
      '12',
      '120',
      '80',
      '0',
    ])
    const engage = rowOf(readCsv(yammerActivityUserDetail, { tenant: scenario, selection: { period: 30 } }))
    expect([engage['Posted Count'], engage['Read Count'], engage['Liked Count']]).toEqual(['3', '36', '6'])
    const teams = rowOf(readCsv(teamsUserActivityUserDetail, { tenant: scenario, selection: { period: 7 } }))
    const teamsDays = 2 // 2026-11-23 and 2026-11-25
    expect([teams['Call Count'], teams['Private Chat Message Count']]).toEqual([`${4 * teamsDays}`, `${9 * teamsDays}`])
  })

  it('print them on the day itself, and the counts report’s day is the sum of that day’s users', () => {
    const scenario = tenant()
    const day = readCsv(emailActivityUserDetail, { tenant: scenario, selection: { date: scenario.refreshDate } })
    expect(rowOf(day)['Send Count']).toBe('3')
    const counts = readCsv(emailActivityCounts, { tenant: scenario, selection: { period: 7 } })
    const last = counts.find((row) => row['Report Date'] === '2026-11-25') ?? expect.fail('no 2026-11-25')
    const sent = day.reduce((sum, row) => sum + Number(row['Send Count'] || 0), 0)
    expect(Number(last.Send)).toBe(sent)
  })
})
