import type { Day } from './day'
import { recordDay } from './record-day'
import { TenantError } from './tenant-error'

/** Where a listed group's or site's dates sit: the file's refresh date and how far it was shifted. */
export interface ListedWindow {
  readonly refreshDate: Day
  readonly shift: number
  readonly domain: string
}

/** A listed group's or site's creation when the file gives none: a year before its refresh date. */
const DEFAULT_AGE_DAYS = 365

/**
 * The creation and deletion of a group or site a scenario lists, checked: made on or before the
 * refresh date and before its owner was deleted, deleted after it was made and not after the
 * refresh date. `what` names it in the refusals ("group", "site").
 */
export function listedLifespan(
  record: { readonly createdDate?: string; readonly deletedDate?: string | null },
  window: ListedWindow,
  path: string,
  what: string,
  ownerDeleted: Day | null | undefined,
): { createdDate: Day; deletedDate: Day | null } {
  const day = (text: string, field: string): Day => recordDay(text, window.shift, `${path}/${field}`)
  const createdDate =
    record.createdDate === undefined ? window.refreshDate - DEFAULT_AGE_DAYS : day(record.createdDate, 'createdDate')
  if (createdDate > window.refreshDate)
    throw new TenantError(`${path}/createdDate`, `is after the refresh date: "${record.createdDate}"`)
  const deletedDate = record.deletedDate == null ? null : day(record.deletedDate, 'deletedDate')
  if (deletedDate !== null && deletedDate > window.refreshDate)
    throw new TenantError(`${path}/deletedDate`, `is after the refresh date: "${record.deletedDate}"`)
  if (ownerDeleted != null && createdDate >= ownerDeleted)
    throw new TenantError(`${path}/createdDate`, `is not before its owner was deleted: "${record.createdDate}"`)
  if (deletedDate !== null && deletedDate <= createdDate)
    throw new TenantError(`${path}/deletedDate`, `is not after the ${what} was created: "${record.deletedDate}"`)
  return { createdDate, deletedDate }
}

/**
 * Claims `key` (an id or URL, compared in any case) for the item at `path`, refusing one that
 * another item listed already has, and naming both as the file writes them.
 */
export function claim(seen: Map<string, string>, written: string, path: string, field: string, what: string): void {
  const key = written.toLowerCase()
  const other = seen.get(key)
  if (other !== undefined) throw new TenantError(`${path}/${field}`, `gives the ${what} of ${other} too: "${written}"`)
  seen.set(key, path)
}
