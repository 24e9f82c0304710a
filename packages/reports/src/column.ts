/**
 * How a cell is written: CSV and JSON spell the same value differently (True vs true,
 * "" vs null, "A+B" vs ["A","B"], 7 vs "7"). A `tally` is a count that the counts reports leave
 * empty where it is zero (docs/usage-reports.md §2). A `yesNo` is a boolean that the CSV spells
 * `Yes`/`No` (Microsoft 365 Apps, docs/usage-reports.md §9). A `versions` cell is a client's
 * version, or empty where the client was not used; JSON holds it in an array (§8).
 */
export type CellKind = 'text' | 'bool' | 'yesNo' | 'date' | 'count' | 'tally' | 'period' | 'products' | 'versions'

export type CellValue = string | number | boolean | null | readonly string[]

export interface Column<Row> {
  /** The CSV header, exactly as the real report spells it. */
  readonly header: string
  /** The camelCase JSON property (beta `$format=application/json`). */
  readonly field: string
  readonly kind: CellKind
  value(row: Row): CellValue
}
