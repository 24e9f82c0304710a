import type { FakeGraph } from '@fake-graph/core'
import { Router } from 'express'
import { refuse } from './admin-error'
import { readQuery } from './admin-query'

/**
 * `GET /_admin/links`: the download links issued lately (the last 500), newest last, each with
 * its report, caller, expiry and the seconds it has left by the fake's clock (negative once expired).
 */
export function adminLinks(fake: FakeGraph): Router {
  const router = Router()
  router.get('/', (request, response) => {
    const query = readQuery(request, [])
    if (typeof query === 'string') return refuse(response, query)
    const now = fake.clock.now()
    const links = fake.links().map((link) => ({
      ...link,
      secondsLeft: Math.floor((Date.parse(link.expiresAt) - now.getTime()) / 1000),
    }))
    response.json({ now: now.toISOString(), links })
  })
  return router
}
