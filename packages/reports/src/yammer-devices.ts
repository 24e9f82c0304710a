import {
  activeDays,
  SERVICES,
  type Tenant,
  type TenantUser,
  YAMMER_DEVICES,
  YAMMER_MODEL,
  yammerDevices,
} from '@fake-graph/tenant'
import type { CountDay, WorkloadAction } from './workload-counts'
import type { WorkloadTotals } from './workload-detail-rows'

const YAMMER_BIT = SERVICES.indexOf('yammer')
const YAMMER = 1 << YAMMER_BIT
const NONE: readonly number[] = YAMMER_DEVICES.map(() => 0)

/** The Detail's columns, `Used Web` … `Used Others`, Yes or No (spec §1.13). */
export const YAMMER_DEVICE_DETAIL_ACTIONS: readonly WorkloadAction[] = [
  'Used Web',
  'Used Windows Phone',
  'Used Android Phone',
  'Used iPhone',
  'Used iPad',
  'Used Others',
].map((header, lane) => ({ header, field: fieldOfDevice(header), lane, kind: 'yesNo' as const }))

/** The counts reports' columns, `Web` … `Other`. */
export const YAMMER_DEVICE_DAY_ACTIONS: readonly WorkloadAction[] = [
  ['Web', 'web'],
  ['Windows Phone', 'windowsPhone'],
  ['Android Phone', 'androidPhone'],
  ['iPhone', 'iPhone'],
  ['iPad', 'iPad'],
  ['Other', 'other'],
].map(([header, field], lane) => ({ header: header as string, field: field as string, lane }))

/** `Used iPhone` is `usediPhone` in the beta JSON, as the resource page spells it. */
function fieldOfDevice(header: string): string {
  return `used${header.slice('Used '.length).replace(/ /g, '')}`
}

/** One per device the user read Viva Engage on over [from, to]: their devices if active then, else none. */
export const yammerDeviceTotals =
  (tenant: Tenant): WorkloadTotals =>
  (user, from, to) => {
    const last = user.lastActivityDates[YAMMER_BIT]
    if (last == null || last < from || activeDays(YAMMER_MODEL, user, tenant.firstDay, from, to) === 0) return NONE
    const devices = yammerDevices(user)
    return YAMMER_DEVICES.map((_, device) => (devices >>> device) & 1)
  }

/** Adds one per device a user read Viva Engage on that day: the device user-counts report. */
export const yammerDeviceDays =
  (tenant: Tenant) =>
  (user: TenantUser): CountDay => {
    const devices = yammerDevices(user)
    return (at, lanes) => {
      const offset = at - tenant.firstDay
      if (offset < 0 || offset >= user.activity.length || ((user.activity[offset] as number) & YAMMER) === 0) return
      for (let device = 0; device < lanes.length; device++) {
        if ((devices >>> device) & 1) lanes[device] = (lanes[device] as number) + 1
      }
    }
  }
