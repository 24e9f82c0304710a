/**
 * How a cell is written: CSV and JSON spell the same value differently (True vs true,
 * "" vs null, "A+B" vs ["A","B"], 7 vs "7"). A `tally` is a count that the counts reports leave
 * empty where it is zero (docs/usage-reports.md §2). `yesNo` is a boolean that the CSV spells
 * Yes/No (Teams' Is Licensed, device usage, Microsoft 365 Apps); a `duration` is seconds spelled
 * in ISO 8601 (`PT1H2M3S`), and a `durationTally` one left empty where it is zero, as the Teams
 * counts do. A `versions` cell is a mail client's version, or empty where the client was not
 * used; JSON holds it in an array (docs/usage-reports.md §11).
 */
export type CellKind =
  | 'text'
  | 'bool'
  | 'yesNo'
  | 'date'
  | 'count'
  | 'tally'
  | 'duration'
  | 'durationTally'
  | 'period'
  | 'products'
  | 'versions'

export type CellValue = string | number | boolean | null | readonly string[]

export interface Column<Row> {
  /** The CSV header, exactly as the real report spells it. */
  readonly header: string
  /** The camelCase JSON property (beta `$format=application/json`). */
  readonly field: string
  readonly kind: CellKind
  value(row: Row): CellValue
}
