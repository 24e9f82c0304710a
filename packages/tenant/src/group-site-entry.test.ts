import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateTenant } from './generate-tenant'
import { type SiteFacts, siteActivityBetween, tenantSites } from './sharepoint-sites'

const now = new Date('2026-11-27T00:00:00Z')
const facts = (): SiteFacts => ({ files: 0, activeFiles: 0, storageUsed: 0, pageViews: 0, visitedPages: 0 })

describe('a group site’s last activity', () => {
  it('is the last day of a span with files active or pages viewed, as a walk over its days finds it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 200 }), (seed, back) => {
        const tenant = generateTenant({ seed, users: 120, now })
        const [from, to] = [tenant.firstDay, tenant.refreshDate - back]
        const out = facts()
        for (const site of tenantSites(tenant).sites()) {
          if (!site.lastActivityBetween) continue
          let walked: number | null = null
          for (let day = to; day >= from && walked === null; day--) {
            site.activityOn(day, out)
            if (out.activeFiles > 0 || out.pageViews > 0) walked = day
          }
          expect(site.lastActivityBetween(from, to)).toBe(walked)
        }
      }),
      { numRuns: 25 },
    )
  }, 30_000)
})

describe('a group site’s activity over a span', () => {
  it('is what a walk over its days sums: active files, page views, the most pages a day, the last active day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: 200 }),
        fc.constantFrom(1, 7, 30, 90, 180),
        (seed, back, days) => {
          const tenant = generateTenant({ seed, users: 120, now })
          const to = tenant.refreshDate - back
          const from = to - days + 1
          let groupSites = 0
          for (const site of tenantSites(tenant).sites()) {
            if (!site.activityBetween) continue
            groupSites++
            // The same site without its shorter way: siteActivityBetween walks its days.
            const walked = siteActivityBetween(
              Object.assign(Object.create(site), { activityBetween: undefined }),
              from,
              to,
              facts(),
            )
            expect(site.activityBetween(from, to)).toEqual(walked)
          }
          expect(groupSites).toBeGreaterThan(0)
        },
      ),
      { numRuns: 25 },
    )
  }, 30_000)
})
