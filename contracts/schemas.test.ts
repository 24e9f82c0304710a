import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { OPENAPI, openApiSource } from '../scripts/openapi-document'
import { REPORT_SCHEMA_INDEX, reportSchemaIndexSource } from '../scripts/report-schema-index'
import { reportSchemas } from '../scripts/report-schemas'
import { TENANT_VALIDATORS, tenantValidatorsSource } from '../scripts/tenant-validators'

// The schemas are the language-neutral contract; the report definitions are the code. Neither is
// written from the other by hand: scripts/write-schemas.ts derives one, and this keeps them equal.
describe('contracts/schemas/reports agree with the report definitions', () => {
  it.each(reportSchemas().map(({ path, schema }) => [path, schema] as const))('%s', (path, schema) => {
    const committed = JSON.parse(readFileSync(new URL(`schemas/${path}`, import.meta.url), 'utf8'))
    expect(committed).toEqual(schema)
  })

  it('the contract kit lists every one of them (`pnpm schemas` rewrites the table)', () => {
    expect(readFileSync(REPORT_SCHEMA_INDEX, 'utf8')).toBe(reportSchemaIndexSource())
  })
})

describe('contracts/openapi.yaml', () => {
  it('is openapi.base.yaml with the paths the report definitions make (`pnpm schemas` rewrites it)', () => {
    expect(readFileSync(OPENAPI, 'utf8')).toBe(openApiSource())
  })
})

describe('the tenant package validates scenario files with code compiled from tenant.schema.json', () => {
  it('is what ajv compiles from the committed schema today (`pnpm schemas` rewrites it)', () => {
    expect(readFileSync(TENANT_VALIDATORS, 'utf8')).toBe(tenantValidatorsSource())
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
      ['https://reportsweu.office.com/data/download/e30.AAAA', {}],
      ['https://reportsweu.office.com/data/v1.0/download?token=e30.e30.AAAA', {}],
    ]
    const statuses: number[] = []
    for (const [url, init] of calls) {
      const response = await fake.fetch(new Request(url, init))
      statuses.push(response.status)
      if (response.status < 400) continue
      const body = await response.json()
      expect(validate(body), `${url}: ${JSON.stringify(validate.errors)}`).toBe(true)
    }
    expect(statuses).toEqual([401, 400, 400, 400, 400, 503, 302, 429, 403, 403])
  })
})

describe('contracts/schemas/report-parameters.schema.json agrees with the core', () => {
  it('accepts a period, a date or a view exactly when the core does', async () => {
    const fc = (await import('fast-check')).default
    const { default: Ajv2020 } = await import('ajv/dist/2020')
    const { default: addFormats } = await import('ajv-formats')
    // White-box: the planner itself, as the core runs it, is not part of the public API.
    const { planReport } = await import('../packages/core/src/report-plan')
    const { parseDay } = await import('@fake-graph/tenant')
    const schema = JSON.parse(readFileSync(new URL('schemas/report-parameters.schema.json', import.meta.url), 'utf8'))
    const ajv = new Ajv2020({ strict: true })
    addFormats(ajv)
    ajv.addSchema(schema)
    const valid = (name: string, value: string) => ajv.validate(`${schema.$id}#/$defs/${name}`, value)
    const today = parseDay('2026-11-27') as number
    const accepts = (path: string) => {
      try {
        planReport(new URL(`https://graph.microsoft.com${path}`), { today })
        return true
      } catch {
        return false
      }
    }
    const token = fc.oneof(
      fc.constantFrom('D7', 'd30', 'D90', 'D180', 'D8', 'D', '7', 'D07', 'Detail', 'users', 'SERVICES', 'Teams', ''),
      fc.stringMatching(/^[DdUuSs][0-9a-zA-Z]{0,8}$/),
    )
    fc.assert(
      fc.property(token, (value) => {
        expect(accepts(`/v1.0/reports/getOffice365ActiveUserCounts(period='${value}')`)).toBe(valid('period', value))
        const view = accepts(`/beta/reports/Office365ActiveUsers(view='${value}',period='D7')/content`)
        expect(view).toBe(valid('view', value))
      }),
      { numRuns: 2000 },
    )
    // Dates: any calendar day in the window is accepted; the schema holds the format.
    for (const date of ['2026-11-20', '2026-02-30', '2026-13-01', '20261120', '2026-11-2']) {
      if (!valid('date', date)) expect(accepts(`/v1.0/reports/getOffice365ActiveUserDetail(date=${date})`)).toBe(false)
    }
    expect(valid('date', '2026-11-20') && accepts('/v1.0/reports/getOffice365ActiveUserDetail(date=2026-11-20)')).toBe(
      true,
    )
  })
})
