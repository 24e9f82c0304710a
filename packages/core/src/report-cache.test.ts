import { createScenario, generateTenant } from '@fake-graph/tenant'
import { describe, expect, it } from 'vitest'
import { createFakeGraph } from './create-fake-graph'

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
})
