import { generateTenant } from '@fake-graph/tenant'
import { describe, expect, it } from 'vitest'
import { teamsDeviceUsageDistributionUserCounts } from './definitions/teams-device-usage-distribution-user-counts'
import { teamsDeviceUsageUserDetail } from './definitions/teams-device-usage-user-detail'
import { IDLE, ROWS_PER_IDLE } from './idle'

describe('a distribution report', () => {
  it('hands the loop back as it sums the Detail’s rows, not only as it passes over users', () => {
    const tenant = generateTenant({ seed: 3, users: 3000, now: new Date('2026-11-27T00:00:00Z') })
    const request = { tenant, selection: { period: 180 as const } }
    const detail = [...teamsDeviceUsageUserDetail.rows(request)].filter((row) => row !== IDLE)
    const steps = [...teamsDeviceUsageDistributionUserCounts.rows(request)]
    expect(steps.filter((step) => step !== IDLE)).toHaveLength(1)
    expect(detail.length).toBeGreaterThan(1000)
    expect(steps.filter((step) => step === IDLE).length).toBeGreaterThanOrEqual(
      Math.floor(detail.length / ROWS_PER_IDLE),
    )
  })
})
