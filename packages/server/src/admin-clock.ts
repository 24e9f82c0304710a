import { type ClockChange, ControlError, type FakeGraph } from '@fake-graph/core'
import { Router } from 'express'
import { bodyFields } from './admin-body'
import { refuse } from './admin-error'
import { readQuery } from './admin-query'

const CONTROLS = ['freeze', 'resume', 'set', 'advance']

/**
 * `/_admin/clock`: GET reads it; POST `{ "freeze": true | "<ISO>" }`, `{ "resume": true }`,
 * `{ "set": "<ISO>" }`, `{ "advance": <ms> }` or several at once changes it, whole or not at all:
 * the clock itself refuses a reading it cannot stand at.
 */
export function adminClock(fake: FakeGraph): Router {
  const router = Router()
  router.get('/', (request, response) => {
    const query = readQuery(request, [])
    if (typeof query === 'string') return refuse(response, query)
    response.json(clockState(fake))
  })
  router.post('/', (request, response) => {
    const query = readQuery(request, [])
    if (typeof query === 'string') return refuse(response, query)
    const body = bodyFields(request)
    if (!body) return refuse(response, 'the body must be a JSON object')
    const unknown = Object.keys(body).filter((key) => !CONTROLS.includes(key))
    if (unknown.length > 0 || Object.keys(body).length === 0) {
      return refuse(
        response,
        `send one or more of ${CONTROLS.join(', ')}${unknown.length ? `; not ${unknown.join(', ')}` : ''}`,
      )
    }
    const { freeze, resume, set, advance } = body
    if (freeze !== undefined && freeze !== true && typeof freeze !== 'string')
      return refuse(response, 'freeze must be true or an ISO 8601 instant')
    if (set !== undefined && typeof set !== 'string') return refuse(response, 'set must be an ISO 8601 instant')
    if (advance !== undefined && typeof advance !== 'number')
      return refuse(response, 'advance must be a number of milliseconds')
    if (resume !== undefined && resume !== true) return refuse(response, 'resume must be true')
    try {
      fake.clock.update({ freeze, set, advance, resume } as ClockChange)
    } catch (error) {
      if (error instanceof ControlError) return refuse(response, error.reason)
      throw error
    }
    response.json(clockState(fake))
  })
  return router
}

function clockState(fake: FakeGraph) {
  return { now: fake.clock.now().toISOString(), frozen: fake.clock.frozen }
}
