/**
 * Seconds as an ISO 8601 duration, the way the Teams reports print one: `PT0S` for none, then
 * hours, minutes and seconds with the zero parts left out (`PT1H5S`). Hours are not folded
 * into days: the real form of a duration above a day is unknown (docs/usage-reports.md §6).
 */
export function isoDuration(seconds: number): string {
  if (seconds <= 0) return 'PT0S'
  const hours = Math.floor(seconds / 3600)
  const minutes = Math.floor((seconds % 3600) / 60)
  const rest = seconds % 60
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest ? `${rest}S` : ''}`
}
