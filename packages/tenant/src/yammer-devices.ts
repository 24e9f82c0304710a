import { drawnDevices } from './drawn-devices'
import type { TenantUser } from './tenant'

/** The devices of the Yammer device-usage reports, in their column order (spec §1.13). */
export const YAMMER_DEVICES = ['web', 'windowsPhone', 'androidPhone', 'iPhone', 'iPad', 'others'] as const

/** Each device's share of Yammer users [I]: the browser first, phones next, Windows Phone all but gone. */
const SHARES = [0.82, 0.01, 0.24, 0.3, 0.07, 0.04] as const

const SALT = 0x64657669

/**
 * The devices a user reads Viva Engage on, as a bitmask over `YAMMER_DEVICES`: a scenario's own
 * list (`devices`), or drawn, the web when none is drawn.
 */
export function yammerDevices(user: TenantUser): number {
  return user.devices?.yammer ?? drawnDevices(user, SALT, SHARES)
}
