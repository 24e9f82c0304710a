import { activeDays, SERVICES, type Tenant, type TenantUser, type WorkloadModel } from '@fake-graph/tenant'
import type { WorkloadTotals } from './detail-rows'
import type { CountDay, WorkloadAction } from './workload-counts'

/** Where a service's device reports read a user's devices: a bitmask over `count` devices. */
export interface WorkloadDevices {
  readonly model: WorkloadModel
  readonly count: number
  readonly devicesOf: (user: TenantUser) => number
}

/** One per device a user had over [from, to]: their devices if active in the service then, else none. */
export const deviceTotals =
  ({ model, count, devicesOf }: WorkloadDevices) =>
  (tenant: Tenant): WorkloadTotals => {
    const bit = SERVICES.indexOf(model.service)
    const none: readonly number[] = new Array<number>(count).fill(0)
    return (user, from, to) => {
      const last = user.lastActivityDates[bit]
      if (last == null || last < from || activeDays(model, user, tenant.firstDay, from, to) === 0) return none
      const devices = devicesOf(user)
      return none.map((_, device) => (devices >>> device) & 1)
    }
  }

/** Adds one per device a user had on a day they were active in the service: the device user-counts reports. */
export const deviceDays =
  ({ model, devicesOf }: WorkloadDevices) =>
  (tenant: Tenant) => {
    const mask = 1 << SERVICES.indexOf(model.service)
    return (user: TenantUser): CountDay => {
      const devices = devicesOf(user)
      return (at, lanes) => {
        const offset = at - tenant.firstDay
        if (offset < 0 || offset >= user.activity.length || ((user.activity[offset] as number) & mask) === 0) return
        for (let device = 0; device < lanes.length; device++) {
          if ((devices >>> device) & 1) lanes[device] = (lanes[device] as number) + 1
        }
      }
    }
  }

/** A device Detail's columns from their headers (`Used Windows` …), Yes or No, lane i the i-th device. */
export function deviceDetailActions(headers: readonly string[]): WorkloadAction[] {
  return headers.map((header, lane) => ({ header, field: usedFieldOf(header), lane, kind: 'yesNo' as const }))
}

/** `Used iPhone` is `usediPhone` in the beta JSON, as the resource pages spell it. */
function usedFieldOf(header: string): string {
  return `used${header.slice('Used '.length).replace(/ /g, '')}`
}

/** A device counts report's columns from their headers and JSON fields, lane i the i-th device. */
export function deviceDayActions(columns: readonly (readonly [header: string, field: string])[]): WorkloadAction[] {
  return columns.map(([header, field], lane) => ({ header, field, lane }))
}
