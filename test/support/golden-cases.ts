import { createFakeGraph, type FakeGraph } from '@fake-graph/core'
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
}

/** The fake of the golden world, as a client meets it under MSW. */
export const goldenFake = (): FakeGraph => createFakeGraph(GOLDEN)

/** Every report in every form, for every period and the golden date where a report takes one. */
export function goldenCases(): GoldenCase[] {
  const cases: GoldenCase[] = []
  const add = (report: AnyReportDefinition, name: string, parameter: string) => {
    const slug = reportSlug(report)
    if (report.view) {
      const url = `${GRAPH}/beta/reports/Office365ActiveUsers(view='${report.view}',${parameter})/content`
      cases.push({ path: `${slug}/${name}.csv`, url })
      return
    }
    cases.push({ path: `${slug}/${name}.csv`, url: `${GRAPH}/v1.0/reports/${report.name}(${parameter})` })
    if (report.jsonType) {
      const url = `${GRAPH}/beta/reports/${report.name}(${parameter})?$format=application/json`
      cases.push({ path: `${slug}/${name}.json`, url })
    }
  }
  for (const report of ALL_REPORTS) {
    for (const period of PERIODS) add(report, `D${period}`, `period='D${period}'`)
    if (report.acceptsDate) {
      add(report, `date-${GOLDEN_DATE}`, report.view ? `date='${GOLDEN_DATE}'` : `date=${GOLDEN_DATE}`)
    }
  }
  return cases
}

/** The bytes a client gets for `url`: the answer, or what the 302's link downloads. */
export async function downloadThroughFake(fake: FakeGraph, url: string): Promise<Uint8Array> {
  const headers = { Authorization: 'Bearer golden' }
  let response = await fake.fetch(new Request(url, { headers }))
  if (response.status === 302) response = await fake.fetch(new Request(response.headers.get('location') as string))
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${await response.text()}`)
  return new Uint8Array(await response.arrayBuffer())
}
