import { describe, expect, it } from 'vitest'
import { reportUrl } from './report-url'

describe('reportUrl', () => {
  it('calls a function without parameters bare, in both formats', () => {
    expect(reportUrl({ report: 'getOffice365ActivationCounts', format: 'csv' })).toBe(
      'https://graph.microsoft.com/v1.0/reports/getOffice365ActivationCounts',
    )
    expect(reportUrl({ report: 'microsoft.graph.getOffice365ActivationsUserDetail', format: 'json' })).toBe(
      'https://graph.microsoft.com/beta/reports/microsoft.graph.getOffice365ActivationsUserDetail?$format=application/json&$top=10000',
    )
  })

  it('sends the period it is given to such a function, for Graph to refuse', () => {
    expect(reportUrl({ report: 'getOffice365ActivationCounts', period: 'D7', format: 'csv' })).toBe(
      "https://graph.microsoft.com/v1.0/reports/getOffice365ActivationCounts(period='D7')",
    )
  })

  it('gives the other functions D7 by default, as before', () => {
    expect(reportUrl({ report: 'getM365AppUserCounts', format: 'csv' })).toBe(
      "https://graph.microsoft.com/v1.0/reports/getM365AppUserCounts(period='D7')",
    )
  })

  it('asks beta for the CSV of a function only beta serves, and v1.0 for the others', () => {
    expect(reportUrl({ report: 'getTeamsUserActivityTotalCounts', period: 'D30', format: 'csv' })).toBe(
      "https://graph.microsoft.com/beta/reports/getTeamsUserActivityTotalCounts(period='D30')",
    )
    expect(reportUrl({ report: 'getTeamsUserActivityCounts', period: 'D30', format: 'csv' })).toBe(
      "https://graph.microsoft.com/v1.0/reports/getTeamsUserActivityCounts(period='D30')",
    )
  })
})
