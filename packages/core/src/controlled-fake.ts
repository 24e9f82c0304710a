import { bearerJwt } from '../../../test/support/unsigned-jwt'
import { createFakeGraph } from './create-fake-graph'
import type { FakeGraphOptions } from './fake-graph-options'

/** Test support for the fake's controls: a fake of 20 users at a fixed clock, and two apps of one tenant. */
export const NOW = '2026-11-27T09:00:00Z'
const GRAPH = 'https://graph.microsoft.com'
export const report = (name: string, period: string, version = 'v1.0') =>
  `${GRAPH}/${version}/reports/${name}(period='${period}')`
export const DETAIL_D30 = report('getOffice365ActiveUserDetail', 'D30')
export const token = (claims: object) => bearerJwt({ roles: ['Reports.Read.All'], ...claims })
export const APP_A = { Authorization: token({ appid: 'app-a', tid: 'tenant-1' }) }
export const APP_B = { Authorization: token({ appid: 'app-b', tid: 'tenant-1' }) }

export function controlledFake(options: FakeGraphOptions = {}) {
  const fake = createFakeGraph({ now: NOW, users: 20, ...options })
  const get = (url: string, headers: Record<string, string> = APP_A) => fake.fetch(new Request(url, { headers }))
  /** A client that follows the redirect, optionally late or leaking its token. */
  const download = async (url: string, { afterMs = 0, leak = false } = {}) => {
    const redirect = await get(url)
    fake.clock.advance(afterMs)
    return fake.fetch(new Request(redirect.headers.get('location') as string, { headers: leak ? APP_A : {} }))
  }
  return { fake, get, download }
}
