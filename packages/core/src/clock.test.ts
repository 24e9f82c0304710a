import { describe, expect, it } from 'vitest'
import { controlledClock, frozenClock } from './clock'

describe('controlledClock', () => {
  const base = frozenClock('2026-11-27T00:00:00Z')
  const read = (clock: { now(): Date }) => clock.now().toISOString()

  it('follows its base until told otherwise, then keeps the offset', () => {
    const clock = controlledClock(base)
    expect(read(clock)).toBe('2026-11-27T00:00:00.000Z')
    clock.advance(60_000)
    base.advance(1_000)
    expect(read(clock)).toBe('2026-11-27T00:01:01.000Z')
    clock.set('2027-01-01T00:00:00Z')
    base.advance(1_000)
    expect(read(clock)).toBe('2027-01-01T00:00:01.000Z')
    base.set('2026-11-27T00:00:00Z')
  })

  it('freezes, stands still while the base runs, and resumes from where it stood', () => {
    const clock = controlledClock(base)
    clock.freeze()
    expect(clock.frozen).toBe(true)
    base.advance(5_000)
    expect(read(clock)).toBe('2026-11-27T00:00:00.000Z')
    clock.advance(2_000)
    clock.resume()
    expect(clock.frozen).toBe(false)
    base.advance(1_000)
    expect(read(clock)).toBe('2026-11-27T00:00:03.000Z')
  })

  it('refuses an instant that is not a date', () => {
    expect(() => controlledClock().set('soon')).toThrow(/"soon" is not a date/)
  })
})
