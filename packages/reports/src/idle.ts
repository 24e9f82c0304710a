/**
 * What a row generator yields while it works through users without producing a row (a Detail
 * for a date skipping inactive users, a count tallying them all): a writer turns it into an
 * empty piece, and the stream can hand the event loop back between any two.
 */
export const IDLE: unique symbol = Symbol('idle')
export type Idle = typeof IDLE

/** Users a row generator walks between two IDLEs (a few hundred microseconds, lazily derived). */
export const USERS_PER_IDLE = 256

/** Detail rows a generator reads without writing between two IDLEs: each costs a user's span of days. */
export const ROWS_PER_IDLE = 32

/**
 * The rows, with an IDLE after every `ROWS_PER_IDLE` of them: for a report that sums a Detail's
 * rows rather than writing them, so that its stream can still hand the loop back as it reads.
 */
export function* readingRows<Row>(rows: Iterable<Row | Idle>): Generator<Row | Idle> {
  let read = 0
  for (const row of rows) {
    yield row
    if (row !== IDLE && ++read % ROWS_PER_IDLE === 0) yield IDLE
  }
}
