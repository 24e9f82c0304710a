// Verifies the consumer pact against the real fake, which plays Microsoft Graph, the way a
// client team would verify its own pact: with @fake-graph/contract's verifyPactsAgainstFake.
import { verifyPactsAgainstFake } from '@fake-graph/contract/pact'
import { describe, expect, it } from 'vitest'

const PACT = new URL('pacts/graph-reports-client-microsoft-graph-reports.json', import.meta.url).pathname

describe('the fake, as the provider of the consumer pact', () => {
  it('honours every interaction: the 302, the download, the beta JSON and the errors', async () => {
    const result = await verifyPactsAgainstFake({ pactFiles: [PACT], fake: { now: '2026-11-27T00:00:00Z' } })
    expect(result.verifierError).toBeUndefined()
    expect(result.redirectMismatches).toEqual({})
    expect(result.ok).toBe(true)
    // The states really set the fake up: the expired link was refused for expiry, not forgery.
    expect(result.journal.map((entry) => entry.error)).toContain('linkExpired')
    // …and each download state issued a link for its own report.
    const downloads = result.journal.filter((entry) => entry.origin === 'download' && entry.status === 200)
    expect(downloads.map((entry) => entry.function).sort()).toEqual([
      'getEmailActivityUserDetail',
      'getM365AppUserDetail',
      'getMailboxUsageDetail',
      'getOffice365ActiveUserDetail',
      'getOffice365GroupsActivityDetail',
      'getOneDriveUsageAccountDetail',
      'getSharePointActivityUserDetail',
      'getSharePointSiteUsageDetail',
      'getSkypeForBusinessActivityUserDetail',
      'getSkypeForBusinessDeviceUsageUserDetail',
      'getTeamsUserActivityUserDetail',
      'getYammerActivityUserDetail',
    ])
  }, 60_000)
})
