import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadTenant } from './load-tenant'
import { DEVICE_WORKLOADS } from './scenario-devices'
import { skypeDevices } from './skype-devices'
import { TEAMS_DEVICE_MODEL } from './teams-device-usage'
import type { TenantUser } from './tenant'
import { toTenantRecord } from './tenant-record'
import { smallScenario } from './test-support'
import { floorLaneOf, workloadTotals } from './workload-activity'
import { yammerDevices } from './yammer-devices'

const schemaFile = new URL('../../../contracts/schemas/tenant.schema.json', import.meta.url)
const now = new Date('2026-11-27T00:00:00Z')

/** The small scenario, its first user (licensed for everything) given `devices`. */
const scenario = (devices: unknown, unlicensed?: string) =>
  smallScenario((adele) => Object.assign(adele, { devices }), unlicensed)

const usersOf = (devices: unknown) => [...loadTenant(scenario(devices), { now }).users()] as TenantUser[]

describe('a scenario’s devices (docs/usage-reports.md §21)', () => {
  it('names in tenant.schema.json exactly the devices of each service the code knows', () => {
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'))
    const documented = schema.$defs.user.properties.devices.properties as Record<string, { items: { enum: string[] } }>
    expect(Object.fromEntries(Object.entries(documented).map(([w, list]) => [w, list.items.enum]))).toEqual(
      Object.fromEntries(Object.entries(DEVICE_WORKLOADS).map(([w, devices]) => [w, [...devices]])),
    )
  })

  it('replaces the drawn devices of the user who lists them, and no one else’s', () => {
    const drawn = usersOf(undefined)
    const [first, ...others] = usersOf({ yammer: ['iPad', 'web'], skypeForBusiness: ['iPhone'] })
    expect(yammerDevices(first as TenantUser)).toBe(0b10001)
    expect(skypeDevices(first as TenantUser)).toBe(0b01000)
    expect(others.map(yammerDevices)).toEqual(drawn.slice(1).map(yammerDevices))
  })

  it('uses every listed Teams client on every Teams-active day, one of them the floor, and no other', () => {
    const tenant = loadTenant(scenario({ teams: ['mac', 'web'] }), { now })
    const [user] = tenant.users()
    const days = workloadTotals(
      TEAMS_DEVICE_MODEL,
      user as TenantUser,
      tenant.firstDay,
      tenant.firstDay,
      tenant.refreshDate,
    )
    // web, windowsPhone, iOS, mac, androidPhone, windows, chromeOS, linux; Adele has two Teams days.
    expect(days).toEqual([2, 0, 0, 2, 0, 0, 0, 0])
    expect(floorLaneOf(TEAMS_DEVICE_MODEL, user as TenantUser)).toBe(0)
  })

  it('round-trips through the record in each service’s device order', () => {
    const tenant = loadTenant(scenario({ teams: ['linux', 'iOS'], yammer: ['others'] }), { now })
    const record = toTenantRecord(tenant)
    expect(record.users[0]?.devices).toEqual({ teams: ['iOS', 'linux'], yammer: ['others'] })
    expect(record.users[0]).not.toHaveProperty('dailyCounts')
    expect(record.users.slice(1).some((user) => 'devices' in user)).toBe(false)
    expect([...loadTenant(record, { now }).users()]).toStrictEqual([...tenant.users()])
  })

  it.each([
    [
      'devices for a service without its licence',
      { yammer: ['web'] },
      'yammer',
      /users\/0\/devices\/yammer are devices for a user without a Yammer licence/,
    ],
    [
      'a device the service has not',
      { teams: ['iPad'] },
      undefined,
      /users\/0\/devices\/teams\/0 must be equal to one of the allowed values/,
    ],
    [
      'no device at all',
      { skypeForBusiness: [] },
      undefined,
      /users\/0\/devices\/skypeForBusiness must NOT have fewer than 1 items/,
    ],
    [
      'a device twice',
      { teams: ['web', 'mac', 'web'] },
      undefined,
      /users\/0\/devices\/teams\/2 lists a device twice: "web"/,
    ],
    [
      'a service with no devices report',
      { exchange: ['web'] },
      undefined,
      /users\/0\/devices\/exchange is not a known field/,
    ],
  ])('refuses %s, naming the field', (_, devices, unlicense, message) => {
    expect(() => loadTenant(scenario(devices, unlicense), { now })).toThrow(message)
  })
})
