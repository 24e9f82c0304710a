import { type Day, parseDay } from './day'
import { TenantError } from './tenant-error'

/** A date of a scenario file, moved `shift` days; a `TenantError` naming `field` when it is not a calendar date. */
export function recordDay(text: string, shift: number, field: string): Day {
  const parsed = parseDay(text)
  if (parsed === undefined) throw new TenantError(field, `is not a calendar date: "${text}"`)
  return parsed + shift
}
