import type { AnyReportDefinition } from './report-definition'

/** The Graph version a report is asked on: a few reports' headers differ between them. */
export type GraphVersion = 'v1.0' | 'beta'

// One beta form per definition: the CSV writer keeps its compiled line per column list.
const betaForms = new WeakMap<AnyReportDefinition, AnyReportDefinition>()

/**
 * The report as the version serves it: itself, or on beta the same report with its beta columns
 * where it has them (docs/usage-reports.md §17). The column order applies after it.
 */
export function inVersion(definition: AnyReportDefinition, version: GraphVersion): AnyReportDefinition {
  if (version !== 'beta' || !definition.betaColumns) return definition
  let beta = betaForms.get(definition)
  if (!beta) {
    beta = { ...definition, columns: definition.betaColumns }
    betaForms.set(definition, beta)
  }
  return beta
}
