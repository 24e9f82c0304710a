import { describe, expect, it } from 'vitest'
import { bearerJwt } from '../../../test/support/unsigned-jwt'
import { createFakeGraph } from './create-fake-graph'

const SETTINGS = 'https://graph.microsoft.com/v1.0/admin/reportSettings'
const DETAIL = "https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserDetail(period='D7')"
const jwt = bearerJwt
const OPAQUE = { Authorization: 'Bearer admin' }

describe('admin/reportSettings', () => {
  const setup = () => {
    const fake = createFakeGraph({ now: '2026-11-27T00:00:00Z', users: 10 })
    const call = (url: string, init: RequestInit = {}) => fake.fetch(new Request(url, { headers: OPAQUE, ...init }))
    const patch = (body: string, headers: Record<string, string> = OPAQUE) =>
      call(SETTINGS, { method: 'PATCH', body, headers: { ...headers, 'Content-Type': 'application/json' } })
    const secondLine = async () => {
      const location = (await call(DETAIL)).headers.get('location') as string
      return (await (await call(location, { headers: {} })).text()).split('\r\n')[1] as string
    }
    return { fake, call, patch, secondLine }
  }

  it('reads the setting, and a PATCH switches concealed names for the next links', async () => {
    const { fake, call, patch, secondLine } = setup()
    const read = await call(SETTINGS)
    expect(read.status).toBe(200)
    expect(await read.json()).toEqual({
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#admin/reportSettings/$entity',
      displayConcealedNames: false,
    })
    expect(await secondLine()).toContain('@')
    expect((await patch('{"displayConcealedNames":true}')).status).toBe(204)
    expect(fake.settings.displayConcealedNames).toBe(true)
    expect((await (await call(SETTINGS)).json()).displayConcealedNames).toBe(true)
    expect((await secondLine()).split(',')[1]).toMatch(/^[0-9A-F]{32}$/)
  })

  it('needs ReportSettings.Read.All to read and ReportSettings.ReadWrite.All to change', async () => {
    const { call, patch } = setup()
    const reader = { Authorization: jwt({ roles: ['ReportSettings.Read.All'] }) }
    const reportsOnly = { Authorization: jwt({ roles: ['Reports.Read.All'] }) }
    expect((await call(SETTINGS, { headers: reader })).status).toBe(200)
    expect((await call(SETTINGS, { headers: reportsOnly })).status).toBe(403)
    const denied = await patch('{"displayConcealedNames":true}', reader)
    expect(denied.status).toBe(403)
    expect((await denied.json()).error).toMatchObject({ code: 'S2SUnauthorized', message: 'Invalid permission.' })
    expect(
      (
        await patch('{"displayConcealedNames":true}', {
          Authorization: jwt({ roles: ['ReportSettings.ReadWrite.All'] }),
        })
      ).status,
    ).toBe(204)
    // Reading a report still needs Reports.Read.All.
    expect(
      (await call(DETAIL, { headers: { Authorization: jwt({ roles: ['ReportSettings.ReadWrite.All'] }) } })).status,
    ).toBe(403)
  })

  it.each([
    ['{oops', 'Invalid request body: the body is not valid JSON.'],
    ['[true]', 'Invalid request body: the body must be a JSON object.'],
    ['{"displayConcealedNames":"yes"}', 'Invalid request body: displayConcealedNames must be true or false.'],
    [
      '{"hideEverything":true}',
      "Property 'hideEverything' does not exist on type 'microsoft.graph.adminReportSettings'.",
    ],
  ])('refuses the body %s with 400', async (body, message) => {
    const { fake, patch } = setup()
    const response = await patch(body)
    expect(response.status).toBe(400)
    expect((await response.json()).error).toMatchObject({ code: 'BadRequest', message })
    expect(fake.settings.displayConcealedNames).toBe(false)
  })

  it('answers other methods with the disallowed-method envelope', async () => {
    const { call } = setup()
    const response = await call(SETTINGS, { method: 'DELETE' })
    expect(response.status).toBe(400)
    expect((await response.json()).error.code).toBe('Request_BadRequest')
  })
})
