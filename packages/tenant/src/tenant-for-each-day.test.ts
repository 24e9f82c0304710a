import { describe, expect, it } from 'vitest'
import { type TenantGroup, tenantGroups } from './groups'
import { loadTenant } from './load-tenant'
import { shiftTenant, tenantForEachDay } from './tenant-for-each-day'
import { toTenantRecord } from './tenant-record'
import { smallRecord } from './test-support'

const NOW = new Date('2026-11-27T00:00:00Z')
const record = () => {
  const file = smallRecord()
  file.groups = [
    {
      id: '11111111-2222-4333-8444-555555555555',
      displayName: 'Falcon',
      owner: 'adele.vance@contoso.onmicrosoft.com',
      createdDate: '2026-03-01',
      deletedDate: '2026-11-20',
    },
  ]
  return file
}

describe('tenantForEachDay', () => {
  it.each(['2026-11-27T00:00:00Z', '2026-12-31T12:00:00Z', '2026-06-01T00:00:00Z', '2027-03-01T23:59:59Z'])(
    'gives at %s the tenant that loading the file then would',
    (instant) => {
      const now = new Date(instant)
      const shifted = tenantForEachDay(record(), { now: NOW })(now)
      const loaded = loadTenant(record(), { now })
      expect(shifted.refreshDate).toBe(loaded.refreshDate)
      expect(shifted.firstDay).toBe(loaded.firstDay)
      expect(toTenantRecord(shifted)).toEqual(toTenantRecord(loaded))
      expect([...shifted.users()]).toStrictEqual([...loaded.users()])
    },
  )

  it('refuses a bad file at once, and keeps the dates as written with rebase off', () => {
    const bad = record()
    bad.refreshDate = '2026-13-01'
    expect(() => tenantForEachDay(bad, { now: NOW })).toThrow(/refreshDate/)
    const fixed = tenantForEachDay(record(), { now: NOW, rebase: false })
    expect(fixed(new Date('2027-01-01T00:00:00Z'))).toBe(fixed(NOW))
  })

  it('shifts a user or a group when it is first read, once, and not before: midnight walks neither', () => {
    const loaded = loadTenant(record(), { now: NOW })
    const read: string[] = []
    // Each user and group of the loaded tenant says when it is read, as the shift must read it to move its dates.
    const watch = <T extends object>(items: readonly T[], kind: string) =>
      items.map(
        (item, index) =>
          new Proxy(item, {
            ownKeys(target) {
              read.push(`${kind}${index}`)
              return Reflect.ownKeys(target)
            },
          }),
      )
    const users = watch([...loaded.users()], 'user')
    const groups = watch([...tenantGroups(loaded).groups()], 'group')
    const shifted = shiftTenant({ ...loaded, users: () => users, groups }, 3)
    expect(read).toEqual([])
    const [third] = shifted.users(2)
    expect(read).toEqual(['user2'])
    const eager = shiftTenant(loaded, 3)
    expect(third).toStrictEqual([...eager.users()][2])
    const all = [...shifted.users()]
    expect(all[2]).toBe(third)
    expect(all.length).toBe(users.length)
    expect(read.filter((name) => name === 'user2').length).toBe(1)
    expect(new Set(read).size).toBe(users.length)
    expect(tenantGroups(shifted).group(0)).toStrictEqual(tenantGroups(eager).group(0))
    expect(tenantGroups(shifted).group(0).createdDate).toBe((groups[0] as TenantGroup).createdDate + 3)
    expect(read.filter((name) => name.startsWith('group'))).toEqual(['group0'])
    expect(shifted.userCount).toBe(users.length)
  })
})
