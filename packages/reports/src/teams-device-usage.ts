import { TEAMS_DEVICES, type TeamsDevice } from '@fake-graph/tenant'
import type { Column } from './column'
import { columnsInOrder } from './columns-in-order'
import type { DetailRow } from './detail-rows'
import { teamsUserColumns } from './teams-activity'
import { actionsOf } from './workload-activity'

/**
 * The clients as the Detail heads them, in `TEAMS_DEVICES` order. `Used Chrome OS` has one
 * space: a 2022 real-output sample shows two, which may be a transcription slip, and Graph's
 * reference shows one (docs/usage-reports.md §6).
 */
const LABELS: Readonly<Record<TeamsDevice, string>> = {
  web: 'Web',
  windowsPhone: 'Windows Phone',
  iOS: 'iOS',
  mac: 'Mac',
  androidPhone: 'Android Phone',
  windows: 'Windows',
  chromeOS: 'Chrome OS',
  linux: 'Linux',
}

const lane = (name: TeamsDevice) => TEAMS_DEVICES.indexOf(name)

/** `getTeamsDeviceUsageUserDetail`'s columns: `Used …` is Yes where the client was used in the period. */
export const TEAMS_DEVICE_DETAIL_COLUMNS: Column<DetailRow>[] = columnsInOrder(
  [
    ...teamsUserColumns(),
    ...TEAMS_DEVICES.map(
      (name, at): Column<DetailRow> => ({
        header: `Used ${LABELS[name]}`,
        field: `used${LABELS[name].replace(/ /g, '')}`,
        kind: 'yesNo',
        value: (row) => (row.counts[at] as number) > 0,
      }),
    ),
  ],
  [
    'Report Refresh Date',
    'User Id',
    'User Principal Name',
    'Last Activity Date',
    'Is Deleted',
    'Deleted Date',
    ...TEAMS_DEVICES.map((name) => `Used ${LABELS[name]}`),
    'Is Licensed',
    'Report Period',
  ],
)

/** The counts reports' order of the clients, which is not the Detail's: phones before iOS. */
const COUNT_ORDER: readonly TeamsDevice[] = [
  'web',
  'windowsPhone',
  'androidPhone',
  'iOS',
  'mac',
  'windows',
  'chromeOS',
  'linux',
]

/** The user-counts and distribution columns, `Web` … `Linux`, each a count (zero is `0`). */
export const TEAMS_DEVICE_COUNT_ACTIONS = actionsOf(
  COUNT_ORDER.map((name) => LABELS[name]),
  COUNT_ORDER.map(lane),
).map((action) => ({ ...action, kind: 'count' as const }))
