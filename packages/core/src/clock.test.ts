import { describe, expect, it } from 'vitest'
import { controlledClock, frozenClock } from './clock'
import { ControlError } from './control-error'

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

  it.each(['soon', '1', 'March 7', '2026-02-30T00:00:00Z'])('refuses %j, which is no ISO 8601 instant', (text) => {
    const clock = frozenClock('2026-11-27T00:00:00Z')
    expect(() => clock.set(text)).toThrow(ControlError)
    expect(() => clock.freeze(text)).toThrow(`Failed to set the clock: "${text}" is not an ISO 8601 instant`)
    expect(read(clock)).toBe('2026-11-27T00:00:00.000Z')
  })

  it.each([
    ['advance 1e300', { advance: 1e300 }],
    ['advance -1e300', { advance: -1e300 }],
    ['advance by Infinity', { advance: Number.POSITIVE_INFINITY }],
    ['advance by NaN', { advance: Number.NaN }],
    ['set a Date past every instant', { set: new Date(8.64e15) }],
    ['set an invalid Date', { set: new Date(Number.NaN) }],
    ['advance past 9999', { advance: 8_000 * 365 * 86_400_000 }],
    ['a valid set, then an advance out of range', { set: '9999-12-31T00:00:00Z', advance: 86_400_000 }],
  ])('refuses to %s and leaves the clock as it was', (_, change) => {
    for (const clock of [frozenClock('2026-11-27T00:00:00Z'), controlledClock(base)]) {
      const before = read(clock)
      const frozen = clock.frozen
      expect(() => clock.update(change)).toThrow(ControlError)
      expect(read(clock)).toBe(before)
      expect(clock.frozen).toBe(frozen)
    }
  })

  it('applies a change of several parts at once, in the order freeze, set, advance, resume', () => {
    const clock = controlledClock(base)
    clock.update({ freeze: true, set: '2027-01-01T00:00:00Z', advance: 1_000 })
    expect(clock.frozen).toBe(true)
    expect(read(clock)).toBe('2027-01-01T00:00:01.000Z')
    clock.update({ advance: 1_000, resume: true })
    expect(clock.frozen).toBe(false)
    expect(read(clock)).toBe('2027-01-01T00:00:02.000Z')
  })

  it('reads from the first instant of 1900, and no earlier', () => {
    const clock = frozenClock('1900-01-01T00:00:00Z')
    expect(() => clock.set('1899-12-31T23:59:59Z')).toThrow(
      'Failed to move the clock: 1899-12-31T23:59:59.000Z is not an instant from 1900-01-01T00:00:00.000Z to 9999-12-31T23:59:59.999Z',
    )
    expect(read(clock)).toBe('1900-01-01T00:00:00.000Z')
  })

  it('reads up to the last instant of 9999, and no further', () => {
    const clock = frozenClock('9999-12-31T23:59:59.998Z')
    clock.advance(1)
    expect(read(clock)).toBe('9999-12-31T23:59:59.999Z')
    expect(() => clock.advance(1)).toThrow('Failed to move the clock: +010000-01-01T00:00:00.000Z is not an instant')
  })
})
