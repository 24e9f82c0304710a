import { describe, expect, it } from 'vitest'
import { dayOf, formatDay, isWeekend, parseDay, weekdayOf } from './day'

describe('day', () => {
  it('round-trips calendar dates through day numbers', () => {
    for (const text of ['1970-01-01', '2000-02-29', '2026-11-27', '2099-12-31']) {
      const day = parseDay(text)
      expect(day).toBeTypeOf('number')
      expect(formatDay(day as number)).toBe(text)
    }
  })

  it('rejects impossible and malformed dates', () => {
    for (const text of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '20261127', '2026-1-5', '']) {
      expect(parseDay(text), text).toBeUndefined()
    }
  })

  it('takes the UTC day of an instant', () => {
    expect(formatDay(dayOf(new Date('2026-11-27T23:59:59.999Z')))).toBe('2026-11-27')
    expect(formatDay(dayOf(new Date('2026-11-27T00:00:00+01:00')))).toBe('2026-11-26')
  })

  it('knows the day of the week as Date does', () => {
    const day = parseDay('2026-11-27') as number
    expect(weekdayOf(day)).toBe(new Date('2026-11-27T00:00:00Z').getUTCDay())
    expect(isWeekend(day)).toBe(false)
    expect(isWeekend(day + 1)).toBe(true)
    expect(isWeekend(day + 2)).toBe(true)
  })
})
