import { parse } from 'csv-parse/sync'
import type { Diagnostic } from './diagnostic'
import { type CellSchema, type ReportSchema, reportSchema } from './report-schemas'

const BOM = '\uFEFF'

/**
 * Checks a report CSV against its contract (`contracts/schemas/reports/<report>.schema.json`):
 * the BOM, CRLF line ends, the header name by name, and every cell of every row by its column's
 * name. The columns may come in any order: the real export's, or the one Graph's reference
 * documents (decision 0015). An empty list means the file is what Graph sends.
 *
 * @example
 * for (const problem of validateReportCsv(csv, 'getOffice365ActiveUserDetail')) console.log(describeDiagnostic(problem))
 * // row 3, column 4 "Is Deleted": "Yes" should be True or False
 */
export function validateReportCsv(csv: string | Uint8Array, report: string): Diagnostic[] {
  const schema = reportSchema(report)
  const text = typeof csv === 'string' ? csv : new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv)
  const diagnostics: Diagnostic[] = []
  if (!text.startsWith(BOM))
    diagnostics.push({
      row: null,
      column: null,
      value: text.slice(0, 3),
      expected: 'a file starting with a UTF-8 BOM (EF BB BF)',
    })
  const bare = text.replace(/^\uFEFF/, '')
  const lines = bare.split('\n')
  const bareLf = lines.findIndex((line, index) => index < lines.length - 1 && !line.endsWith('\r'))
  if (bareLf >= 0) diagnostics.push({ row: bareLf + 1, column: null, value: '\\n', expected: 'CRLF line ends' })

  let rows: string[][]
  try {
    rows = parse(bare, { relax_column_count: true, record_delimiter: ['\r\n', '\n'] })
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? null
    return [...diagnostics, { row: line, column: null, value: (error as Error).message, expected: 'RFC 4180 CSV' }]
  }
  const [first = [], ...data] = rows
  const { header, row } = columnsOf(schema, first)
  const cellSchemas = row.map((cell) => ({ ...cell, regex: new RegExp(cell.pattern ?? '') }))
  diagnostics.push(...headerDiagnostics(first, header))
  // Each cell is checked by its column's name, so a file in another order (decision 0015) reads
  // the same; a column whose name is wrong is checked as the one its place would hold.
  const byName = new Map(header.map((name, index) => [name, cellSchemas[index]]))
  const cells = header.map((_, index) => byName.get(first[index] as string) ?? cellSchemas[index])
  data.forEach((row, index) => {
    const line = index + 2
    if (row.length !== cells.length) {
      diagnostics.push({ row: line, column: null, value: row.length, expected: `${cells.length} cells` })
      return
    }
    row.forEach((value, column) => {
      const cell = cells[column]
      if (cell && !cell.regex.test(value)) {
        diagnostics.push({
          row: line,
          column: column + 1,
          header: cell.title,
          value,
          expected: cell.description ?? `to match ${cell.pattern}`,
        })
      }
    })
  })
  return diagnostics
}

/**
 * The header row against the report's names, in any order: each name once, none unknown. A
 * wrong name where a missing one belongs is reported as that one, at its column.
 */
function headerDiagnostics(first: readonly string[], header: readonly string[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const present = new Set(first)
  const missing = header.filter((name) => !present.has(name))
  const reported = new Set<string>()
  const seen = new Set<string>()
  first.forEach((name, index) => {
    const known = header.includes(name) && !seen.has(name)
    seen.add(name)
    if (known) return
    const instead = header[index]
    if (instead !== undefined && missing.includes(instead) && !reported.has(instead)) {
      reported.add(instead)
      diagnostics.push({ row: 1, column: index + 1, header: instead, value: name, expected: `the header "${instead}"` })
    } else if (index >= header.length) {
      diagnostics.push({ row: 1, column: index + 1, value: name, expected: `${header.length} columns` })
    } else {
      diagnostics.push({ row: 1, column: index + 1, value: name, expected: 'one of the report’s headers, once' })
    }
  })
  for (const name of missing) {
    if (!reported.has(name))
      diagnostics.push({ row: 1, column: null, header: name, value: null, expected: `a column "${name}"` })
  }
  return diagnostics
}

/**
 * The columns the file names: the documented ones, or beta's, where its header has their names;
 * else the real export's on v1.0.
 */
function columnsOf(schema: ReportSchema, first: readonly string[]): { header: string[]; row: readonly CellSchema[] } {
  const { csvHeader, csvRow, csvHeaderDocumented, csvRowDocumented, csvHeaderBeta, csvRowBeta } = schema.$defs
  const names = (cells: readonly CellSchema[]) => cells.map((cell) => cell.const as string)
  const present = new Set(first)
  for (const [header, row] of [
    [csvHeaderDocumented, csvRowDocumented],
    [csvHeaderBeta, csvRowBeta],
  ] as const) {
    if (!header || !row) continue
    const named = names(header.prefixItems)
    if (named.length === first.length && named.every((name) => present.has(name)))
      return { header: named, row: row.prefixItems }
  }
  return { header: names(csvHeader.prefixItems), row: csvRow.prefixItems }
}
