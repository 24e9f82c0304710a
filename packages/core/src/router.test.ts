import { describe, expect, it } from 'vitest'
import { createRouter } from './router'

const router = createRouter('https://graph.microsoft.com', 'https://reports.office.com')
const route = (url: string) => router.route(new URL(url))
const serves = (url: string) => router.serves(new URL(url))

describe('the router', () => {
  it('routes each path of the Graph origin to its answer, and every other path to the report planner', () => {
    expect(route("https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserDetail(period='D7')")).toEqual({
      origin: 'graph',
      to: 'report',
    })
    expect(route('https://graph.microsoft.com/beta/admin/reportSettings')).toEqual({
      origin: 'graph',
      to: 'settings',
      version: 'beta',
    })
    expect(route('https://graph.microsoft.com/contoso/oauth2/v2.0/token')).toEqual({
      origin: 'graph',
      to: 'identity',
      tenant: 'contoso',
      endpoint: 'oauth2/v2.0/token',
    })
    expect(route('https://graph.microsoft.com/v1.0/me')).toEqual({ origin: 'graph', to: 'report' })
  })

  it('reads the download token once, from the path', () => {
    expect(route('https://reports.office.com/data/download/abc.def')).toEqual({
      origin: 'download',
      to: 'download',
      token: 'abc.def',
    })
    expect(route('https://reports.office.com/data/download/a/b')).toEqual({ origin: 'download', to: 'download' })
  })

  it('serves only its own paths, so a client keeps its own handlers for the rest of Graph', () => {
    expect(serves("https://graph.microsoft.com/beta/reports/getOffice365ActiveUserCounts(period='D7')")).toBe('graph')
    expect(serves('https://graph.microsoft.com/v1.0/admin/reportSettings')).toBe('graph')
    expect(serves('https://graph.microsoft.com/contoso/v2.0/.well-known/openid-configuration')).toBe('graph')
    expect(serves('https://reports.office.com/anything')).toBe('download')
    expect(serves('https://graph.microsoft.com/v1.0/me')).toBeUndefined()
    expect(serves('https://example.com/v1.0/reports/x')).toBeUndefined()
  })

  it('tells the origins apart by host and port, not by scheme', () => {
    const local = createRouter('http://127.0.0.1:4000', 'http://127.0.0.1:4001')
    expect(local.route(new URL('https://127.0.0.1:4001/data/download/t'))?.origin).toBe('download')
    expect(local.route(new URL('http://127.0.0.1:4002/v1.0/reports/x'))).toBeUndefined()
  })

  it('on one shared origin (a Pact verification), takes the /data/ paths as downloads', () => {
    const shared = createRouter('http://127.0.0.1:9000', 'http://127.0.0.1:9000')
    expect(shared.route(new URL('http://127.0.0.1:9000/data/download/t'))?.origin).toBe('download')
    expect(shared.route(new URL("http://127.0.0.1:9000/v1.0/reports/x(period='D7')"))?.origin).toBe('graph')
  })
})
