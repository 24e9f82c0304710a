import type { Day } from './day'
import { SERVICES } from './services'

/**
 * Per service, the last active day on or before `asOf`, or null if never: the window's
 * activity first, then what survives from before the window.
 */
export function lastActivityAsOf(
  activity: Uint8Array,
  beforeWindow: readonly (Day | null)[],
  firstDay: Day,
  asOf: Day,
): (Day | null)[] {
  const last: (Day | null)[] = [...beforeWindow]
  let missing = (1 << SERVICES.length) - 1
  for (let offset = Math.min(asOf - firstDay, activity.length - 1); offset >= 0 && missing; offset--) {
    const found = (activity[offset] as number) & missing
    if (found === 0) continue
    for (let bit = 0; bit < SERVICES.length; bit++) {
      if (found & (1 << bit)) last[bit] = firstDay + offset
    }
    missing &= ~found
  }
  return last
}
