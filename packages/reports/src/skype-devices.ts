import { SKYPE_DEVICES, SKYPE_MODEL, skypeDevices } from '@fake-graph/tenant'
import type { WorkloadAction } from './workload-counts'
import {
  deviceDayActions,
  deviceDays,
  deviceDetailActions,
  deviceTotals,
  type WorkloadDevices,
} from './workload-devices'

/** The Detail's columns, `Used Windows` … `Used iPad`, Yes or No (spec §1.9). */
export const SKYPE_DEVICE_DETAIL_ACTIONS: readonly WorkloadAction[] = deviceDetailActions([
  'Used Windows',
  'Used Windows Phone',
  'Used Android Phone',
  'Used iPhone',
  'Used iPad',
])

/** The counts reports' columns, `Windows` … `iPad`, with the fields of the beta JSON sample. */
export const SKYPE_DEVICE_DAY_ACTIONS: readonly WorkloadAction[] = deviceDayActions([
  ['Windows', 'windows'],
  ['Windows Phone', 'windowsPhone'],
  ['Android Phone', 'androidPhone'],
  ['iPhone', 'iPhone'],
  ['iPad', 'iPad'],
])

const SKYPE: WorkloadDevices = { model: SKYPE_MODEL, count: SKYPE_DEVICES.length, devicesOf: skypeDevices }

/** One per device the user ran Skype for Business on over [from, to]: their devices if active then, else none. */
export const skypeDeviceTotals = deviceTotals(SKYPE)

/** Adds one per device a user ran Skype for Business on that day: the device user-counts report. */
export const skypeDeviceDays = deviceDays(SKYPE)
