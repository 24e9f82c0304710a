import { request } from 'node:http'
import { csvLines, office365ActiveUserDetail } from '@fake-graph/reports'
import { generateTenant, loadTenant, toTenantRecord } from '@fake-graph/tenant'
import { describe, expect, it } from 'vitest'
import { bytesOf, DETAIL_D7, NOW, TOKEN, textOf, useFakeServer } from './support/fake-server'
import { httpExchange } from './support/http-request'

const now = new Date(NOW)
// Some 10 MB of scenario: far past the size below which the body is parsed whole.
const record = toTenantRecord(generateTenant({ seed: 5, users: 3_000, now, lazy: false }))
const body = JSON.stringify({ tenant: record })

/** Posts a body with node:http, which sends a large one in pieces as the server reads them. */
const upload = (url: string, text: string) =>
  httpExchange(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: text })

describe('admin API: a large scenario', () => {
  const fake = useFakeServer({ seed: 42, users: 60 })
  const tenantUrl = () => `${fake.server.graphUrl}/_admin/tenant`
  const summary = async () => (await fetch(tenantUrl())).json()
  const refusal = async (text: string) => {
    const answer = await upload(tenantUrl(), text)
    expect(answer.status).toBe(400)
    return JSON.parse(answer.body).error.message
  }

  it('is refused whole where its JSON breaks off, and the tenant before it still serves', async () => {
    const before = await summary()
    expect(await refusal(body.slice(0, -2))).toBe('the body is not valid JSON')
    expect(await summary()).toEqual(before)
  })

  it('is refused naming a bad user deep in the file, as loadTenant names it', async () => {
    const before = await summary()
    const broken = structuredClone(record)
    delete (broken.users[2_500] as { userPrincipalName?: string }).userPrincipalName
    expect(await refusal(JSON.stringify({ tenant: broken }))).toBe('users/2500/userPrincipalName is required')
    expect(await summary()).toEqual(before)
  })

  it('is read from its text as well, as loadTenant reads a file sent as a string', async () => {
    const answer = await upload(tenantUrl(), JSON.stringify({ tenant: JSON.stringify(record) }))
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.body).users).toBe(3_000)
    expect(await refusal(JSON.stringify({ tenant: '{"users": [' }))).toMatch(/^\(root\) is not JSON: /)
  })

  // That it hands the event loop back as it loads is held by json-in-slices.test.ts and load-in-slices.test.ts.
  it('loads, parsed in slices, and serves the Detail loadTenant makes of it', async () => {
    const answer = await upload(tenantUrl(), body)
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.body).users).toBe(3_000)

    const redirect = await fetch(`${fake.server.graphUrl}${DETAIL_D7}`, { headers: TOKEN, redirect: 'manual' })
    const downloaded = textOf(await bytesOf(await fetch(redirect.headers.get('location') as string)))
    const expected = [
      ...csvLines(office365ActiveUserDetail, { tenant: loadTenant(record, { now }), selection: { period: 7 } }),
    ]
    expect(downloaded).toBe(expected.join(''))
  })

  /** Uploads `body` with its tail held back until `meanwhile` (other requests) is done. */
  const uploadAround = (meanwhile: () => Promise<void>) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const sent = request(
        new URL(tenantUrl()),
        { method: 'POST', headers: { 'Content-Type': 'application/json' } },
        (answer) => {
          let text = ''
          answer.setEncoding('utf8').on('data', (piece) => (text += piece))
          answer.on('end', () => resolve({ status: answer.statusCode ?? 0, body: text }))
        },
      )
      sent.on('error', reject)
      sent.write(body.slice(0, 1_000), async () => {
        // A round trip on another connection: the server has begun the upload by its end.
        await summary()
        await meanwhile().catch(reject)
        sent.end(body.slice(1_000))
      })
    })
  const post = (json: unknown, query = '') =>
    fetch(`${tenantUrl()}${query}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(json),
    })

  it('serves the POST sent last: a seed sent while a large scenario loads is not replaced by it', async () => {
    const answer = await uploadAround(async () => {
      expect((await post({ seed: 9, users: 25 })).status).toBe(200)
    })
    expect(answer.status).toBe(409)
    expect(JSON.parse(answer.body).error).toEqual({
      code: 'Conflict',
      message: 'a POST sent after this one was served while it loaded; the tenant is that one',
    })
    expect((await summary()).users).toBe(25)
  })

  it('takes the primary tenant’s own id for the primary tenant, as tokens do', async () => {
    const { id } = (await summary()).organization
    const answer = await uploadAround(async () => {
      expect((await post({ seed: 9, users: 30 }, `?tid=${id}`)).status).toBe(200)
    })
    expect(answer.status).toBe(409)
    expect((await summary()).users).toBe(30)
  })

  it('serves an earlier scenario where the POST sent after it was refused', async () => {
    const answer = await uploadAround(async () => {
      expect((await post({ seed: -1 })).status).toBe(400)
    })
    expect(answer.status).toBe(200)
    expect((await summary()).users).toBe(3_000)
  })
})
