import { generateTenant } from '@fake-graph/tenant'
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ByteSink } from './byte-sink'
import type { CellKind, CellValue, Column } from './column'
import { quoteCsv } from './csv-cell'
import { type CsvLine, csvLine } from './csv-line'
import { IDLE } from './idle'
import { isoDuration } from './iso-duration'
import { ALL_REPORTS } from './report-registry'

/** A cell as the real CSV spells it, written out here with none of the writer's memos. */
function spell(kind: CellKind, value: CellValue): string {
  if (value === null) return ''
  switch (kind) {
    case 'bool':
      return value ? 'True' : 'False'
    case 'yesNo':
      return value ? 'Yes' : 'No'
    case 'duration':
      return isoDuration(value as number)
    case 'durationTally':
      return value === 0 ? '' : isoDuration(value as number)
    case 'date':
      return new Date((value as number) * 86_400_000).toISOString().slice(0, 10)
    case 'products':
      return quoteCsv((value as string[]).join('+'))
    case 'text':
    case 'versions':
      return quoteCsv(value as string)
    case 'tally':
      return value === 0 ? '' : String(value)
    default:
      return String(value)
  }
}

/** What a line must be, cell by cell. */
const reference = <Row>(columns: readonly Column<Row>[], row: Row, end: string) =>
  columns.map((column) => spell(column.kind, column.value(row))).join(',') + end

const sink = new ByteSink()

/** The line `line` writes for `row`, as text. */
function written<Row>(line: CsvLine<Row>, row: Row): string {
  line(row, sink)
  return sink.takeText()
}

/** A line writer made where code generation is refused, as under a strict Content-Security-Policy. */
function loopedLine<Row>(columns: readonly Column<Row>[], end: string) {
  vi.stubGlobal('Function', () => {
    throw new EvalError('Code generation from strings disallowed for this context')
  })
  try {
    // A copy of the list: lines are kept per column list, and this one must be made afresh.
    return csvLine([...columns], end)
  } finally {
    vi.unstubAllGlobals()
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('csvLine', () => {
  const tenant = generateTenant({ seed: 7, users: 400, now: new Date('2026-11-27T00:00:00Z') })
  const selections = [{ period: 7 as const }, { period: 180 as const }, { date: tenant.refreshDate - 3 }]

  it('is compiled where the runtime allows it, and falls back to a loop where it does not', () => {
    const columns = ALL_REPORTS[0]?.columns ?? expect.fail('no reports')
    expect(csvLine(columns, '\r\n').name).toBe('csvLine')
    expect(loopedLine(columns, '\r\n').name).not.toBe('csvLine')
  })

  it('writes every row of every report as the cell-by-cell reference does, compiled or looped', () => {
    let rows = 0
    for (const definition of ALL_REPORTS) {
      for (const end of ['\r\n', '\n']) {
        const compiled = csvLine(definition.columns, end)
        const looped = loopedLine(definition.columns, end)
        for (const selection of selections) {
          if ('date' in selection && !definition.acceptsDate) continue
          for (const concealNames of [false, true]) {
            for (const row of definition.rows({ tenant, selection, concealNames })) {
              if (row === IDLE) continue
              const expected = reference(definition.columns, row, end)
              expect(written(compiled, row)).toBe(expected)
              expect(written(looped, row)).toBe(expected)
              rows++
            }
          }
        }
      }
    }
    // Enough rows that every report and selection was really exercised.
    expect(rows).toBeGreaterThan(5_000)
    // Every report of the registry, twice over: the time grows with the registry, not per row.
  }, 30_000)

  it('holds for any cells of any kind, quoting and nulls included', () => {
    const kinds: CellKind[] = [
      'text',
      'versions',
      'bool',
      'yesNo',
      'date',
      'count',
      'tally',
      'duration',
      'durationTally',
      'period',
      'products',
    ]
    const valuesOf: Record<CellKind, fc.Arbitrary<CellValue>> = {
      text: fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\r', '\n', 'é', '😀') }),
      bool: fc.boolean(),
      yesNo: fc.boolean(),
      // Past 2^31 and fractions too, where the writer leaves the spelling to isoDuration.
      duration: fc.oneof(fc.nat({ max: 500_000 }), fc.double(), fc.constantFrom(2 ** 31, 2 ** 40, -5)),
      durationTally: fc.nat({ max: 2 }),
      versions: fc.constantFrom('ProPlus', 'Outlook 2016', 'Undetermined'),
      date: fc.integer({ min: 10_000, max: 30_000 }),
      // Past 2^31 and 2^53 as well, where the writer spells a number in two halves or leaves it to String.
      count: fc.oneof(fc.nat(), fc.maxSafeNat(), fc.double(), fc.constantFrom(1e9, 2 ** 53, 2 ** 60, 1e21, -1e10)),
      tally: fc.nat({ max: 3 }),
      period: fc.constantFrom(7, 30, 90, 180),
      products: fc.array(fc.string({ unit: fc.constantFrom('A', ' ', '+', ',', '"') }), { maxLength: 3 }),
    }
    const cell = fc
      .constantFrom(...kinds)
      .chain((kind) => fc.record({ kind: fc.constant(kind), value: fc.option(valuesOf[kind], { nil: null }) }))
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 30 }), (cells) => {
        const columns: Column<CellValue[]>[] = cells.map(({ kind }, i) => ({
          header: `c${i}`,
          field: `c${i}`,
          kind,
          value: (row) => row[i] as CellValue,
        }))
        const row = cells.map(({ value }) => value)
        const expected = reference(columns, row, '\r\n')
        expect(written(csvLine(columns, '\r\n'), row)).toBe(expected)
        expect(written(loopedLine(columns, '\r\n'), row)).toBe(expected)
      }),
      { numRuns: 500 },
    )
  })
})
