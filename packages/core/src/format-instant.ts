/**
 * Formats an instant once per window of `windowMs` and hands out the same text until the window
 * changes. Every request formats the clock's reading twice (the Date header, the journal's
 * time); under load many requests share a reading, and the journal then holds one string for
 * all of them instead of one each.
 */
export function formatOncePer(windowMs: number, format: (instant: Date) => string): (instant: Date) => string {
  let window = Number.NaN
  let text = ''
  return (instant) => {
    const current = Math.floor(instant.getTime() / windowMs)
    if (current !== window) {
      window = current
      text = format(instant)
    }
    return text
  }
}
