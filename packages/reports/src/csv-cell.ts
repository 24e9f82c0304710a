import { formatDay, memoiseByDay } from '@fake-graph/tenant'
import type { CellKind, CellValue } from './column'
import { isoDuration } from './iso-duration'

const NEEDS_QUOTES = /[",\r\n]/

/**
 * RFC 4180, quoting only the cells that need it. Hand-written rather than csv-stringify because
 * that library alone runs below the 100 MB/s the Detail stream must reach (see bench/); the
 * unit tests hold this to csv-stringify's output on random cells.
 */
export function quoteCsv(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export type CsvCellFormatter = (value: CellValue) => string

const formatters = new Map<string, CsvCellFormatter>()

/**
 * Spells a cell as the real CSV does (True/False, YYYY-MM-DD, products joined by `+`, an empty
 * cell for null), followed by `after`: the comma, or the line ending of the last cell. Dates,
 * booleans and product lists come from small vocabularies, so each text is made once with its
 * separator and reused: a line is then one string per cell to concatenate, not two.
 */
export function csvCellFormatter(kind: CellKind, after: string): CsvCellFormatter {
  const key = `${kind}${after}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = makeFormatter(kind, after)
    formatters.set(key, formatter)
  }
  return formatter
}

function makeFormatter(kind: CellKind, after: string): CsvCellFormatter {
  switch (kind) {
    case 'text':
    case 'versions':
      return (value) => (value === null ? after : quoteCsv(value as string) + after)
    case 'bool': {
      const yes = `True${after}`
      const no = `False${after}`
      return (value) => (value === null ? after : value ? yes : no)
    }
    case 'yesNo': {
      const yes = `Yes${after}`
      const no = `No${after}`
      return (value) => (value === null ? after : value ? yes : no)
    }
    case 'duration':
      return (value) => (value === null ? after : isoDuration(value as number) + after)
    case 'durationTally':
      return (value) => (value === null || value === 0 ? after : isoDuration(value as number) + after)
    case 'date': {
      const text = memoiseByDay((day) => formatDay(day) + after)
      return (value) => (value === null ? after : text(value as number))
    }
    case 'tally':
      return (value) => (value === null || value === 0 ? after : spelt(value as number) + after)
    case 'count':
    case 'period':
      return (value) => (value === null ? after : spelt(value as number) + after)
    case 'products': {
      // Product lists are shared between users (see the tenant).
      const texts = new WeakMap<readonly string[], string>()
      return (value) => {
        if (value === null) return after
        const products = value as readonly string[]
        let text = texts.get(products)
        if (text === undefined) {
          text = quoteCsv(products.join('+')) + after
          texts.set(products, text)
        }
        return text
      }
    }
  }
}

const ZEROS = '000000000'

/** A count as `String` spells it: its own for most, which are small; `numberText` past a billion. */
const spelt = (value: number): string => (value < 1e9 ? String(value) : numberText(value))

/**
 * A number as `String` spells it. A whole number past 2^31 is no small integer to V8, and `String`
 * takes the slow road of a double for it, about three times the cost of two small ones: the
 * mailbox Detail's byte counts (storage, quotas, deleted items) are six such cells a row, and
 * were a fifth of its render. Below 2^53 the two halves are exact, and so is their spelling.
 */
function numberText(value: number): string {
  if (!(value >= 1e9 && value <= Number.MAX_SAFE_INTEGER && Number.isInteger(value))) return String(value)
  const high = Math.floor(value / 1e9)
  const low = String(value - high * 1e9)
  return String(high) + ZEROS.slice(low.length) + low
}

/** One cell on its own. */
export function formatCsvCell(kind: CellKind, value: CellValue): string {
  return csvCellFormatter(kind, '')(value)
}
