/** One thing wrong with a report a client stored or re-exported. */
export interface Diagnostic {
  /** 1-based line of the CSV (the header is row 1), or 0-based item index for JSON; null for the whole file. */
  readonly row: number | null
  /** 1-based CSV column, or the JSON field; null when the problem is not in one cell. */
  readonly column: number | string | null
  /** The column's header, when there is one. */
  readonly header?: string
  readonly value: unknown
  readonly expected: string
}

/** A one-line reading of a diagnostic: `row 3, column 4 "Is Deleted": "Yes" should be True or False`. */
export function describeDiagnostic(diagnostic: Diagnostic): string {
  const where = [
    diagnostic.row === null ? 'the file' : `row ${diagnostic.row}`,
    diagnostic.column === null
      ? ''
      : `column ${diagnostic.column}${diagnostic.header ? ` "${diagnostic.header}"` : ''}`,
  ]
    .filter(Boolean)
    .join(', ')
  return `${where}: ${JSON.stringify(diagnostic.value)} should be ${diagnostic.expected}`
}
