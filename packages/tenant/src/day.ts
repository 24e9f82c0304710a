/**
 * A calendar day in UTC, counted from 1970-01-01. Reports only ever speak in whole UTC days,
 * and integers make window arithmetic and bitset indexing trivial.
 */
export type Day = number

const MS_PER_DAY = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function dayOf(instant: Date): Day {
  return Math.floor(instant.getTime() / MS_PER_DAY)
}

/** Parses `YYYY-MM-DD`, rejecting impossible dates such as 2026-02-30. */
export function parseDay(text: string): Day | undefined {
  const match = ISO_DATE.exec(text)
  if (!match) return undefined
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const ms = Date.UTC(y, m - 1, d)
  const date = new Date(ms)
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return undefined
  }
  return ms / MS_PER_DAY
}

// Formatting is on the hot path of every report row, so memoise. The cache is a dense array
// over 2015–2037 (indexes from zero keep V8's fast elements; raw day numbers would not).
const CACHE_FROM = 16_436
const isoCache: (string | undefined)[] = new Array(8_192).fill(undefined)

export function formatDay(day: Day): string {
  const slot = day - CACHE_FROM
  const cached = isoCache[slot]
  if (cached !== undefined) return cached
  const text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
  if (slot >= 0 && slot < isoCache.length) isoCache[slot] = text
  return text
}

/** 0 is Sunday, as in `Date#getUTCDay`. */
export function weekdayOf(day: Day): number {
  return (day + 4) % 7
}

export function isWeekend(day: Day): boolean {
  const weekday = weekdayOf(day)
  return weekday === 0 || weekday === 6
}
