import { describe, expect, it } from 'vitest'
import { createRouter, linkPath, MAX_TOKEN_LENGTH } from './router'

const router = createRouter('https://graph.microsoft.com', 'https://reportsweu.office.com')
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

  it("reads the seed form's token once, from the path", () => {
    expect(route('https://reportsweu.office.com/data/download/abc.def')).toEqual({
      origin: 'download',
      to: 'download',
      link: { form: 'legacy', token: 'abc.def' },
    })
    expect(route('https://reportsweu.office.com/data/download/a/b')).toEqual({ origin: 'download', to: 'download' })
    expect(route('https://reportsweu.office.com/data/download/')).toEqual({ origin: 'download', to: 'download' })
  })

  it("reads a current function's token from the query, percent-decoded as a URI component", () => {
    const link = (query: string) => route(`https://reportsweu.office.com/data/v1.0/download${query}`)
    const token = (query: string) => {
      const found = link(query)
      return found?.origin === 'download' ? found.link : 'not a download'
    }
    expect(link('?token=a.b.c')).toEqual({
      origin: 'download',
      to: 'download',
      link: { form: 'function', token: 'a.b.c' },
    })
    expect(token('?x=1&token=a.b.c&token=d')).toEqual({ form: 'function', token: 'a.b.c' })
    // Third-party code sees production tokens escaped so; a `+` is a plus, not a form's space.
    expect(token('?token=a%2Bb%2Fc%3D%3D')).toEqual({ form: 'function', token: 'a+b/c==' })
    expect(token('?token=a+b')).toEqual({ form: 'function', token: 'a+b' })
    expect(token('?token=%61%2E%62')).toEqual({ form: 'function', token: 'a.b' })
    // Not a token: refused as a bad link, without one to verify.
    expect(token('?token=%E0%A4%A')).toEqual({ form: 'function' })
    expect(token(`?token=${'a'.repeat(MAX_TOKEN_LENGTH + 1)}`)).toEqual({ form: 'function' })
    expect(token(`?token=${'a'.repeat(MAX_TOKEN_LENGTH)}`)).toEqual({
      form: 'function',
      token: 'a'.repeat(MAX_TOKEN_LENGTH),
    })
    // No token at all: the path names no link.
    for (const query of ['', '?', '?token=', '?token=&x=1', '?tokens=a', '?x=token=a']) {
      expect(token(query), query).toBeUndefined()
    }
  })

  it('reads a query of megabytes in one scan', () => {
    const url = new URL(
      `https://reportsweu.office.com/data/v1.0/download?${'x=1&'.repeat(1_000_000)}token=${'t'.repeat(10_000)}`,
    )
    const start = performance.now()
    expect(router.route(url)).toEqual({ origin: 'download', to: 'download', link: { form: 'function' } })
    expect(performance.now() - start).toBeLessThan(100)
  })

  it('writes the path of each form, which it reads back', () => {
    for (const form of ['function', 'legacy'] as const) {
      const url = new URL(`https://reportsweu.office.com${linkPath(form, 'h.p.s')}`)
      expect(router.route(url)).toEqual({ origin: 'download', to: 'download', link: { form, token: 'h.p.s' } })
    }
  })

  it('serves only its own paths, so a client keeps its own handlers for the rest of Graph', () => {
    expect(serves("https://graph.microsoft.com/beta/reports/getOffice365ActiveUserCounts(period='D7')")).toBe('graph')
    expect(serves('https://graph.microsoft.com/v1.0/admin/reportSettings')).toBe('graph')
    expect(serves('https://graph.microsoft.com/contoso/v2.0/.well-known/openid-configuration')).toBe('graph')
    expect(serves('https://reportsweu.office.com/anything')).toBe('download')
    expect(serves('https://reports.office.com/data/download/x')).toBeUndefined()
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
