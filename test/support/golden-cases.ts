import {
  ALL_REPORTS,
  type AnyReportDefinition,
  csvLines,
  jsonPageParts,
  PERIODS,
  reportSlug,
  type Selection,
} from '@fake-graph/reports'
import { generateTenant, parseDay } from '@fake-graph/tenant'

/** The frozen world of every golden file: seed 42, 50 users, 2026-11-27T00:00:00Z. */
export const GOLDEN = { seed: 42, users: 50, now: new Date('2026-11-27T00:00:00Z') } as const
/** A Friday inside both date windows, with data (the refresh date is 2026-11-25). */
const GOLDEN_DATE = '2026-11-20'

export interface GoldenCase {
  /** Path below fixtures/reports/. */
  readonly path: string
  render(): string
}

export function goldenCases(): GoldenCase[] {
  const tenant = generateTenant(GOLDEN)
  const cases: GoldenCase[] = []
  const add = (report: AnyReportDefinition, name: string, selection: Selection) => {
    const request = { tenant, selection }
    const slug = reportSlug(report)
    cases.push({ path: `${slug}/${name}.csv`, render: () => [...csvLines(report, request)].join('') })
    if (report.jsonType) {
      const context = `https://graph.microsoft.com/beta/$metadata#Collection(microsoft.graph.${report.jsonType})`
      const nextLink = (skip: number) => `${slug}?skip=${skip}`
      cases.push({
        path: `${slug}/${name}.json`,
        render: () => [...jsonPageParts(report, request, { context, nextLink })].join(''),
      })
    }
  }
  for (const report of ALL_REPORTS) {
    for (const period of PERIODS) add(report, `D${period}`, { period })
    if (report.acceptsDate) add(report, `date-${GOLDEN_DATE}`, { date: parseDay(GOLDEN_DATE) as number })
  }
  return cases
}
