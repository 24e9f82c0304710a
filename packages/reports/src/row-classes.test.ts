import { generateTenant } from '@fake-graph/tenant'
import { describe, expect, it } from 'vitest'
import { sameHiddenClass } from '../../../test/support/same-hidden-class'
import { IDLE } from './idle'
import { CURRENT_REPORTS } from './report-registry'

/** Rows by which every hidden class a field will hold has been seen, as V8's feedback would see it. */
const EARLY_ROWS = 1_000

/** The fields of `rows` whose values took a hidden class not seen in the first EARLY_ROWS rows, with the row. */
function lateClasses(rows: Iterable<unknown>): string[] {
  const seen = new Map<string, object[]>()
  const late: string[] = []
  let at = 0
  for (const row of rows) {
    if (row === IDLE) continue
    for (const [field, value] of Object.entries(row as object)) {
      if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) continue
      const classes = seen.get(field) ?? []
      seen.set(field, classes)
      if (classes.some((other) => sameHiddenClass(other, value))) continue
      classes.push(value)
      if (at >= EARLY_ROWS) late.push(`${field} at row ${at}`)
    }
    at++
  }
  return late
}

// Code that V8 optimised on a report's first rows is thrown away at the first row of a new hidden
// class; a class that first appears thousands of rows in costs a first render a recompilation of
// the writer (`generate-user.ts`, `packed`). Enough users for V8 to optimise what makes the rows.
describe("a Detail's rows", () => {
  const tenant = generateTenant({ seed: 1, users: 20_000, now: new Date('2026-11-27T00:00:00Z'), lazy: false })
  const details = CURRENT_REPORTS.filter(({ name }) => /UserDetail$|AccountDetail$|^getMailboxUsageDetail$/.test(name))
  it.each(details.map((definition) => [definition.name, definition] as const))(
    '%s hold no hidden class after their first rows that they did not hold in them',
    (_, definition) => {
      expect(lateClasses(definition.rows({ tenant, selection: { period: 180 } }))).toEqual([])
    },
  )
})
