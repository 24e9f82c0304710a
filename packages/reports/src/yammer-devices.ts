import { YAMMER_DEVICES, YAMMER_MODEL, yammerDevices } from '@fake-graph/tenant'
import type { WorkloadAction } from './workload-counts'
import {
  deviceDayActions,
  deviceDays,
  deviceDetailActions,
  deviceTotals,
  type WorkloadDevices,
} from './workload-devices'

/** The Detail's columns, `Used Web` … `Used Others`, Yes or No (spec §1.13). */
export const YAMMER_DEVICE_DETAIL_ACTIONS: readonly WorkloadAction[] = deviceDetailActions([
  'Used Web',
  'Used Windows Phone',
  'Used Android Phone',
  'Used iPhone',
  'Used iPad',
  'Used Others',
])

/** The counts reports' columns, `Web` … `Other`. */
export const YAMMER_DEVICE_DAY_ACTIONS: readonly WorkloadAction[] = deviceDayActions([
  ['Web', 'web'],
  ['Windows Phone', 'windowsPhone'],
  ['Android Phone', 'androidPhone'],
  ['iPhone', 'iPhone'],
  ['iPad', 'iPad'],
  ['Other', 'other'],
])

const YAMMER: WorkloadDevices = { model: YAMMER_MODEL, count: YAMMER_DEVICES.length, devicesOf: yammerDevices }

/** One per device the user read Viva Engage on over [from, to]: their devices if active then, else none. */
export const yammerDeviceTotals = deviceTotals(YAMMER)

/** Adds one per device a user read Viva Engage on that day: the device user-counts report. */
export const yammerDeviceDays = deviceDays(YAMMER)
