// The client's unit test: the fake's MSW handlers stand in for Graph and the download host.
import { assertDownloaded, assertNoTokenLeak, createFakeGraph } from '@fake-graph/core'
import { graphHandlers } from '@fake-graph/msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readActiveUsers } from './active-users'

const fake = createFakeGraph({ seed: 42, users: 50, now: '2026-11-27T00:00:00Z' })
const server = setupServer(...graphHandlers(fake))
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

describe('readActiveUsers', () => {
  it('reads every licensed user, following the 302 without leaking the token', async () => {
    const users = await readActiveUsers('https://graph.microsoft.com', 'token')
    expect(users.length).toBeGreaterThan(40)
    expect(users[0]?.userPrincipalName).toMatch(/@millergroup\.onmicrosoft\.com$/)
    assertDownloaded(fake, { report: 'getOffice365ActiveUserDetail', period: 'D7', times: 1 })
    assertNoTokenLeak(fake)
  })
})
