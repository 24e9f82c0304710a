import { formatDay, memoiseByDay } from '@fake-graph/tenant'
import { ByteSink } from './byte-sink'
import type { CellKind, CellValue } from './column'
import { writeIsoDuration } from './iso-duration'

const NEEDS_QUOTES = /[",\r\n]/
const QUOTE = 34
const COMMA = 44
const LF = 10
const CR = 13

/**
 * RFC 4180, quoting only the cells that need it. Hand-written rather than csv-stringify because
 * that library alone runs below the 100 MB/s the Detail stream must reach (see bench/); the
 * unit tests hold this to csv-stringify's output on random cells.
 */
export function quoteCsv(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * A text cell, quoted as `quoteCsv` does. Most need no quotes (ids, addresses, names), and are
 * encoded as they are scanned, accents too; the first unit that needs quotes, or half of a
 * surrogate pair, hands the cell to `quoteCsv` and the native encoder.
 */
function writeCsvText(sink: ByteSink, text: string): void {
  if (!wrotePlain(sink, text)) sink.text(quoteCsv(text))
}

/** Writes `text` as it is and says so, or writes nothing where it needs quotes or holds a surrogate. */
function wrotePlain(sink: ByteSink, text: string): boolean {
  const count = text.length
  sink.room(count * 3)
  const bytes = sink.bytes
  let at = sink.length
  for (let i = 0; i < count; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) {
      if (unit <= COMMA && (unit === QUOTE || unit === COMMA || unit === LF || unit === CR)) return false
      bytes[at++] = unit
    } else if (unit < 0x800) {
      bytes[at++] = 0xc0 | (unit >> 6)
      bytes[at++] = 0x80 | (unit & 0x3f)
    } else if (unit < 0xd800 || unit > 0xdfff) {
      bytes[at++] = 0xe0 | (unit >> 12)
      bytes[at++] = 0x80 | ((unit >> 6) & 0x3f)
      bytes[at++] = 0x80 | (unit & 0x3f)
    } else return false
  }
  sink.length = at
  return true
}

export type CsvCellWriter = (value: CellValue, sink: ByteSink) => void

const writers = new Map<string, CsvCellWriter>()
const encoder = new TextEncoder()

/**
 * Writes a cell as the real CSV spells it (True/False, YYYY-MM-DD, products joined by `+`, an
 * empty cell for null), followed by `after`: the comma, or the line ending of the last cell.
 * Dates, booleans and product lists come from small vocabularies, so the bytes of each are made
 * once with their separator and copied: a cell is then one copy.
 */
export function csvCellWriter(kind: CellKind, after: string): CsvCellWriter {
  const key = `${kind}${after}`
  let writer = writers.get(key)
  if (!writer) {
    writer = makeWriter(kind, after)
    writers.set(key, writer)
  }
  return writer
}

function makeWriter(kind: CellKind, separator: string): CsvCellWriter {
  const after = encoder.encode(separator)
  const spelt = (text: string) => encoder.encode(text + separator)
  switch (kind) {
    case 'text':
    case 'versions':
      return (value, sink) => {
        if (value !== null) writeCsvText(sink, value as string)
        sink.copy(after)
      }
    case 'bool':
    case 'yesNo': {
      const [yes, no] = kind === 'bool' ? [spelt('True'), spelt('False')] : [spelt('Yes'), spelt('No')]
      return (value, sink) => {
        sink.copy(value === null ? after : value ? yes : no)
      }
    }
    case 'duration':
    case 'durationTally': {
      const emptyAtZero = kind === 'durationTally'
      return (value, sink) => {
        if (value !== null && !(emptyAtZero && value === 0)) writeIsoDuration(sink, value as number)
        sink.copy(after)
      }
    }
    case 'date': {
      const bytes = memoiseByDay((day) => spelt(formatDay(day)))
      return (value, sink) => sink.copy(value === null ? after : bytes(value as number))
    }
    case 'tally':
      return (value, sink) => {
        if (value !== null && value !== 0) sink.number(value as number)
        sink.copy(after)
      }
    case 'count':
    case 'period':
      return (value, sink) => {
        if (value !== null) sink.number(value as number)
        sink.copy(after)
      }
    case 'products': {
      // Product lists are shared between users (see the tenant).
      const lists = new WeakMap<readonly string[], Uint8Array>()
      const bytesOf = (products: readonly string[]) => {
        let bytes = lists.get(products)
        if (bytes === undefined) {
          bytes = spelt(quoteCsv(products.join('+')))
          lists.set(products, bytes)
        }
        return bytes
      }
      return (value, sink) => {
        sink.copy(value === null ? after : bytesOf(value as readonly string[]))
      }
    }
  }
}

/** One cell on its own, as text. */
export function formatCsvCell(kind: CellKind, value: CellValue): string {
  const sink = new ByteSink()
  csvCellWriter(kind, '')(value, sink)
  return sink.takeText()
}
