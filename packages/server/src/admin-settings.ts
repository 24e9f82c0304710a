import type { FakeGraph } from '@fake-graph/core'
import { Router } from 'express'
import { bodyFields } from './admin-body'
import { refuse } from './admin-error'
import { readQuery } from './admin-query'

/**
 * `/_admin/settings?tid=…`: GET the tenant's report settings; POST `{ "displayConcealedNames": true }`
 * conceals names in the links issued after it, as `PATCH /v1.0/admin/reportSettings` does, without
 * a Graph token that holds `ReportSettings.ReadWrite.All`.
 */
export function adminSettings(fake: FakeGraph): Router {
  const router = Router()
  router.get('/', (request, response) => {
    const query = readQuery(request, ['tid'])
    if (typeof query === 'string') return refuse(response, query)
    response.json(settingsOf(fake, query.get('tid')))
  })
  router.post('/', (request, response) => {
    const query = readQuery(request, ['tid'])
    if (typeof query === 'string') return refuse(response, query)
    const body = bodyFields(request)
    if (!body) return refuse(response, 'the body must be a JSON object')
    const unknown = Object.keys(body).filter((key) => key !== 'displayConcealedNames')
    if (unknown.length > 0) return refuse(response, `send { "displayConcealedNames" }; not ${unknown.join(', ')}`)
    const { displayConcealedNames } = body
    if (typeof displayConcealedNames !== 'boolean')
      return refuse(response, 'displayConcealedNames must be true or false')
    const settings = settingsOf(fake, query.get('tid'))
    settings.displayConcealedNames = displayConcealedNames
    response.json({ displayConcealedNames })
  })
  return router
}

function settingsOf(fake: FakeGraph, tid: string | undefined) {
  return tid ? fake.settingsOf(tid) : fake.settings
}
