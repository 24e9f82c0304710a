import { formatDay, parseDay } from '@fake-graph/tenant'
import { describe, expect, it } from 'vitest'
import { GraphError } from './graph-error'
import { planReport } from './report-plan'

const today = parseDay('2026-11-27') as number
const plan = (path: string) => planReport(new URL(`https://graph.microsoft.com${path}`), { today })
const failure = (path: string) => {
  try {
    plan(path)
  } catch (error) {
    if (error instanceof GraphError) return { status: error.status, code: error.code, message: error.message }
    throw error
  }
  return expect.fail(`${path} was accepted`)
}
const daysAgo = (n: number) => formatDay(today - n)

describe('planReport: current functions', () => {
  it.each([
    "/v1.0/reports/getOffice365ActiveUserDetail(period='D7')",
    "/beta/reports/getOffice365ActiveUserDetail(period='D7')",
    "/v1.0/reports/microsoft.graph.getOffice365ActiveUserDetail(period='D7')",
    '/v1.0/reports/getOffice365ActiveUserDetail(period=%27D7%27)',
    "/v1.0/reports/getOffice365ActiveUserDetail%28period='D7'%29",
    "/v1.0/reports/GETOFFICE365ACTIVEUSERDETAIL(period='D7')",
  ])('accepts %s', (path) => {
    const result = plan(path)
    expect(result.definition.name).toBe('getOffice365ActiveUserDetail')
    expect(result.selection).toEqual({ period: 7 })
    expect(result.format).toBe('csv')
  })

  it('takes every period of every function', () => {
    for (const name of [
      'getOffice365ActiveUserDetail',
      'getOffice365ActiveUserCounts',
      'getOffice365ServicesUserCounts',
    ]) {
      for (const period of [7, 30, 90, 180]) {
        expect(plan(`/v1.0/reports/${name}(period='D${period}')`).selection).toEqual({ period })
      }
    }
  })

  it('takes an unquoted date 1 to 28 days back', () => {
    expect(plan(`/v1.0/reports/getOffice365ActiveUserDetail(date=${daysAgo(1)})`).selection).toEqual({
      date: today - 1,
    })
    expect(plan(`/v1.0/reports/getOffice365ActiveUserDetail(date=${daysAgo(28)})`).selection).toEqual({
      date: today - 28,
    })
  })

  it.each([0, 29, 40, -3])('refuses a date %i days back with the real InvalidArgument', (n) => {
    expect(failure(`/v1.0/reports/getOffice365ActiveUserDetail(date=${daysAgo(n)})`)).toEqual({
      status: 400,
      code: 'InvalidArgument',
      message: `Invalid date value specified: ${daysAgo(n)}. Only support data for the past 28 days.`,
    })
  })

  it.each([
    [
      'a quoted date',
      "getOffice365ActiveUserDetail(date='2026-11-20')",
      'BadRequest',
      "Expression of type 'Edm.String' cannot be converted to type 'Edm.Date'.",
    ],
    [
      'a malformed date',
      'getOffice365ActiveUserDetail(date=2026-13-45)',
      'BadRequest',
      "The date '2026-13-45' is not a valid Edm.Date literal.",
    ],
    [
      'an unknown period',
      "getOffice365ActiveUserCounts(period='D8')",
      'InvalidArgument',
      'Invalid period value specified: D8. Supported values are D7, D30, D90, D180.',
    ],
    [
      'an unquoted period',
      'getOffice365ActiveUserCounts(period=D7)',
      'InvalidArgument',
      'Invalid period value specified: D7. Supported values are D7, D30, D90, D180.',
    ],
    [
      'a zero-padded period',
      "getOffice365ActiveUserCounts(period='D07')",
      'InvalidArgument',
      'Invalid period value specified: D07. Supported values are D7, D30, D90, D180.',
    ],
    [
      'both period and date',
      `getOffice365ActiveUserDetail(period='D7',date=2026-11-20)`,
      'BadRequest',
      "Resource not found for the segment 'getOffice365ActiveUserDetail'.",
    ],
    [
      'neither period nor date',
      'getOffice365ActiveUserDetail()',
      'BadRequest',
      "Resource not found for the segment 'getOffice365ActiveUserDetail'.",
    ],
    [
      'a date on a counts report',
      'getOffice365ActiveUserCounts(date=2026-11-20)',
      'BadRequest',
      "Resource not found for the segment 'getOffice365ActiveUserCounts'.",
    ],
    [
      'an unknown function',
      "getOffice365ActiveUserDetails(period='D7')",
      'BadRequest',
      "Resource not found for the segment 'getOffice365ActiveUserDetails'.",
    ],
    [
      'the retired 2017 name',
      "Office365ActiveUserDetail(period='D7')",
      'BadRequest',
      "Resource not found for the segment 'Office365ActiveUserDetail'.",
    ],
    [
      'a trailing segment',
      "getOffice365ActiveUserDetail(period='D7')/content",
      'BadRequest',
      "Resource not found for the segment 'content'.",
    ],
  ])('refuses %s', (_, call, code, message) => {
    expect(failure(`/v1.0/reports/${call}`)).toEqual({ status: 400, code, message })
  })

  it('refuses a null date on Detail, naming the segment as sent', () => {
    expect(failure('/v1.0/reports/microsoft.graph.getOffice365ActiveUserDetail(date=null)').message).toBe(
      "Resource not found for the segment 'microsoft.graph.getOffice365ActiveUserDetail'.",
    )
  })

  it('refuses JSON on v1.0 with the real UnknownError body', () => {
    expect(failure("/v1.0/reports/getOffice365ActiveUserCounts(period='D7')?$format=application/json")).toEqual({
      status: 400,
      code: 'UnknownError',
      message: '{"Message":"JSON format is not supported."}',
    })
  })

  it('serves JSON on beta, with $top and $skipToken', () => {
    const result = plan(
      "/beta/reports/getOffice365ActiveUserDetail(period='D30')?$format=application/json&$top=50&$skipToken=100",
    )
    expect([result.format, result.top, result.skip]).toEqual(['json', 50, 100])
    expect(plan("/beta/reports/getOffice365ActiveUserDetail(period='D30')?$format=text/csv").format).toBe('csv')
  })

  it('serves JSON on v1.0 for the Microsoft 365 Apps reports only, which document it (docs/usage-reports.md §9)', () => {
    for (const name of ['getM365AppUserDetail', 'getM365AppUserCounts', 'getM365AppPlatformUserCounts']) {
      const result = plan(`/v1.0/reports/${name}(period='D7')?$format=application/json&$top=5`)
      expect([result.definition.name, result.version, result.format, result.top]).toEqual([name, 'v1.0', 'json', 5])
    }
    expect(plan(`/v1.0/reports/getM365AppUserDetail(date=${daysAgo(2)})?$format=application/json`).selection).toEqual({
      date: today - 2,
    })
    // The checks before the format keep their order: a bad period is still named first.
    expect(failure("/v1.0/reports/getM365AppUserCounts(period='D8')?$format=application/json").code).toBe(
      'InvalidArgument',
    )
    expect(failure("/v1.0/reports/getEmailActivityUserDetail(period='D7')?$format=application/json").code).toBe(
      'UnknownError',
    )
    expect(failure('/v1.0/reports/getM365AppUserCounts(date=2026-11-20)?$format=application/json')).toMatchObject({
      message: "Resource not found for the segment 'getM365AppUserCounts'.",
    })
  })

  it.each([
    'getOffice365ActivationsUserDetail',
    'getOffice365ActivationCounts',
    'getOffice365ActivationsUserCounts()',
    'microsoft.graph.getOffice365ActivationsUserCounts',
    'GETOFFICE365ACTIVATIONCOUNTS( )',
  ])('calls the parameterless %s bare or with ()', (call) => {
    const result = plan(`/v1.0/reports/${call}`)
    expect(result.definition.name.toLowerCase()).toBe(call.replace(/^microsoft\.graph\.|\(.*$/g, '').toLowerCase())
    expect([result.format, result.params]).toEqual(['csv', {}])
    expect(plan(`/beta/reports/${call}?$format=application/json`).format).toBe('json')
  })

  it.each([
    ["getOffice365ActivationCounts(period='D7')", 'getOffice365ActivationCounts'],
    ['getOffice365ActivationsUserDetail(date=2026-11-20)', 'getOffice365ActivationsUserDetail'],
    ['getOffice365ActivationsUserCounts(x=1)', 'getOffice365ActivationsUserCounts'],
    ['getOffice365ActivationCounts/content', 'content'],
    ['getOffice365ActiveUserDetail', 'getOffice365ActiveUserDetail'],
    ['getOffice365ActiveUserDetail/content', 'getOffice365ActiveUserDetail'],
  ])('refuses %s: no overload binds it', (call, segment) => {
    expect(failure(`/v1.0/reports/${call}`)).toEqual({
      status: 400,
      code: 'BadRequest',
      message: `Resource not found for the segment '${segment}'.`,
    })
  })

  const BETA_ONLY = [
    'getTeamsUserActivityTotalCounts',
    'getTeamsUserActivityTotalUserCounts',
    'getTeamsUserActivityDistributionUserCounts',
    'getTeamsUserActivityDistributionTotalUserCounts',
    'getTeamsUserActivityTotalDistributionCounts',
    'getTeamsDeviceUsageTotalUserCounts',
    'getTeamsDeviceUsageDistributionTotalUserCounts',
  ]

  it.each(BETA_ONLY)(
    'serves the beta-only %s on beta, CSV or JSON, and refuses it on v1.0 as an unknown name',
    (name) => {
      expect(plan(`/beta/reports/${name}(period='D30')`)).toMatchObject({ selection: { period: 30 }, format: 'csv' })
      expect(
        plan(`/beta/reports/microsoft.graph.${name.toUpperCase()}(period='D7')?$format=application/json`),
      ).toMatchObject({
        definition: { name },
        format: 'json',
      })
      const unknown = failure("/v1.0/reports/getNoSuchReport(period='D7')")
      for (const call of [name, `microsoft.graph.${name}`, name.toLowerCase()]) {
        // The name is refused before the period or the format is read, as an unknown one is.
        for (const rest of [
          "(period='D7')",
          "(period='D8')",
          "(period='D7')?$format=application/json",
          '(date=2026-11-20)',
        ]) {
          expect(failure(`/v1.0/reports/${call}${rest}`)).toEqual({
            ...unknown,
            message: `Resource not found for the segment '${call}'.`,
          })
        }
      }
    },
  )

  it('refuses a beta-only function under /copilot/reports, and on beta a period or a date it does not take', () => {
    expect(failure("/v1.0/copilot/reports/getTeamsDeviceUsageTotalUserCounts(period='D7')").code).toBe('BadRequest')
    expect(failure("/beta/reports/getTeamsDeviceUsageTotalUserCounts(period='D8')").code).toBe('InvalidArgument')
    expect(failure('/beta/reports/getTeamsUserActivityTotalCounts(date=2026-11-20)')).toMatchObject({
      message: "Resource not found for the segment 'getTeamsUserActivityTotalCounts'.",
    })
  })

  it('refuses JSON on v1.0 for the activations, as for the others', () => {
    expect(failure('/v1.0/reports/getOffice365ActivationCounts?$format=application/json').code).toBe('UnknownError')
  })

  it.each(['$top=0', '$top=10001', '$top=abc', '$skipToken=-1', '$format=text/xml'])('refuses %s', (query) => {
    expect(failure(`/beta/reports/getOffice365ActiveUserDetail(period='D30')?${query}`)).toMatchObject({
      status: 400,
      code: 'BadRequest',
    })
  })

  it('refuses paths outside the reports', () => {
    expect(failure('/v2.0/reports/x')).toMatchObject({ message: "Resource not found for the segment 'v2.0'." })
    expect(failure('/v1.0/me')).toMatchObject({ message: "Resource not found for the segment 'me'." })
  })
})

describe('planReport: the seed form', () => {
  it.each([
    ["Office365ActiveUsers(view='Detail', period='d7')/content", 'Detail', { period: 7 }],
    ["Office365ActiveUsers(view='Detail',period='D7',date=null)/content", 'Detail', { period: 7 }],
    ["Office365ActiveUsers(view='detail',period=null,date='2026-11-20')/content", 'Detail', { date: today - 7 }],
    // Detail with a date ignores the period, even a bad one.
    ["Office365ActiveUsers(view='Detail',period='D8',date='2026-11-20')/content", 'Detail', { date: today - 7 }],
    ["Office365ActiveUsers(view='Services',period='D30')/content", 'Services', { period: 30 }],
    // Services and Users ignore the date, even a bad one.
    ["Office365ActiveUsers(view='Users',period='D90',date='not-a-date')/content", 'Users', { period: 90 }],
    ["microsoft.graph.Office365ActiveUsers(view='Users',period='d180')/content", 'Users', { period: 180 }],
  ])('resolves %s', (call, view, selection) => {
    const result = plan(`/beta/reports/${call}`)
    expect(result.definition.view).toBe(view)
    expect(result.selection).toEqual(selection)
    expect(result.form).toBe('legacy')
  })

  it('takes a date up to 30 days back, as the seed says', () => {
    expect(plan(`/beta/reports/Office365ActiveUsers(view='Detail',date='${daysAgo(30)}')/content`).selection).toEqual({
      date: today - 30,
    })
    expect(failure(`/beta/reports/Office365ActiveUsers(view='Detail',date='${daysAgo(31)}')/content`)).toEqual({
      status: 400,
      code: 'InvalidArgument',
      message: `Invalid date value specified: ${daysAgo(31)}. Only support data for the past 30 days.`,
    })
  })

  it('answers the first revision, without /content, inline', () => {
    expect(plan("/beta/reports/Office365ActiveUsers(view='Detail',period='d7',date=null)").form).toBe('legacy-inline')
  })

  it.each([
    ["Office365ActiveUsers(period='D7')/content", 'InvalidArgument', /^The view parameter cannot be null/],
    ["Office365ActiveUsers(view=null,period='D7')/content", 'InvalidArgument', /^The view parameter cannot be null/],
    [
      "Office365ActiveUsers(view='Teams',period='D7')/content",
      'InvalidArgument',
      /^Invalid view value specified: Teams\./,
    ],
    ["Office365ActiveUsers(view='Services')/content", 'InvalidArgument', /^The period parameter cannot be null/],
    ["Office365ActiveUsers(view='Detail')/content", 'InvalidArgument', /^The period parameter cannot be null/],
    [
      "Office365ActiveUsers(view='Detail',period='D60')/content",
      'InvalidArgument',
      /^Invalid period value specified: D60\./,
    ],
    [
      "Office365ActiveUsers(view='Detail',date=2026-11-20)/content",
      'BadRequest',
      /cannot be converted to type 'Edm.String'/,
    ],
    [
      "Office365ActiveUsers(view='Detail',date='2026-02-30')/content",
      'BadRequest',
      /'2026-02-30' is not a valid Edm.Date/,
    ],
    [
      "Office365ActiveUsers(view='Detail',period='D7',colour='red')/content",
      'BadRequest',
      /segment 'Office365ActiveUsers'/,
    ],
    ["Office365ActiveUsers(view='Detail',period='D7')/value", 'BadRequest', /segment 'value'/],
  ])('refuses %s', (call, code, message) => {
    const result = failure(`/beta/reports/${call}`)
    expect(result).toMatchObject({ status: 400, code })
    expect(result.message).toMatch(message)
  })

  it('ignores query options, which it predates', () => {
    const result = plan(
      "/beta/reports/Office365ActiveUsers(view='Users',period='D7')/content?$format=application/json&$top=0",
    )
    expect([result.format, result.form]).toEqual(['csv', 'legacy'])
  })

  it('does not exist on v1.0', () => {
    expect(failure("/v1.0/reports/Office365ActiveUsers(view='Detail',period='D7')/content").message).toBe(
      "Resource not found for the segment 'Office365ActiveUsers'.",
    )
  })
})

describe('error overrides', () => {
  it('change what an UNKNOWN case answers', () => {
    try {
      planReport(new URL("https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserCounts(period='D8')"), {
        today,
        errors: { invalidPeriod: { status: 422, code: 'InvalidPeriod' } },
      })
      expect.fail('accepted')
    } catch (error) {
      expect(error).toMatchObject({ status: 422, code: 'InvalidPeriod', message: expect.stringContaining('D8') })
    }
  })
})

describe('planReport: the mailbox usage functions, period only (docs/usage-reports.md §18)', () => {
  const MAILBOX = [
    'getMailboxUsageDetail',
    'getMailboxUsageMailboxCounts',
    'getMailboxUsageQuotaStatusMailboxCounts',
    'getMailboxUsageStorage',
  ]

  it.each(MAILBOX)('%s takes each period on v1.0 and beta', (name) => {
    for (const version of ['v1.0', 'beta']) {
      for (const period of [7, 30, 90, 180]) {
        expect(plan(`/${version}/reports/${name}(period='D${period}')`)).toMatchObject({
          definition: { name },
          selection: { period },
          format: 'csv',
        })
      }
    }
  })

  it.each(MAILBOX)('%s binds no overload for a date, as a counts report does, the Detail too', (name) => {
    for (const version of ['v1.0', 'beta']) {
      expect(failure(`/${version}/reports/${name}(date=${daysAgo(3)})`)).toEqual({
        status: 400,
        code: 'BadRequest',
        message: `Resource not found for the segment '${name}'.`,
      })
    }
    expect(failure(`/v1.0/reports/${name}(period='D7',date=${daysAgo(3)})`).code).toBe('BadRequest')
    expect(failure(`/v1.0/reports/${name}(period='D28')`).code).toBe('InvalidArgument')
  })

  it('serves the Detail as JSON on beta only', () => {
    expect(plan("/beta/reports/getMailboxUsageDetail(period='D7')?$format=application/json").format).toBe('json')
    expect(failure("/v1.0/reports/getMailboxUsageDetail(period='D7')?$format=application/json").code).toBe(
      'UnknownError',
    )
  })
})
