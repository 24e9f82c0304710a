import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EMAIL_ACTIONS, emailCounter, emailTotals } from './email-activity'
import { generateTenant } from './generate-tenant'
import { SERVICES } from './services'

const now = new Date('2026-11-27T00:00:00Z')
const EXCHANGE = 1 << SERVICES.indexOf('exchange')
const lane = (action: (typeof EMAIL_ACTIONS)[number]) => EMAIL_ACTIONS.indexOf(action)

describe('email counts per user and day', () => {
  it('exist exactly on Exchange-active days, with mail read or sent, and no more read than received', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const tenant = generateTenant({ seed, users: 40, now })
        const out = new Int32Array(EMAIL_ACTIONS.length)
        const wrong: string[] = []
        for (const user of tenant.users()) {
          const counter = emailCounter(user, tenant.firstDay)
          for (let day = tenant.firstDay; day <= tenant.refreshDate; day++) {
            const exchange = ((user.activity[day - tenant.firstDay] as number) & EXCHANGE) !== 0
            const counted = counter(day, out)
            const [send, receive, read] = out as unknown as number[]
            const fine = exchange
              ? counted && (read as number) + (send as number) > 0 && (receive as number) >= (read as number)
              : !counted && out.every((count) => count === 0)
            if (!fine) wrong.push(`${user.userPrincipalName} on day ${day}: ${[...out]}`)
          }
        }
        expect(wrong).toEqual([])
      }),
      { numRuns: 25 },
    )
  })

  it('are the same on every pass of a lazy tenant, and differ between seeds', () => {
    const totals = (seed: number) => {
      const tenant = generateTenant({ seed, users: 30, now, lazy: true })
      return [...tenant.users()].map((user) => emailTotals(user, tenant.firstDay, tenant.firstDay, tenant.refreshDate))
    }
    expect(totals(5)).toEqual(totals(5))
    expect(totals(5)).not.toEqual(totals(6))
  })

  it('look like a real tenant: most users read more than they send, meetings are rarer than mail', () => {
    const tenant = generateTenant({ seed: 42, users: 2000, now })
    const users = [...tenant.users()].map((user) =>
      emailTotals(user, tenant.firstDay, tenant.refreshDate - 29, tenant.refreshDate),
    )
    const active = users.filter((totals) => (totals[lane('read')] as number) > 0)
    expect(active.length).toBeGreaterThan(users.length * 0.7)
    const readersMoreThanSenders = active.filter((t) => (t[lane('read')] as number) > (t[lane('send')] as number))
    expect(readersMoreThanSenders.length).toBeGreaterThan(active.length * 0.85)
    const sum = (action: (typeof EMAIL_ACTIONS)[number]) => active.reduce((s, t) => s + (t[lane(action)] as number), 0)
    expect(sum('receive')).toBeGreaterThan(sum('read'))
    expect(sum('read')).toBeGreaterThan(sum('send'))
    expect(sum('meetingCreated')).toBeLessThan(sum('meetingInteracted'))
    expect(sum('meetingInteracted')).toBeLessThan(sum('send'))
  })
})
