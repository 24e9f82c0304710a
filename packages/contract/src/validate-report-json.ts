import Ajv2020 from 'ajv/dist/2020'
import type { Diagnostic } from './diagnostic'
import { REPORT_SCHEMAS, reportSchema } from './report-schemas'

// Compiled once, on first use of each report.
const ajv = new Ajv2020({ allErrors: true, strict: false })
for (const schema of Object.values(REPORT_SCHEMAS)) ajv.addSchema(schema)

/**
 * Checks a beta JSON page (`{"@odata.context", "value": [...], "@odata.nextLink"?}`) against its
 * contract: every item's fields, types and nulls.
 */
export function validateReportJson(page: unknown, report: string): Diagnostic[] {
  const schema = reportSchema(report)
  if (!schema.$defs.jsonItem)
    throw new RangeError(`Failed to validate "${report}" as JSON: the report has no JSON form`)
  const value = (page as { value?: unknown })?.value
  if (typeof page !== 'object' || page === null || !Array.isArray(value)) {
    return [{ row: null, column: 'value', value: page, expected: 'a page: { "@odata.context", "value": [ … ] }' }]
  }
  const validate = ajv.getSchema(`${schema.$id}#/$defs/jsonItem`)
  if (!validate) throw new Error(`Failed to compile ${schema.$id}`)
  const diagnostics: Diagnostic[] = []
  value.forEach((item, index) => {
    if (validate(item)) return
    for (const error of validate.errors ?? []) {
      const field =
        error.instancePath.replace(/^\//, '') ||
        (error.params as { missingProperty?: string; additionalProperty?: string }).missingProperty ||
        (error.params as { additionalProperty?: string }).additionalProperty ||
        null
      const fieldValue =
        field && typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[field] : item
      diagnostics.push({ row: index, column: field, value: fieldValue ?? null, expected: error.message ?? 'valid' })
    }
  })
  return diagnostics
}
