import { type Day, SERVICES, type TenantUser } from '@fake-graph/tenant'

/** Per service, the user's last active day on or before `asOf`, or null if never. */
export function lastActivityAsOf(user: TenantUser, firstDay: Day, asOf: Day): (Day | null)[] {
  const last: (Day | null)[] = [...user.lastActivityBeforeWindow]
  let missing = (1 << SERVICES.length) - 1
  for (let offset = Math.min(asOf - firstDay, user.activity.length - 1); offset >= 0 && missing; offset--) {
    const found = (user.activity[offset] as number) & missing
    if (found === 0) continue
    for (let bit = 0; bit < SERVICES.length; bit++) {
      if (found & (1 << bit)) last[bit] = firstDay + offset
    }
    missing &= ~found
  }
  return last
}
