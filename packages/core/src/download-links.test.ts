import { describe, expect, it } from 'vitest'
import { bearerJwt } from '../../../test/support/unsigned-jwt'
import { fromBase64Url } from './base64url'
import { createFakeGraph } from './create-fake-graph'

const NOW = '2026-11-27T00:00:00Z'
const GRAPH = 'https://graph.microsoft.com'
const TENANT = '6f1c3a52-0d4e-4c8b-9a57-2b1e8f0c7d31'
const APP = 'a0b1c2d3-0000-4000-8000-000000000000'
const caller = { Authorization: bearerJwt({ roles: ['Reports.Read.All'], tid: TENANT, appid: APP }) }
const opaque = { Authorization: 'Bearer t' }
const CURRENT = /^https:\/\/reportsweu\.office\.com\/data\/v1\.0\/download\?token=([\w-]+\.[\w-]+\.[\w-]{43})$/
const SEED = "/beta/reports/Office365ActiveUsers(view='Detail',period='D7')/content"

const claimsOf = (location: string) => {
  const token = CURRENT.exec(location)?.[1] as string
  return JSON.parse(new TextDecoder().decode(fromBase64Url(token.split('.')[1] as string)))
}

describe('download links, as production sends them', () => {
  const fake = createFakeGraph({ now: NOW, users: 5 })
  const get = (path: string, headers: Record<string, string> = caller) =>
    fake.fetch(new Request(`${GRAPH}${path}`, { headers }))

  it.each([
    ['getOffice365ActiveUserDetail', 'v1.0', ''],
    ['getOffice365ActiveUserDetail', 'beta', 'microsoft.graph.'],
    ['getOffice365ActiveUserCounts', 'v1.0', 'microsoft.graph.'],
    ['getOffice365ActiveUserCounts', 'beta', ''],
    ['getOffice365ServicesUserCounts', 'v1.0', ''],
    ['getOffice365ServicesUserCounts', 'beta', 'microsoft.graph.'],
  ])("%s on %s (prefix '%s'): a JWT of production's claims on the regional host", async (name, version, prefix) => {
    const redirect = await get(`/${version}/reports/${prefix}${name}(period='D30')`)
    expect(redirect.status).toBe(302)
    const location = redirect.headers.get('location') as string
    expect(location).toMatch(CURRENT)
    const iat = Date.parse(NOW) / 1000
    expect(claimsOf(location)).toStrictEqual({
      tid: TENANT,
      ent: name,
      app: APP,
      cid: (redirect.headers.get('request-id') as string).replaceAll('-', ''),
      gver: 'V1',
      agg: 'M30',
      date: '',
      tver: version === 'beta' ? 'Beta' : 'V1.0',
      req: 'reportsweu.office.com',
      aud: 'reportsweu.office.com',
      por: '443',
      iss: '00000003-0000-0000-c000-000000000000',
      iat,
      nbf: iat,
      exp: iat + 120,
      concealNames: false,
    })
    expect(claimsOf(location).cid).toMatch(/^[0-9a-f]{32}$/)
    const download = await fake.fetch(new Request(location))
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('application/octet-stream')
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="${name}_D30.csv"`)
    expect([...new Uint8Array(await download.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  })

  it('names a date call by its date and leaves agg empty; downloads that day', async () => {
    const redirect = await get('/v1.0/reports/getOffice365ActiveUserDetail(date=2026-11-20)')
    const location = redirect.headers.get('location') as string
    expect(claimsOf(location)).toMatchObject({ agg: '', date: '2026-11-20' })
    const download = await fake.fetch(new Request(location))
    expect(download.headers.get('content-disposition')).toBe(
      'attachment; filename="getOffice365ActiveUserDetail_2026-11-20.csv"',
    )
  })

  it('names a function without parameters by itself alone, and downloads its latest data', async () => {
    const redirect = await get('/v1.0/reports/getOffice365ActivationsUserCounts')
    expect(redirect.status).toBe(302)
    const download = await fake.fetch(new Request(redirect.headers.get('location') as string))
    expect(download.headers.get('content-disposition')).toBe(
      'attachment; filename="getOffice365ActivationsUserCounts.csv"',
    )
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await download.arrayBuffer())
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFReport Refresh Date,Product Type,Assigned,Activated,Shared Computer Activation',
    )
  })

  it('leaves tid and app empty for an opaque token, which names neither', async () => {
    const location = (await get("/v1.0/reports/getOffice365ActiveUserCounts(period='D7')", opaque)).headers.get(
      'location',
    ) as string
    expect(claimsOf(location)).toMatchObject({ tid: '', app: '', agg: 'M7' })
  })

  it("keeps the seed form's link in the seed's shape", async () => {
    const redirect = await get(SEED)
    const location = redirect.headers.get('location') as string
    expect(location).toMatch(/^https:\/\/reportsweu\.office\.com\/data\/download\/[\w-]+\.[\w-]{43}$/)
    expect((await fake.fetch(new Request(location))).status).toBe(200)
  })

  it('downloads the same bytes from a token sent percent-escaped, every character of it', async () => {
    const location = (await get("/v1.0/reports/getOffice365ActiveUserCounts(period='D7')")).headers.get(
      'location',
    ) as string
    const [base, token] = location.split('?token=') as [string, string]
    const escaped = [...token].map((char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`).join('')
    const plain = new Uint8Array(await (await fake.fetch(new Request(location))).arrayBuffer())
    const answer = await fake.fetch(new Request(`${base}?token=${escaped}`))
    expect(answer.status).toBe(200)
    expect(new Uint8Array(await answer.arrayBuffer())).toEqual(plain)
  })

  it('issues one link per report and app per second, and another for another app or version', async () => {
    const path = "/v1.0/reports/getOffice365ActiveUserDetail(period='D7')"
    const [first, second] = [await get(path), await get(path)]
    expect(second.headers.get('location')).toBe(first.headers.get('location'))
    expect(second.headers.get('request-id')).not.toBe(first.headers.get('request-id'))
    const otherApp = { Authorization: bearerJwt({ roles: ['Reports.Read.All'], tid: TENANT, appid: 'other' }) }
    expect((await get(path, otherApp)).headers.get('location')).not.toBe(first.headers.get('location'))
    expect((await get(path.replace('v1.0', 'beta'))).headers.get('location')).not.toBe(first.headers.get('location'))
  })

  it('is stateless: another fake with the same secret serves it, one with another secret refuses it', async () => {
    const [signer, replica, stranger] = ['s', 's', 't'].map((secret) => createFakeGraph({ now: NOW, users: 5, secret }))
    const redirect = await signer?.fetch(
      new Request(`${GRAPH}/v1.0/reports/getOffice365ActiveUserDetail(period='D7')`, { headers: caller }),
    )
    const location = redirect?.headers.get('location') as string
    expect((await replica?.fetch(new Request(location)))?.status).toBe(200)
    expect((await stranger?.fetch(new Request(location)))?.status).toBe(403)
  })
})

