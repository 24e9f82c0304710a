import { ALL_REPORTS, type AnyReportDefinition, type CellKind, PERIODS, reportSlug } from '@fake-graph/reports'

/** Columns that always hold a value; every other date may be empty (null). */
const ALWAYS = new Set(['reportRefreshDate', 'reportDate'])
/** PT0S, or hours, minutes and seconds with the zero parts left out. */
const DURATION = 'PT(0S|(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)'
const DATE = '\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])'

/** Detail reports asked for one day report a period of 1 (docs/usage-reports.md §2). */
const periods = (report: AnyReportDefinition) => {
  const days = (report.periods ?? PERIODS).map(String)
  return report.acceptsDate ? ['1', ...days] : days
}

/** The CSV cell a column allows, as a pattern. */
function csvCell(kind: CellKind, field: string, report: AnyReportDefinition) {
  const pattern = {
    date: ALWAYS.has(field) ? `^${DATE}$` : `^(${DATE})?$`,
    bool: '^(True|False)$',
    yesNo: '^(Yes|No)$',
    duration: `^${DURATION}$`,
    durationTally: `^(${DURATION})?$`,
    versions: '^[\\s\\S]*$',
    count: '^(0|[1-9]\\d*)$',
    tally: '^([1-9]\\d*)?$',
    period: `^(${periods(report).join('|')})$`,
    text: '^[\\s\\S]*$',
    products: '^[\\s\\S]*$',
  }[kind]
  const description = {
    date: ALWAYS.has(field) ? 'a date as YYYY-MM-DD' : 'a date as YYYY-MM-DD, or empty',
    bool: 'True or False',
    yesNo: 'Yes or No',
    duration: 'an ISO 8601 duration (PT0S, PT1H2M3S)',
    durationTally: 'an ISO 8601 duration above zero, or empty for zero',
    versions: 'the version the client reports, or empty where it was not used',
    count: 'a whole number',
    tally: 'a whole number above 0, or empty for 0',
    period: `${periods(report).slice(0, -1).join(', ')} or ${periods(report).at(-1)}`,
    text: 'any text',
    products: 'product names joined by +',
  }[kind]
  return { type: 'string', pattern, description }
}

/** The JSON value a column allows in the beta JSON rendering; the nested reports differ (spec §2.5). */
function jsonValue(kind: CellKind, field: string, report: AnyReportDefinition) {
  if (report.nested?.style === 'newer' && kind === 'period') return { enum: periods(report).map(Number) }
  if (report.nested?.style === 'newer' && kind === 'date' && !ALWAYS.has(field))
    return { type: 'string', pattern: `^(${DATE})?$` }
  switch (kind) {
    case 'date':
      return ALWAYS.has(field)
        ? { type: 'string', pattern: `^${DATE}$` }
        : { type: ['string', 'null'], pattern: `^${DATE}$` }
    case 'bool':
    case 'yesNo':
      return { type: 'boolean' }
    case 'duration':
      return { type: 'string', pattern: `^${DURATION}$` }
    case 'durationTally':
      return { type: ['string', 'null'], pattern: `^${DURATION}$` }
    case 'count':
      return { type: 'integer', minimum: 0 }
    case 'tally':
      return { type: ['integer', 'null'], minimum: 1 }
    case 'period':
      return { enum: periods(report) }
    case 'products':
      return { type: 'array', items: { type: 'string' } }
    case 'versions':
      return { type: 'array', items: { type: 'string' }, maxItems: 1 }
    case 'text':
      return { type: 'string' }
  }
}

/**
 * The CSV header and row of one order of a report's columns. `Documented` is the order and the
 * names of Graph's reference where the real export differs (decision 0015).
 */
function csvDefs(
  report: AnyReportDefinition,
  columns: AnyReportDefinition['columns'],
  suffix: '' | 'Documented' | 'Beta',
) {
  const which =
    suffix === 'Documented'
      ? ' In the order and with the names of Graph’s reference, which the real export does not use.'
      : suffix === 'Beta'
        ? ' On beta, whose header is not v1.0’s.'
        : ''
  return {
    [`csvHeader${suffix}`]: {
      description: `The header row, names in order, exactly as the real report spells them.${which}`,
      type: 'array',
      prefixItems: columns.map((column) => ({ const: column.header })),
      items: false,
      minItems: columns.length,
    },
    [`csvRow${suffix}`]: {
      description: 'A data row: True/False, YYYY-MM-DD, empty cells for nulls, products joined by +.',
      type: 'array',
      prefixItems: columns.map((column) => ({
        title: column.header,
        ...csvCell(column.kind, column.field, report),
      })),
      items: false,
      minItems: columns.length,
    },
  }
}

/**
 * The contract of one report, derived from its definition: the CSV header (names in order), a
 * CSV row (one pattern per column), and, where the form has one, a beta JSON item.
 */
export function reportSchema(report: AnyReportDefinition): Record<string, unknown> {
  const slug = reportSlug(report)
  const defs: Record<string, unknown> = csvDefs(report, report.columns, '')
  if (report.documentedColumns) Object.assign(defs, csvDefs(report, report.documentedColumns, 'Documented'))
  if (report.betaColumns) Object.assign(defs, csvDefs(report, report.betaColumns, 'Beta'))
  if (report.jsonType) {
    const object = (columns: AnyReportDefinition['columns']): ObjectSchema => ({
      type: 'object',
      required: columns.map((column) => column.field),
      additionalProperties: false,
      properties: Object.fromEntries(
        columns.map((column) => [column.field, jsonValue(column.kind, column.field, report)]),
      ),
    })
    const { nested } = report
    const item = nested
      ? nestedObject(
          object(report.columns.filter((column) => nested.outer.includes(column.field))),
          nested.key,
          object(report.columns.filter((column) => !nested.outer.includes(column.field))),
        )
      : // The JSON is beta's, so it has beta's fields where they differ.
        object(report.betaColumns ?? report.columns)
    const form = report.jsonOnV1 ? 'JSON rendering, v1.0 and beta' : 'beta JSON rendering'
    defs.jsonItem = { description: `One item of the ${form} (microsoft.graph.${report.jsonType}).`, ...item }
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://fake-graph.local/schemas/reports/${slug}.schema.json`,
    title: report.view ? `${report.name}(view='${report.view}')` : report.name,
    description: 'Generated from the report definition by scripts/write-schemas.ts; a test keeps them equal.',
    $defs: defs,
  }
}

/** The outer object, with its nested objects under `key` (spec §2.5). */
function nestedObject(outer: ObjectSchema, key: string, inner: ObjectSchema): ObjectSchema {
  return {
    ...outer,
    required: [...outer.required, key],
    properties: { ...outer.properties, [key]: { type: 'array', items: inner } },
  }
}

interface ObjectSchema {
  readonly type: string
  readonly required: string[]
  readonly additionalProperties: boolean
  readonly properties: Record<string, unknown>
}

export function reportSchemas(): { path: string; schema: Record<string, unknown> }[] {
  return ALL_REPORTS.map((report) => ({
    path: `reports/${reportSlug(report)}.schema.json`,
    schema: reportSchema(report),
  }))
}
