import type { Day } from './day'

/**
 * Whether something made on `created` and deleted on `deleted` (null: never) existed on `day`.
 * The one rule for users' mailboxes and OneDrives, groups and sites, so that their counts agree on
 * the day of a deletion: that day it is gone.
 */
export function existsOn(created: Day, deleted: Day | null, day: Day): boolean {
  return created <= day && (deleted === null || day < deleted)
}

/** Whether it existed on some day from `from` to `to`: what a report of that span lists. */
export function existedDuring(created: Day, deleted: Day | null, from: Day, to: Day): boolean {
  return created <= to && (deleted === null || deleted > from)
}
