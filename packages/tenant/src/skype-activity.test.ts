import { describe, expect, it } from 'vitest'
import { generateTenant } from './generate-tenant'
import { SKYPE_ACTIONS, SKYPE_MODEL, SKYPE_SESSIONS, skypeMinutesPerSession } from './skype-activity'
import { workloadTotals } from './workload-activity'

const now = new Date('2026-11-27T00:00:00Z')
const lane = (action: (typeof SKYPE_ACTIONS)[number]) => SKYPE_ACTIONS.indexOf(action)

describe('Skype for Business counts of a tenant that moved to Teams', () => {
  const tenant = generateTenant({ seed: 42, users: 3000, now })
  const users = [...tenant.users()]
  const month = users.map((user) =>
    workloadTotals(SKYPE_MODEL, user, tenant.firstDay, tenant.refreshDate - 29, tenant.refreshDate),
  )
  const sum = (lanes: readonly number[]) =>
    month.reduce((s, t) => s + lanes.reduce((n, l) => n + (t[l] as number), 0), 0)

  it('come from few users: under one in ten active in a month', () => {
    const active = month.filter((totals) => (totals[lane('peerToPeerIm')] as number) > 0)
    expect(active.length).toBeGreaterThan(0)
    expect(active.length).toBeLessThan(users.length * 0.1)
  })

  it('are mostly instant messages, with conferences and video rarer', () => {
    expect(sum([lane('peerToPeerIm')])).toBeGreaterThan(sum(SKYPE_SESSIONS.peerToPeer) / 2)
    expect(sum(SKYPE_SESSIONS.organized)).toBeLessThan(sum(SKYPE_SESSIONS.peerToPeer) / 4)
    expect(sum([lane('peerToPeerVideo')])).toBeLessThan(sum([lane('peerToPeerAudio')]))
  })

  it('time each session in whole minutes, so that a period is the sum of its days', () => {
    for (const user of users.slice(0, 500)) {
      const minutes = skypeMinutesPerSession(user)
      expect(minutes.every((m) => Number.isInteger(m) && m >= 0 && m <= 60)).toBe(true)
      expect(minutes[0]).toBeGreaterThanOrEqual(3)
    }
  })
})
