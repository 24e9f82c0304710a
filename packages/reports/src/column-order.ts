import type { AnyReportDefinition } from './report-definition'

/**
 * Which order a report's columns come in where the real export and Graph's reference disagree
 * (Teams): `observed`, the real export's (the default), or `documented`, the reference's
 * (decision 0015). Reports where they agree are the same either way.
 */
export type ColumnOrder = 'observed' | 'documented'

export const COLUMN_ORDERS: readonly ColumnOrder[] = ['observed', 'documented']

// One documented form per definition: the CSV writer keeps its compiled line per column list.
const documentedForms = new WeakMap<AnyReportDefinition, AnyReportDefinition>()

/** The report in the given order: itself, or the same report with the reference's columns. */
export function inColumnOrder(definition: AnyReportDefinition, order: ColumnOrder): AnyReportDefinition {
  if (order === 'observed' || !definition.documentedColumns) return definition
  let documented = documentedForms.get(definition)
  if (!documented) {
    documented = { ...definition, columns: definition.documentedColumns }
    documentedForms.set(definition, documented)
  }
  return documented
}
