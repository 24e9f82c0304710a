import { frozenClock } from '@fake-graph/core'
import { type RunningServer, startServer } from '@fake-graph/server'
import { afterAll, beforeAll } from 'vitest'

/** The frozen world of the end-to-end tests (the refresh date is 2026-11-25). */
export const NOW = '2026-11-27T00:00:00Z'
export const TOKEN = { Authorization: 'Bearer e2e-token' }
export const DETAIL_D7 = "/v1.0/reports/getOffice365ActiveUserDetail(period='D7')"

/** A real server on free loopback ports for the tests of one file. */
export function useFakeServer(fake: NonNullable<Parameters<typeof startServer>[0]>['fake'] = {}) {
  const holder: { server?: RunningServer } = {}
  const clock = frozenClock(NOW)
  beforeAll(async () => {
    holder.server = await startServer({ port: 0, downloadPort: 0, fake: { clock, users: 60, ...fake } })
  })
  afterAll(async () => {
    await holder.server?.close()
  })
  return {
    /** The server's clock, frozen at NOW: move it to test expiry. */
    clock,
    get server(): RunningServer {
      if (!holder.server) throw new Error('the fake server has not started')
      return holder.server
    },
  }
}

/** The body as bytes, BOM included (Response.text() would drop it). */
export async function bytesOf(response: Response): Promise<Uint8Array> {
  return new Uint8Array(await response.arrayBuffer())
}

export function textOf(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
}
