import type { TenantUser } from './tenant'
import { unit } from './workload-activity'

/** The devices of the Yammer device-usage reports, in their column order (spec §1.13). */
export const YAMMER_DEVICES = ['web', 'windowsPhone', 'androidPhone', 'iPhone', 'iPad', 'others'] as const

/** Each device's share of Yammer users [I]: the browser first, phones next, Windows Phone all but gone. */
const SHARES = [0.82, 0.01, 0.24, 0.3, 0.07, 0.04] as const

const SALT = 0x64657669

/**
 * The devices a user reads Viva Engage on, as a bitmask over `YAMMER_DEVICES`, drawn from the
 * workload seed alone. The same every day the user is active [I]: people keep their devices, and
 * a fixed set keeps each device's daily users a subset of the Yammer column of the active users.
 * Never empty: a user with no device drawn uses the web.
 */
export function yammerDevices(user: TenantUser): number {
  const seed = (user.workloadSeed ^ SALT) | 0
  let devices = 0
  for (let device = 0; device < SHARES.length; device++) {
    if (unit(seed, device + 1) < (SHARES[device] as number)) devices |= 1 << device
  }
  return devices === 0 ? 1 : devices
}
