import { describe, expect, it } from 'vitest'
import { formatDay, isWeekend } from './day'
import { generateTenant } from './generate-tenant'
import { SERVICES } from './services'
import { ACTIVITY_WINDOW_DAYS, type TenantUser } from './tenant'

const now = new Date('2026-11-27T00:00:00Z')

describe('generateTenant', () => {
  it('gives a deep-equal tenant for the same seed, size and clock', () => {
    const a = generateTenant({ seed: 7, users: 300, now })
    const b = generateTenant({ seed: 7, users: 300, now })
    expect([...b.users()]).toStrictEqual([...a.users()])
    expect(b.organization).toStrictEqual(a.organization)
  })

  it('gives different tenants for different seeds', () => {
    const a = [...generateTenant({ seed: 1, users: 50, now }).users()]
    const b = [...generateTenant({ seed: 2, users: 50, now }).users()]
    expect(b.map((user) => user.userPrincipalName)).not.toEqual(a.map((user) => user.userPrincipalName))
    expect(b.map((user) => user.id)).not.toEqual(a.map((user) => user.id))
  })

  it('derives the same users lazily as it holds eagerly', () => {
    const held = [...generateTenant({ seed: 3, users: 120, now, lazy: false }).users()]
    const lazy = [...generateTenant({ seed: 3, users: 120, now, lazy: true }).users()]
    expect(lazy).toStrictEqual(held)
  })

  it('passes over the users from an index, held or lazy, as the tail of a whole pass', () => {
    for (const lazy of [false, true]) {
      const tenant = generateTenant({ seed: 3, users: 120, now, lazy })
      const all = [...tenant.users()]
      expect([...tenant.users(100)]).toStrictEqual(all.slice(100))
      expect([...tenant.users(0)]).toStrictEqual(all)
      expect([...tenant.users(120)]).toEqual([])
      expect([...tenant.users(999_999_999)]).toEqual([])
    }
  })

  it('trails the clock by the lag and keeps 210 days of activity', () => {
    const tenant = generateTenant({ seed: 1, users: 10, now, lagDays: 3 })
    expect(formatDay(tenant.refreshDate)).toBe('2026-11-24')
    expect(tenant.refreshDate - tenant.firstDay + 1).toBe(ACTIVITY_WINDOW_DAYS)
    for (const user of tenant.users()) expect(user.activity.length).toBe(ACTIVITY_WINDOW_DAYS)
  })

  it('names an organisation on onmicrosoft.com and puts every user on its domain, uniquely', () => {
    const tenant = generateTenant({ seed: 11, users: 2000, now })
    expect(tenant.organization.domain).toMatch(/^[a-z0-9]+\.onmicrosoft\.com$/)
    const users = [...tenant.users()]
    for (const user of users) {
      expect(user.userPrincipalName.endsWith(`@${tenant.organization.domain}`)).toBe(true)
      expect(user.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    }
    expect(new Set(users.map((user) => user.userPrincipalName)).size).toBe(users.length)
    expect(new Set(users.map((user) => user.id)).size).toBe(users.length)
  })

  describe('over 20 seeds of 500 users', () => {
    const tenants = Array.from({ length: 20 }, (_, seed) => generateTenant({ seed, users: 500, now }))
    const everyone = tenants.flatMap((tenant) => [...tenant.users()].map((user) => ({ tenant, user })))
    const licensed = (user: TenantUser) => user.licenseAssignDates.some((day) => day !== null)
    const everActive = (user: TenantUser) =>
      user.activity.some((mask) => mask !== 0) || user.lastActivityBeforeWindow.some((day) => day !== null)

    it('has unlicensed, deleted, and licensed-but-never-active users', () => {
      const unlicensed = everyone.filter(({ user }) => user.assignedProducts.length === 0).length
      const deleted = everyone.filter(({ user }) => user.isDeleted).length
      const idle = everyone.filter(({ user }) => licensed(user) && !everActive(user)).length
      for (const count of [unlicensed, deleted, idle]) expect(count / everyone.length).toBeGreaterThan(0.01)
      expect(unlicensed / everyone.length).toBeLessThan(0.15)
    })

    it('keeps activity between the licence and the refresh date, and before any deletion', () => {
      const violations: string[] = []
      for (const { tenant, user } of everyone) {
        const where = (what: string) => violations.push(`${user.userPrincipalName}: ${what}`)
        if (user.isDeleted !== (user.deletedDate !== null)) where('deleted flag disagrees with the date')
        user.activity.forEach((mask, offset) => {
          const day = tenant.firstDay + offset
          SERVICES.forEach((service, bit) => {
            if (!(mask & (1 << bit))) return
            const assigned = user.licenseAssignDates[bit]
            if (assigned == null) where(`${service} active on ${formatDay(day)} without a licence`)
            else if (day < assigned) where(`${service} active on ${formatDay(day)} before its licence`)
            if (day > tenant.refreshDate) where(`${service} active after the refresh date`)
            if (user.deletedDate !== null && day >= user.deletedDate) where(`${service} active after deletion`)
          })
        })
        user.lastActivityBeforeWindow.forEach((day, bit) => {
          if (day === null) return
          if (day >= tenant.firstDay) where('dormant activity inside the window')
          if (day < (user.licenseAssignDates[bit] ?? Number.POSITIVE_INFINITY))
            where('dormant activity before the licence')
        })
        for (const assigned of user.licenseAssignDates) {
          if (assigned !== null && assigned > tenant.refreshDate) where('licence assigned after the refresh date')
        }
      }
      expect(violations).toEqual([])
    })

    it('is busier on weekdays than at weekends', () => {
      let weekday = 0
      let weekend = 0
      for (const { tenant, user } of everyone) {
        user.activity.forEach((mask, offset) => {
          if (mask === 0) return
          if (isWeekend(tenant.firstDay + offset)) weekend++
          else weekday++
        })
      }
      // Per day: five weekdays against two weekend days.
      expect(weekday / 5).toBeGreaterThan((weekend / 2) * 3)
    })

    it('adopts Exchange widely and Yammer rarely', () => {
      const adopters = SERVICES.map(
        (_, bit) => everyone.filter(({ user }) => user.activity.some((mask) => mask & (1 << bit))).length,
      )
      const share = (service: (typeof SERVICES)[number]) =>
        (adopters[SERVICES.indexOf(service)] as number) / everyone.length
      expect(share('exchange')).toBeGreaterThan(0.7)
      expect(share('teams')).toBeGreaterThan(0.55)
      expect(share('yammer')).toBeLessThan(0.1)
      expect(share('exchange')).toBeGreaterThan(share('oneDrive'))
    })

    it('assigns real product names, some containing " + "', () => {
      const products = new Set(everyone.flatMap(({ user }) => user.assignedProducts))
      expect(products.has('ENTERPRISE MOBILITY + SECURITY E5')).toBe(true)
      for (const name of products) expect(name).toMatch(/^[A-Z0-9 ()+]+$/)
    })
  })

  it('refuses a negative or fractional size', () => {
    expect(() => generateTenant({ users: -1, now })).toThrow(/users must be a whole number/)
    expect(() => generateTenant({ users: 1.5, now })).toThrow(/users must be a whole number/)
  })
})
