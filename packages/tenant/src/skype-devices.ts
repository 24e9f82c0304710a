import { drawnDevices } from './drawn-devices'
import type { TenantUser } from './tenant'

/** The devices of the Skype for Business device-usage reports, in their column order (spec §1.9). */
export const SKYPE_DEVICES = ['windows', 'windowsPhone', 'androidPhone', 'iPhone', 'iPad'] as const

/**
 * Each device's share of Skype for Business users [I]: the holdouts of a retired service sit at
 * the Windows desktop client, a few also on a phone, Windows Phone all but gone.
 */
const SHARES = [0.93, 0.005, 0.12, 0.18, 0.04] as const

const SALT = 0x73666264

/**
 * The devices a user runs Skype for Business on, as a bitmask over `SKYPE_DEVICES`: a scenario's
 * own list (`devices`), or drawn, Windows when none is drawn.
 */
export function skypeDevices(user: TenantUser): number {
  return user.devices?.skypeForBusiness ?? drawnDevices(user, SALT, SHARES)
}
