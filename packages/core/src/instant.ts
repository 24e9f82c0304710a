import { parseDay } from '@fake-graph/tenant'

const MS_PER_DAY = 86_400_000
// Linear: no two quantifiers can trade characters, so nothing backtracks.
const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:(Z)|([+-])(\d{2}):(\d{2}))$/i

/**
 * Reads an RFC 3339 instant (ISO 8601 with a date, a time to the second and a zone), refusing
 * what `Date.parse` guesses at: "1", "March 7", a missing zone, 2026-02-30, 24:00. One parser for
 * the clock, the admin API and the CLI's `--now`. Undefined for anything else.
 */
export function parseInstant(text: string): Date | undefined {
  const match = INSTANT.exec(text)
  if (!match) return undefined
  const [, date = '', hours, minutes, seconds, fraction = '', zulu, sign, offsetHours, offsetMinutes] = match
  const day = parseDay(date)
  const [h = 0, m = 0, s = 0, oh = 0, om = 0] = [hours, minutes, seconds, offsetHours, offsetMinutes].map(
    (field = '0') => Number(field),
  )
  if (day === undefined || !(h <= 23 && m <= 59 && s <= 59 && oh <= 23 && om <= 59)) return undefined
  const offset = zulu ? 0 : (sign === '-' ? -1 : 1) * (oh * 60 + om) * 60_000
  const milliseconds = Number(fraction.padEnd(3, '0').slice(0, 3))
  const time = day * MS_PER_DAY + h * 3_600_000 + m * 60_000 + s * 1000 + milliseconds - offset
  return new Date(time)
}

/** Milliseconds since 1970 of a Date, or of an instant `parseInstant` reads; undefined for any other text. */
export function instantTime(instant: Date | string): number | undefined {
  return instant instanceof Date ? instant.getTime() : parseInstant(instant)?.getTime()
}
