import { REPORT_SCHEMA_FILES } from './report-schemas.generated'

export interface CellSchema {
  readonly title?: string
  readonly const?: string
  readonly pattern?: string
  readonly description?: string
}

export interface ReportSchema {
  readonly $id: string
  readonly title: string
  readonly $defs: {
    readonly csvHeader: { readonly prefixItems: readonly CellSchema[] }
    readonly csvRow: { readonly prefixItems: readonly CellSchema[] }
    /** Where Graph's reference documents another order or other names (decision 0015). */
    readonly csvHeaderDocumented?: { readonly prefixItems: readonly CellSchema[] }
    readonly csvRowDocumented?: { readonly prefixItems: readonly CellSchema[] }
    /** Where beta's header is not v1.0's (SharePoint site usage, docs/usage-reports.md §17). */
    readonly csvHeaderBeta?: { readonly prefixItems: readonly CellSchema[] }
    readonly csvRowBeta?: { readonly prefixItems: readonly CellSchema[] }
    readonly jsonItem?: Record<string, unknown>
  }
}

/** The contracts' report schemas, by report: `getOffice365ActiveUserDetail`, `Office365ActiveUsers-Detail`… */
export const REPORT_SCHEMAS = REPORT_SCHEMA_FILES as Readonly<Record<string, ReportSchema>>

/** A report's schema by name, case-insensitively; a readable error for an unknown one. */
export function reportSchema(report: string): ReportSchema {
  const name = report.replace(/^microsoft\.graph\./i, '').toLowerCase()
  const found = Object.entries(REPORT_SCHEMAS).find(([key]) => key.toLowerCase() === name)
  if (!found)
    throw new RangeError(
      `Failed to find the contract of "${report}": expected one of ${Object.keys(REPORT_SCHEMAS).join(', ')}`,
    )
  return found[1]
}

/**
 * The provider state that gives a download link for a report over 7 days. The Detail's keeps
 * its first name, so that pacts written before other reports existed still verify.
 */
export function downloadLinkState(report: string): string {
  return report === 'getOffice365ActiveUserDetail'
    ? 'a download link for the Detail report over 7 days'
    : `a download link for ${report} over 7 days`
}