describe('the default lifetime, 120 s', () => {
  it.each([
    ['current', "/v1.0/reports/getOffice365ActiveUserDetail(period='D7')"],
    ['seed', SEED],
  ])('%s form: a link fetched 119 s after its 302 works, at 120 s it is refused', async (_, path) => {
    const fake = createFakeGraph({ now: NOW, users: 5 })
    expect(fake.options.linkTtlSeconds).toBe(120)
    const location = (await fake.fetch(new Request(`${GRAPH}${path}`, { headers: caller }))).headers.get(
      'location',
    ) as string
    fake.clock.advance(119_000)
    expect((await fake.fetch(new Request(location))).status).toBe(200)
    fake.clock.advance(999)
    expect((await fake.fetch(new Request(location))).status).toBe(200)
    fake.clock.advance(1)
    const refused = await fake.fetch(new Request(location))
    expect(refused.status).toBe(403)
    expect((await refused.json()).error.code).toBe('AccessDenied')
    expect(fake.journal.find({ origin: 'download' }).map((entry) => entry.error)).toEqual([
      undefined,
      undefined,
      'linkExpired',
    ])
  })

  it('stays configurable', async () => {
    const fake = createFakeGraph({ now: NOW, users: 5, linkTtlSeconds: 300 })
    const redirect = await fake.fetch(
      new Request(`${GRAPH}/v1.0/reports/getOffice365ActiveUserCounts(period='D7')`, { headers: caller }),
    )
    const location = redirect.headers.get('location') as string
    expect(claimsOf(location).exp - claimsOf(location).iat).toBe(300)
    fake.clock.advance(299_999)
    expect((await fake.fetch(new Request(location))).status).toBe(200)
  })
})
