import type { FakeGraph } from '@fake-graph/core'
import { formatDay } from '@fake-graph/tenant'
import { Router } from 'express'

/** The admin API, under `/_admin` on the API origin. */
export function adminRouter(fake: FakeGraph): Router {
  const router = Router()
  router.get('/health', (_request, response) => {
    const tenant = fake.tenant()
    response.json({
      status: 'ok',
      now: fake.clock.now().toISOString(),
      refreshDate: formatDay(tenant.refreshDate),
      organization: tenant.organization,
      users: tenant.userCount,
      graphBaseUrl: fake.options.graphBaseUrl,
      downloadBaseUrl: fake.options.downloadBaseUrl,
    })
  })
  return router
}
