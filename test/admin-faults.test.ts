import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { DETAIL_D7, TOKEN, useFakeServer } from './support/fake-server'

const run = promisify(execFile)

describe('admin API: faults', () => {
  const fake = useFakeServer()
  const faults = (init?: RequestInit) => fetch(`${fake.server.graphUrl}/_admin/faults`, init)
  const post = (body: unknown) =>
    faults({ method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })
  const report = () => fetch(`${fake.server.graphUrl}${DETAIL_D7}`, { headers: TOKEN, redirect: 'manual' })

  it('POST scripts a fault for the next matching calls; GET lists it; DELETE clears all', async () => {
    const created = await post({
      status: 503,
      retryAfter: 4,
      times: 2,
      match: { function: 'getOffice365ActiveUserDetail' },
    })
    expect(created.status).toBe(201)
    expect(await created.json()).toMatchObject({ id: expect.any(Number), status: 503, times: 2, applied: 0 })
    expect((await (await faults()).json()).scripted).toHaveLength(1)
    const refused = await report()
    expect([refused.status, refused.headers.get('retry-after')]).toEqual([503, '4'])
    expect((await refused.json()).error.code).toBe('ServiceUnavailable')
    await post({ status: 500, times: 'always' })
    expect((await faults({ method: 'DELETE' })).status).toBe(204)
    expect(await (await faults()).json()).toEqual({ scripted: [] })
    expect((await report()).status).toBe(302)
  })

  it('drops the connection: clients see a network error, not a status', async () => {
    await post({ drop: true, times: 2 })
    await expect(report()).rejects.toThrow(/fetch failed/)
    const curl = await run('curl', [
      '-sS',
      '-H',
      `Authorization: ${TOKEN.Authorization}`,
      `${fake.server.graphUrl}${DETAIL_D7}`,
    ]).catch((error) => error)
    expect(curl.code).toBe(52) // curl: "Empty reply from server"
    expect((await report()).status).toBe(302)
  })

  it('runs seeded chaos, and stops it', async () => {
    await post({ chaos: { rate: 1, statuses: [502], seed: 3 } })
    expect((await report()).status).toBe(502)
    expect((await (await faults()).json()).chaos).toEqual({ rate: 1, statuses: [502], seed: 3 })
    await post({ chaos: null })
    expect((await report()).status).toBe(302)
  })

  it.each([
    [{}, 'a fault needs status, drop or latencyMs'],
    [{ status: 99 }, 'status must be an HTTP status from 200 to 599'],
    [{ status: 503, times: 0 }, 'times must be a whole number from 1, or "always"'],
    [{ latencyMs: [500, 100] }, 'latencyMs must be milliseconds up to 60000, or [min, max]'],
    [{ status: 500, match: { version: 'v2.0' } }, 'match.version must be v1.0 or beta'],
    [
      { status: 500, colour: 'red' },
      'unknown field colour: a fault has status, retryAfter, drop, latencyMs, times, match, or send { "chaos": … }',
    ],
    [{ chaos: { rate: 2 } }, 'chaos.rate must be a number from 0 to 1'],
  ])('refuses %j with one readable line', async (body, message) => {
    const response = await post(body)
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: { code: 'BadRequest', message } })
  })
})
