import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateTenant } from './generate-tenant'
import { type SiteFacts, tenantSites } from './sharepoint-sites'

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
