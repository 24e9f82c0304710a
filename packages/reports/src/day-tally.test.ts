import { generateTenant } from '@fake-graph/tenant'
import { describe, expect, it } from 'vitest'
import { tallyDays } from './day-tally'

describe('tallyDays', () => {
  it('sums past 2^32 without wrapping: a tenant-wide day of Teams seconds can', () => {
    const tenant = generateTenant({ seed: 3, users: 5, now: new Date('2026-11-27T00:00:00Z') })
    const steps = tallyDays(tenant, 2, 1, (_, tally) => {
      tally[1] = (tally[1] as number) + 2 ** 31
    })
    let step = steps.next()
    while (!step.done) step = steps.next()
    expect([...step.value]).toEqual([0, 5 * 2 ** 31])
  })
})
