import { describe, expect, it } from 'vitest'
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

  it('shifts a user when it is first read, once, and not before: midnight costs no walk of the users', () => {
    const loaded = loadTenant(record(), { now: NOW })
    const read: number[] = []
    // Each user of the loaded tenant says when it is read, as the shift must read it to move its dates.
    const watched = [...loaded.users()].map(
      (user, index) =>
        new Proxy(user, {
          ownKeys(target) {
            read.push(index)
            return Reflect.ownKeys(target)
          },
        }),
    )
    const base = { ...loaded, users: () => watched }
    const shifted = shiftTenant(base, 3)
    expect(read).toEqual([])
    const [third] = shifted.users(2)
    expect(read).toEqual([2])
    expect(third).toStrictEqual([...shiftTenant(loaded, 3).users()][2])
    const all = [...shifted.users()]
    expect(all[2]).toBe(third)
    expect(all.length).toBe(watched.length)
    expect([...new Set(read)].sort()).toEqual(watched.map((_, index) => index))
    expect(read.filter((index) => index === 2).length).toBe(1)
    expect(shifted.userCount).toBe(watched.length)
  })
})
