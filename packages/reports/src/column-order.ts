import type { AnyReportDefinition } from './report-definition'
import { withColumns } from './with-columns'

/**
 * Which order a report's columns come in where the real export and Graph's reference disagree
 * (Teams): `observed`, the real export's (the default), or `documented`, the reference's
 * (decision 0015). Reports where they agree are the same either way.
 */
export type ColumnOrder = 'observed' | 'documented'

export const COLUMN_ORDERS: readonly ColumnOrder[] = ['observed', 'documented']

/** The report in the given order: itself, or the same report with the reference's columns. */
export function inColumnOrder(definition: AnyReportDefinition, order: ColumnOrder): AnyReportDefinition {
  return order === 'documented' ? withColumns(definition, 'documentedColumns') : definition
}
