import { createFakeGraph, type FakeGraph, reportPath } from '@fake-graph/core'
import { ALL_REPORTS, type AnyReportDefinition, PERIODS, reportSlug } from '@fake-graph/reports'

/** The frozen world of every golden file: seed 42, 50 users, 2026-11-27T00:00:00Z. */
export const GOLDEN = { seed: 42, users: 50, now: '2026-11-27T00:00:00Z' } as const
/** A Friday inside both date windows, with data (the refresh date is 2026-11-25). */
const GOLDEN_DATE = '2026-11-20'
const GRAPH = 'https://graph.microsoft.com'

export interface GoldenCase {
  /** Path below fixtures/reports/. */
  readonly path: string
  /** What a client asks Graph for to get it. */
  readonly url: string
  /** Whether the golden tenant's admin setting conceals names for it. */
  readonly concealNames: boolean
}

/**
 * Every report in every form, for every period and the golden date where a report takes one (a
 * function without parameters once, as `latest`); and, below `concealed/`, the reports with names
 * in them over 7 days with names concealed.
 */
export function goldenCases(): GoldenCase[] {
  const cases: GoldenCase[] = []
  const add = (report: AnyReportDefinition, name: string, parameter: string, concealNames = false) => {
    const slug = `${concealNames ? 'concealed/' : ''}${reportSlug(report)}`
    if (report.view) {
      const url = `${GRAPH}/beta/reports/Office365ActiveUsers(view='${report.view}',${parameter})/content`
      cases.push({ path: `${slug}/${name}.csv`, url, concealNames })
      return
    }
    if (report.home === 'copilot') {
      // Under /copilot/reports: v1.0 answers the CSV itself, beta JSON by default (docs/usage-reports.md §12).
      const args = `${parameter}${report.reportVersion === 'v2' ? ",version='v2'" : ''}`
      cases.push({ path: `${slug}/${name}.csv`, url: `${GRAPH}${reportPath(report, args)}`, concealNames })
      cases.push({ path: `${slug}/${name}.json`, url: `${GRAPH}${reportPath(report, args, 'beta')}`, concealNames })
      return
    }
    const url = `${GRAPH}${reportPath(report, parameter)}`
    cases.push({ path: `${slug}/${name}.csv`, url, concealNames })
    if (report.jsonType) {
      const url = `${GRAPH}${reportPath(report, parameter, 'beta')}?$format=application/json`
      cases.push({ path: `${slug}/${name}.json`, url, concealNames })
    }
    if (report.jsonOnV1) {
      const url = `${GRAPH}${reportPath(report, parameter)}?$format=application/json`
      cases.push({ path: `${slug}/${name}.v1.json`, url, concealNames })
    }
    if (report.betaColumns) {
      // Beta's CSV has a header of its own (docs/usage-reports.md §17).
      cases.push({
        path: `${slug}/${name}.beta.csv`,
        url: `${GRAPH}${reportPath(report, parameter, 'beta')}`,
        concealNames,
      })
    }
  }
  for (const report of ALL_REPORTS) {
    if (report.takesNoParameters) {
      add(report, 'latest', '')
      continue
    }
    for (const period of report.periods ?? PERIODS) add(report, `D${period}`, `period='D${period}'`)
    // Every period at once, under /copilot/reports only (docs/usage-reports.md §12).
    if (report.home === 'copilot') add(report, 'ALL', "period='ALL'")
    if (report.acceptsDate) {
      add(report, `date-${GOLDEN_DATE}`, report.view ? `date='${GOLDEN_DATE}'` : `date=${GOLDEN_DATE}`)
    }
  }
  for (const report of ALL_REPORTS.filter(namesUsers)) {
    add(report, report.takesNoParameters ? 'latest' : 'D7', "period='D7'", true)
  }
  return cases
}

/** A report that lists users, groups or site owners by name, which concealment changes. */
function namesUsers(report: AnyReportDefinition): boolean {
  return report.columns.some((column) => NAMED_FIELDS.includes(column.field))
}
const NAMED_FIELDS = ['userPrincipalName', 'groupDisplayName', 'teamName', 'ownerPrincipalName']

/** Downloads each case from a fake of the golden world (as a client meets it under MSW) with its setting. */
export function goldenDownloader(): (golden: GoldenCase) => Promise<Uint8Array> {
  const plain = createFakeGraph(GOLDEN)
  const concealed = createFakeGraph({ ...GOLDEN, concealNames: true })
  return (golden) => downloadThroughFake(golden.concealNames ? concealed : plain, golden.url)
}

/** The bytes a client gets for `url`: the answer, or what the 302's link downloads. */
async function downloadThroughFake(fake: FakeGraph, url: string): Promise<Uint8Array> {
  const headers = { Authorization: 'Bearer golden' }
  let response = await fake.fetch(new Request(url, { headers }))
  if (response.status === 302) response = await fake.fetch(new Request(response.headers.get('location') as string))
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${await response.text()}`)
  return new Uint8Array(await response.arrayBuffer())
}
