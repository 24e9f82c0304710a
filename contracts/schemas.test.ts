import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { reportSchemas } from '../scripts/report-schemas'

// The schemas are the language-neutral contract; the report definitions are the code. Neither is
// written from the other by hand: scripts/write-schemas.ts derives one, and this keeps them equal.
describe('contracts/schemas/reports agree with the report definitions', () => {
  it.each(reportSchemas().map(({ path, schema }) => [path, schema] as const))('%s', (path, schema) => {
    const committed = JSON.parse(readFileSync(new URL(`schemas/${path}`, import.meta.url), 'utf8'))
    expect(committed).toEqual(schema)
  })
})

describe('contracts/schemas/graph-error.schema.json describes every error the fake answers', () => {
  it('holds for auth, validation, link, method, throttling and injected errors', async () => {
    const { createFakeGraph } = await import('@fake-graph/core')
    const { default: Ajv2020 } = await import('ajv/dist/2020')
    const schema = JSON.parse(readFileSync(new URL('schemas/graph-error.schema.json', import.meta.url), 'utf8'))
    const validate = new Ajv2020({ strict: true }).compile(schema)
    const fake = createFakeGraph({ now: '2026-11-27T00:00:00Z', users: 5, throttling: { csvPerApp: 1 } })
    fake.faults.add({ status: 503, match: { function: 'getOffice365ServicesUserCounts' } })
    const base = 'https://graph.microsoft.com/v1.0/reports'
    const auth = { Authorization: 'Bearer t' }
    const calls: [string, RequestInit][] = [
      [`${base}/getOffice365ActiveUserDetail(period='D7')`, {}],
      [`${base}/getOffice365ActiveUserDetail(period='D8')`, { headers: auth }],
      [`${base}/getNothing(period='D7')`, { headers: auth }],
      [`${base}/getOffice365ActiveUserDetail(period='D7')`, { headers: auth, method: 'POST' }],
      [`${base}/getOffice365ActiveUserCounts(period='D7')?$format=application/json`, { headers: auth }],
      [`${base}/getOffice365ServicesUserCounts(period='D7')`, { headers: auth }],
      [`${base}/getOffice365ActiveUserDetail(period='D7')`, { headers: auth }],
      [`${base}/getOffice365ActiveUserDetail(period='D7')`, { headers: auth }],
      ['https://reports.office.com/data/download/e30.AAAA', {}],
    ]
    const statuses: number[] = []
    for (const [url, init] of calls) {
      const response = await fake.fetch(new Request(url, init))
      statuses.push(response.status)
      if (response.status < 400) continue
      const body = await response.json()
      expect(validate(body), `${url}: ${JSON.stringify(validate.errors)}`).toBe(true)
    }
    expect(statuses).toEqual([401, 400, 400, 405, 400, 503, 302, 429, 403])
  })
})
