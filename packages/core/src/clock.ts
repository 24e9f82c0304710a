import { ControlError } from './control-error'
import { instantTime } from './instant'

/**
 * The instants the clock may read: years whose every report date has four digits (a user's
 * licence history reaches years before the clock), up to the last one ISO 8601 writes with four.
 */
export const EARLIEST_INSTANT = Date.UTC(1900, 0, 1)
export const LATEST_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999)

/** Where the fake reads the time. Nothing else in the fake may read the wall clock. */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

/** A change to a controlled clock, applied whole or not at all: freeze, then set, then advance, then resume. */
export interface ClockChange {
  /** Stand still, at the current reading (`true`) or at an instant. */
  freeze?: true | Date | string
  /** Jump to an instant, frozen or running as before. */
  set?: Date | string
  /** Milliseconds, forward or back. */
  advance?: number
  /** Run again from the reading. */
  resume?: true
}

/**
 * A clock tests can drive: freeze it, set it, advance it, let it run again. Link expiry, date
 * windows and throttling windows all follow it.
 */
export interface ControlledClock extends Clock {
  readonly frozen: boolean
  /** Stand still, at `instant` or at the current reading. */
  freeze(instant?: Date | string): void
  /** Run again from the current reading. */
  resume(): void
  /** Jump to an instant, frozen or running as before. */
  set(instant: Date | string): void
  advance(milliseconds: number): void
  /**
   * Applies every part of a change, or none: a reading outside 1900–9999 (or no instant at all)
   * throws a `ControlError` and leaves the clock as it was.
   */
  update(change: ClockChange): void
}

/** Wraps a clock (the system clock by default) with controls, as an offset or a frozen reading. */
export function controlledClock(base: Clock = systemClock): ControlledClock {
  let offset = 0
  let frozenAt: number | undefined
  const read = () => frozenAt ?? base.now().getTime() + offset

  const update = (change: ClockChange) => {
    const baseTime = base.now().getTime()
    let reading = read()
    let frozen = frozenAt !== undefined
    if (change.freeze !== undefined) {
      frozen = true
      if (change.freeze !== true) reading = timeOf(change.freeze)
    }
    if (change.set !== undefined) reading = timeOf(change.set)
    if (change.advance !== undefined) reading += change.advance
    if (change.resume) frozen = false
    if (!(reading >= EARLIEST_INSTANT && reading <= LATEST_INSTANT))
      throw new ControlError('move the clock', `${describe(reading)} is not an instant ${RANGE}`)
    frozenAt = frozen ? reading : undefined
    if (!frozen) offset = reading - baseTime
  }

  return {
    now: () => new Date(read()),
    get frozen() {
      return frozenAt !== undefined
    },
    freeze: (instant) => update({ freeze: instant ?? true }),
    resume: () => update({ resume: true }),
    set: (instant) => update({ set: instant }),
    advance: (milliseconds) => update({ advance: milliseconds }),
    update,
  }
}

/** A controlled clock standing still at `start`. */
export function frozenClock(start: Date | string): ControlledClock {
  const clock = controlledClock()
  clock.freeze(start)
  return clock
}

const RANGE = `from ${new Date(EARLIEST_INSTANT).toISOString()} to ${new Date(LATEST_INSTANT).toISOString()}`

function timeOf(instant: Date | string): number {
  const time = instantTime(instant)
  if (time === undefined) throw new ControlError('set the clock', `"${instant}" is not an ISO 8601 instant`)
  return time
}

function describe(time: number): string {
  return Number.isFinite(time) && Math.abs(time) <= 8.64e15 ? new Date(time).toISOString() : `${time} ms from 1970`
}
