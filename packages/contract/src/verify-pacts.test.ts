import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { verifyPactsAgainstFake } from './verify-pacts'

const PACT = new URL('../../../contracts/pacts/graph-reports-client-microsoft-graph-reports.json', import.meta.url)
const WRONG = new URL('../../../examples/report-client/pacts-wrong/report-client-expects-200.json', import.meta.url)

/** A stub Pact Broker on loopback: the provider's latest pacts, through its HAL API. */
async function stubBroker(pacts: string[]) {
  const server = createServer((request, response) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    if (request.url === '/pacts/provider/microsoft-graph-reports/latest') {
      response.writeHead(200, { 'Content-Type': 'application/hal+json' })
      return response.end(
        JSON.stringify({ _links: { 'pb:pacts': pacts.map((_, index) => ({ href: `${base}/pact/${index}` })) } }),
      )
    }
    const pact = pacts[Number(request.url?.split('/').pop())]
    response.writeHead(pact ? 200 : 404, { 'Content-Type': 'application/json' })
    response.end(pact ?? '{}')
  }).listen(0, '127.0.0.1')
  await once(server, 'listening')
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }
}

describe('verifyPactsAgainstFake with a Pact Broker', () => {
  it('verifies the pacts the broker holds for the provider', async () => {
    const broker = await stubBroker([readFileSync(PACT, 'utf8')])
    try {
      const result = await verifyPactsAgainstFake({ pactBrokerUrl: broker.url, fake: { now: '2026-11-27T00:00:00Z' } })
      expect(result.ok).toBe(true)
      expect(result.replayed.length).toBeGreaterThan(3)
    } finally {
      broker.close()
    }
  }, 60_000)

  it('fails on a wrong pact from the broker, and says why', async () => {
    const broker = await stubBroker([readFileSync(WRONG, 'utf8')])
    try {
      const result = await verifyPactsAgainstFake({ pactBrokerUrl: broker.url })
      expect(result.ok).toBe(false)
      expect(Object.values(result.redirectMismatches).flat()).toContain('expected status 200 but was 302')
    } finally {
      broker.close()
    }
  }, 60_000)

  it('refuses to verify nothing', async () => {
    await expect(verifyPactsAgainstFake({})).rejects.toThrow(/give pactFiles or a pactBrokerUrl/)
  })
})
