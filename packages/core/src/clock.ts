/** Where the fake reads the time. Nothing else in the fake may read the wall clock. */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

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
}

/** A controlled clock that starts frozen (see `frozenClock`). */
export type FrozenClock = ControlledClock

/** Wraps a clock (the system clock by default) with controls, as an offset or a frozen reading. */
export function controlledClock(base: Clock = systemClock): ControlledClock {
  let offset = 0
  let frozenAt: number | undefined
  const read = () => frozenAt ?? base.now().getTime() + offset
  return {
    now: () => new Date(read()),
    get frozen() {
      return frozenAt !== undefined
    },
    freeze(instant) {
      frozenAt = instant === undefined ? read() : toTime(instant)
    },
    resume() {
      if (frozenAt === undefined) return
      offset = frozenAt - base.now().getTime()
      frozenAt = undefined
    },
    set(instant) {
      const time = toTime(instant)
      if (frozenAt === undefined) offset = time - base.now().getTime()
      else frozenAt = time
    },
    advance(milliseconds) {
      if (frozenAt === undefined) offset += milliseconds
      else frozenAt += milliseconds
    },
  }
}

/** A controlled clock standing still at `start`. */
export function frozenClock(start: Date | string): ControlledClock {
  const clock = controlledClock()
  clock.freeze(start)
  return clock
}

function toTime(instant: Date | string): number {
  const time = new Date(instant).getTime()
  if (Number.isNaN(time)) throw new RangeError(`Failed to set the clock: "${String(instant)}" is not a date`)
  return time
}
