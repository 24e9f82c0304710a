import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatCsvCell, quoteCsv } from './csv-cell'

describe('quoteCsv', () => {
  it('quotes exactly as csv-stringify does, for any text', () => {
    const tricky = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\r', '\n', '+', 'é', '😀') })
    fc.assert(
      fc.property(tricky, (text) => {
        // RFC 4180 quotes any CR or LF; with a CRLF delimiter csv-stringify does only when told to.
        const reference = stringify([[text]], { record_delimiter: 'windows', quoted_match: /[\r\n]/ }).replace(
          /\r\n$/,
          '',
        )
        expect(quoteCsv(text)).toBe(text === '' ? '' : reference)
      }),
      { numRuns: 2000 },
    )
  })

  it('round-trips through a CSV parser', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 2, maxLength: 5 }), (cells) => {
        const [row] = parse(`${cells.map(quoteCsv).join(',')}\r\n`, { relax_column_count: true })
        expect(row).toEqual(cells)
      }),
    )
  })

  it('leaves plain cells bare', () => {
    expect(quoteCsv('MICROSOFT 365 E5+ENTERPRISE MOBILITY + SECURITY E5')).toBe(
      'MICROSOFT 365 E5+ENTERPRISE MOBILITY + SECURITY E5',
    )
  })
})

describe('formatCsvCell', () => {
  it('spells values as the real report does', () => {
    expect(formatCsvCell('bool', true)).toBe('True')
    expect(formatCsvCell('bool', false)).toBe('False')
    expect(formatCsvCell('date', 20_782)).toBe('2026-11-25')
    expect(formatCsvCell('date', null)).toBe('')
    expect(formatCsvCell('period', 30)).toBe('30')
    expect(formatCsvCell('products', ['A, B', 'C + D'])).toBe('"A, B+C + D"')
    expect(formatCsvCell('products', [])).toBe('')
  })
})
