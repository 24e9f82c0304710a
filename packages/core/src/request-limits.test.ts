import { describe, expect, it } from 'vitest'
import { createFakeGraph } from './create-fake-graph'
import { MAX_PARAMETER_LENGTH, MAX_PATH_LENGTH } from './request-limits'

const GRAPH = 'https://graph.microsoft.com'
const auth = { Authorization: 'Bearer token' }

describe('request limits', () => {
  const fake = createFakeGraph({ now: '2026-11-27T09:30:00Z', users: 5 })
  const get = (url: string) => fake.fetch(new Request(url, { headers: auth }))

  it('answers a path longer than the limit with 414 in Graph envelope, on both origins', async () => {
    const long = `/v1.0/reports/getOffice365ActiveUserDetail(period='D7')${'/x'.repeat(MAX_PATH_LENGTH)}`
    for (const origin of [GRAPH, 'https://reports.office.com']) {
      const response = await get(`${origin}${long}`)
      expect(response.status).toBe(414)
      expect(response.headers.get('content-type')).toBe('application/json')
      const { error } = await response.json()
      expect(error.code).toBe('RequestUriTooLong')
      expect(error.message).toBe(
        `The request path is longer than the ${MAX_PATH_LENGTH} characters this service reads.`,
      )
      expect(error.innerError['request-id']).toBe(response.headers.get('request-id'))
    }
    expect(fake.journal.entries().at(-1)?.error).toBe('pathTooLong')
  })

  it('takes a path of exactly the limit', async () => {
    const call = "/v1.0/reports/getOffice365ActiveUserDetail(period='D7')"
    const path = `${call}${'/x'.repeat(MAX_PATH_LENGTH)}`.slice(0, MAX_PATH_LENGTH)
    const response = await get(`${GRAPH}${path}`)
    expect(response.status).toBe(400)
    expect((await response.json()).error.message).toBe("Resource not found for the segment 'x'.")
  })

  it('answers a query parameter longer than the limit with 400, naming it', async () => {
    const response = await get(
      `${GRAPH}/beta/reports/getOffice365ActiveUserCounts(period='D7')?$format=application/json&client=${'y'.repeat(MAX_PARAMETER_LENGTH + 1)}`,
    )
    expect(response.status).toBe(400)
    expect((await response.json()).error).toMatchObject({
      code: 'BadRequest',
      message: `The parameter 'client' is longer than the ${MAX_PARAMETER_LENGTH} characters this service reads.`,
    })
  })

  it('answers a function argument longer than the limit with 400, naming it', async () => {
    const response = await get(`${GRAPH}/v1.0/reports/getOffice365ActiveUserCounts(period='${'D'.repeat(1_100)}')`)
    expect(response.status).toBe(400)
    expect((await response.json()).error.message).toBe(
      `The parameter 'period' is longer than the ${MAX_PARAMETER_LENGTH} characters this service reads.`,
    )
  })

  it('lets the limits be reworded, as every error case can be', async () => {
    const worded = createFakeGraph({ now: '2026-11-27T09:30:00Z', users: 5, errors: { pathTooLong: { status: 400 } } })
    const response = await worded.fetch(new Request(`${GRAPH}/${'a'.repeat(MAX_PATH_LENGTH)}`, { headers: auth }))
    expect(response.status).toBe(400)
  })
})
