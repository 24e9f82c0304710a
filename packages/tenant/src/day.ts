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

/**
 * Days already parsed: a scenario file spells the same few hundred days hundreds of thousands of
 * times (every user's activity). Only real dates are kept, at most PARSED_DAYS of them.
 */
const parsed = new Map<string, Day>()
const PARSED_DAYS = 16_384

/** Parses `YYYY-MM-DD`, rejecting impossible dates such as 2026-02-30. */
export function parseDay(text: string): Day | undefined {
  const known = parsed.get(text)
  if (known !== undefined) return known
  const day = parseNewDay(text)
  if (day !== undefined) {
    if (parsed.size >= PARSED_DAYS) parsed.clear()
    parsed.set(text, day)
  }
  return day
}

function parseNewDay(text: string): Day | undefined {
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

const MEMO_FROM = 16_436
const MEMO_DAYS = 8_192

/**
 * Memoises a function of a day over 2015–2037: report writers format a day for nearly every cell.
 * A dense array, because indexes counted from zero keep V8's fast elements where raw day numbers
 * would not. Days outside the range are computed every time.
 */
export function memoiseByDay<T>(compute: (day: Day) => T): (day: Day) => T {
  const memo: (T | undefined)[] = new Array(MEMO_DAYS).fill(undefined)
  return (day) => {
    const slot = day - MEMO_FROM
    const known = memo[slot]
    if (known !== undefined) return known
    const value = compute(day)
    if (slot >= 0 && slot < MEMO_DAYS) memo[slot] = value
    return value
  }
}

/** `YYYY-MM-DD`, as every report spells a day. */
export const formatDay: (day: Day) => string = memoiseByDay((day) =>
  new Date(day * MS_PER_DAY).toISOString().slice(0, 10),
)

/** 0 is Sunday, as in `Date#getUTCDay`; days before 1970 too (a scenario's group made in 1969). */
export function weekdayOf(day: Day): number {
  return (((day + 4) % 7) + 7) % 7
}

export function isWeekend(day: Day): boolean {
  const weekday = weekdayOf(day)
  return weekday === 0 || weekday === 6
}
