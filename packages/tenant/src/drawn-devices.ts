import type { TenantUser } from './tenant'
import { unit } from './workload-activity'

/**
 * The devices a user has for one service, as a bitmask over its device list, drawn from the
 * workload seed alone with each device's share: the same every day the user is active [I], as
 * people keep their devices, so each device's daily users are a subset of the service's column
 * of the active users. Never empty: a user drawn none uses the first device.
 */
export function drawnDevices(user: TenantUser, salt: number, shares: readonly number[]): number {
  const seed = (user.workloadSeed ^ salt) | 0
  let devices = 0
  for (let device = 0; device < shares.length; device++) {
    if (unit(seed, device + 1) < (shares[device] as number)) devices |= 1 << device
  }
  return devices === 0 ? 1 : devices
}
