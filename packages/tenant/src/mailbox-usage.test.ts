import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateTenant } from './generate-tenant'
import { LARGE_QUOTAS, Mailbox, STANDARD_QUOTAS } from './mailbox-usage'
import { SERVICES } from './services'

const now = new Date('2026-11-27T00:00:00Z')
const EXCHANGE = SERVICES.indexOf('exchange')

describe('Mailbox', () => {
  it('exists only for a user with an Exchange licence, made on the day it was assigned', () => {
    const tenant = generateTenant({ seed: 3, users: 200, now })
    let without = 0
    for (const user of tenant.users()) {
      const mailbox = Mailbox.of(user, tenant.firstDay, tenant.refreshDate)
      if (user.licenseAssignDates[EXCHANGE] == null) {
        expect(mailbox).toBeUndefined()
        without++
      } else expect(mailbox?.created).toBe(user.licenseAssignDates[EXCHANGE])
    }
    expect(without).toBeGreaterThan(0)
  })

  it('walks the days to the same counts that each day asks for alone, and its storage never falls', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const tenant = generateTenant({ seed, users: 30, now })
        const from = tenant.refreshDate - 59
        for (const user of tenant.users()) {
          const mailbox = Mailbox.of(user, tenant.firstDay, tenant.refreshDate)
          if (!mailbox) continue
          let previous = -1
          mailbox.arrivedDaily(from, tenant.refreshDate, (day, arrived) => {
            expect(arrived).toBe(mailbox.arrivedBy(day))
            const storage = mailbox.storageUsed(arrived)
            expect(storage).toBeGreaterThanOrEqual(previous)
            expect(storage).toBeLessThan(mailbox.quotas.prohibitSendReceive)
            previous = storage
          })
          expect([STANDARD_QUOTAS, LARGE_QUOTAS]).toContain(mailbox.quotas)
        }
      }),
      { numRuns: 10 },
    )
  })

  it('is the same for the same seed, and another for another', () => {
    const facts = (seed: number) => {
      const tenant = generateTenant({ seed, users: 50, now })
      return [...tenant.users()].map((user) => {
        const mailbox = Mailbox.of(user, tenant.firstDay, tenant.refreshDate)
        return mailbox && [mailbox.storageUsed(mailbox.arrivedBy(tenant.refreshDate)), mailbox.hasArchive]
      })
    }
    expect(facts(9)).toEqual(facts(9))
    expect(facts(9)).not.toEqual(facts(10))
  })
})
