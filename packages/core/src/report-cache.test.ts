import { createScenario, generateTenant, loadTenant } from '@fake-graph/tenant'
import { describe, expect, it } from 'vitest'
import { createFakeGraph } from './create-fake-graph'
import { createReportCache } from './report-cache'

const now = '2026-11-27T00:00:00Z'
const DETAIL = "https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserDetail(period='D7')"
const download = async (fake: ReturnType<typeof createFakeGraph>) => {
  const location = (await fake.fetch(new Request(DETAIL, { headers: { Authorization: 'Bearer t' } }))).headers.get(
    'location',
  )
  return new TextDecoder().decode(await (await fake.fetch(new Request(location as string))).arrayBuffer())
}

describe('rendered reports are reused only while the tenant is unchanged', () => {
  it('shows an edit to a scenario on the next download of the same link', async () => {
    const scenario = await createScenario(generateTenant({ seed: 4, users: 20, now: new Date(now) }), {
      now: new Date(now),
    })
    const fake = createFakeGraph({ now, tenant: scenario.tenant })
    const before = await download(fake)
    expect(await download(fake)).toBe(before)
    const [first] = scenario.users.all()
    await scenario.users.update((q) => q.where({ id: first?.id as string }), {
      data(user) {
        user.displayName = 'Renamed Person'
      },
    })
    const after = await download(fake)
    expect(after).not.toBe(before)
    expect(after).toContain('Renamed Person')
  })

  it('streams, never holds, the reports of a scenario listing more groups than it could keep', async () => {
    const organization = {
      id: '6f1c3a52-0d4e-4c8b-9a57-2b1e8f0c7d31',
      name: 'Contoso',
      domain: 'contoso.onmicrosoft.com',
    }
    const user = {
      id: '00000000-0000-4000-8000-000000000000',
      userPrincipalName: 'o@contoso.onmicrosoft.com',
      displayName: 'O',
    }
    const hex = (i: number) => i.toString(16).padStart(12, '0')
    const scenario = (count: number) =>
      loadTenant(
        {
          organization,
          refreshDate: '2026-11-25',
          users: [user],
          groups: Array.from({ length: count }, (_, i) => ({
            id: `10000000-0000-4000-8000-${hex(i)}`,
            displayName: `g${i}`,
          })),
        },
        { now: new Date(now) },
      )
    const cache = createReportCache()
    const render = () => new Response('rows').body as ReadableStream<Uint8Array>
    expect(await cache(scenario(10), 'groups', render)).toBeInstanceOf(Uint8Array)
    expect(await cache(scenario(6_000), 'groups', render)).toBeInstanceOf(ReadableStream)
  })
})
