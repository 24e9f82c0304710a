import type { AnyReportDefinition } from './report-definition'

/** The other column lists a definition may carry besides the real export's `columns`. */
export type ColumnsChoice = 'betaColumns' | 'documentedColumns'

// One form per definition and choice: the CSV writer keeps its compiled line per column list.
const forms = new WeakMap<AnyReportDefinition, Partial<Record<ColumnsChoice, AnyReportDefinition>>>()

/**
 * The same report with another of its column lists as its columns, or itself where it has none.
 * The form carries no other list: once a version has chosen beta's columns, the column order
 * cannot put v1.0's documented ones back.
 */
export function withColumns(definition: AnyReportDefinition, choice: ColumnsChoice): AnyReportDefinition {
  const columns = definition[choice]
  if (!columns) return definition
  let chosen = forms.get(definition)
  if (!chosen) {
    chosen = {}
    forms.set(definition, chosen)
  }
  let form = chosen[choice]
  if (!form) {
    form = { ...definition, columns, betaColumns: undefined, documentedColumns: undefined }
    chosen[choice] = form
  }
  return form
}
