import type { AnyReportDefinition } from './report-definition'
import { withColumns } from './with-columns'

/** The Graph version a report is asked on: a few reports' headers differ between them. */
export type GraphVersion = 'v1.0' | 'beta'

/**
 * The report as the version serves it: itself, or on beta the same report with its beta columns
 * where it has them (docs/usage-reports.md §17). The column order applies after it.
 */
export function inVersion(definition: AnyReportDefinition, version: GraphVersion): AnyReportDefinition {
  return version === 'beta' ? withColumns(definition, 'betaColumns') : definition
}

/** The version a function is first served on: v1.0, or beta for a function only beta serves (§20). */
export function homeVersion(definition: Pick<AnyReportDefinition, 'versions'> | undefined): GraphVersion {
  return definition?.versions?.[0] ?? 'v1.0'
}
