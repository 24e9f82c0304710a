import { unit, type WorkloadModel } from './workload-activity'

/** The Teams clients of the device-usage Detail, in its column order (spec §1.11). */
export const TEAMS_DEVICES = [
  'web',
  'windowsPhone',
  'iOS',
  'mac',
  'androidPhone',
  'windows',
  'chromeOS',
  'linux',
] as const
export type TeamsDevice = (typeof TEAMS_DEVICES)[number]

const device = (name: TeamsDevice): number => TEAMS_DEVICES.indexOf(name)

/** Each user's main client, by share of users: the lane that every Teams-active day uses [I]. */
const MAIN_CLIENTS: readonly (readonly [number, TeamsDevice])[] = [
  [0.62, 'windows'],
  [0.8, 'mac'],
  [0.89, 'web'],
  [0.95, 'iOS'],
  [0.98, 'androidPhone'],
  [0.99, 'linux'],
  [1, 'chromeOS'],
]

/**
 * The days each client was used, on Teams-active days: the user's main client every such day,
 * a phone or the web now and then. A lane counts days, not actions; the reports only ask
 * whether it is above zero.
 */
export const TEAMS_DEVICE_MODEL: WorkloadModel = {
  service: 'teams',
  lanes: TEAMS_DEVICES.length,
  salt: 0x64657669,
  floorLane: device('windows'),
  floorOf: (s) => {
    const draw = unit(s, 1)
    for (const [share, name] of MAIN_CLIENTS) if (draw < share) return device(name)
    return device('windows')
  },
  includesFloor: -1,
  packedHashes: true,
  rates: (s, rates) => {
    rates[device('web')] = unit(s, 2) < 0.25 ? 0.05 + 0.3 * unit(s, 3) : 0
    rates[device('windowsPhone')] = unit(s, 4) < 0.003 ? 0.3 : 0
    rates[device('iOS')] = unit(s, 5) < 0.35 ? 0.1 + 0.5 * unit(s, 6) : 0
    rates[device('mac')] = unit(s, 7) < 0.03 ? 0.1 + 0.4 * unit(s, 8) : 0
    rates[device('androidPhone')] = unit(s, 9) < 0.2 ? 0.1 + 0.5 * unit(s, 10) : 0
    rates[device('windows')] = unit(s, 11) < 0.05 ? 0.1 + 0.4 * unit(s, 12) : 0
    rates[device('chromeOS')] = unit(s, 13) < 0.005 ? 0.2 : 0
    rates[device('linux')] = unit(s, 14) < 0.01 ? 0.2 : 0
  },
}
