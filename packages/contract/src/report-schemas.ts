import counts from '@fake-graph/contracts/schemas/reports/getOffice365ActiveUserCounts.schema.json'
import detail from '@fake-graph/contracts/schemas/reports/getOffice365ActiveUserDetail.schema.json'
import services from '@fake-graph/contracts/schemas/reports/getOffice365ServicesUserCounts.schema.json'
import legacyDetail from '@fake-graph/contracts/schemas/reports/Office365ActiveUsers-Detail.schema.json'
import legacyServices from '@fake-graph/contracts/schemas/reports/Office365ActiveUsers-Services.schema.json'
import legacyUsers from '@fake-graph/contracts/schemas/reports/Office365ActiveUsers-Users.schema.json'

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
    readonly jsonItem?: Record<string, unknown>
  }
}

/** The contracts' report schemas, by report: `getOffice365ActiveUserDetail`, `Office365ActiveUsers-Detail`… */
export const REPORT_SCHEMAS: Readonly<Record<string, ReportSchema>> = {
  getOffice365ActiveUserDetail: detail as ReportSchema,
  getOffice365ActiveUserCounts: counts as ReportSchema,
  getOffice365ServicesUserCounts: services as ReportSchema,
  'Office365ActiveUsers-Detail': legacyDetail as ReportSchema,
  'Office365ActiveUsers-Users': legacyUsers as ReportSchema,
  'Office365ActiveUsers-Services': legacyServices as ReportSchema,
}

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
