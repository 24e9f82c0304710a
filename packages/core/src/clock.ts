/** Where the fake reads the time. Nothing else in the fake may read the wall clock. */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

/** A clock that stands still until told to move: for tests and golden files. */
export interface FrozenClock extends Clock {
  set(instant: Date | string): void
  advance(milliseconds: number): void
}

export function frozenClock(start: Date | string): FrozenClock {
  let current = new Date(start).getTime()
  if (Number.isNaN(current)) throw new RangeError(`Failed to freeze the clock: "${String(start)}" is not a date`)
  return {
    now: () => new Date(current),
    set: (instant) => {
      current = new Date(instant).getTime()
    },
    advance: (milliseconds) => {
      current += milliseconds
    },
  }
}
