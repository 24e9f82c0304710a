import { generateTenant } from '@fake-graph/tenant'
import { describe, expect, it } from 'vitest'
import { timersDuring } from '../../../test/support/timers-during'
import { chunkedStream } from './chunked-stream'
import { renderCsv } from './csv-writer'
import { office365ActiveUserCounts } from './definitions/office365-active-user-counts'
import { office365ActiveUserDetail } from './definitions/office365-active-user-detail'

const now = new Date('2026-11-27T00:00:00Z')

/** Reads a stream as fast as it comes, counting the timers that fire meanwhile: 0 means it held the loop. */
async function timersReading(stream: ReadableStream<Uint8Array>) {
  const { value: bytes, fired } = await timersDuring(async () => {
    let bytes = 0
    const reader = stream.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return bytes
      bytes += value.byteLength
    }
  })
  return { fired, bytes }
}

describe('chunkedStream', () => {
  it('hands the event loop back while a fast reader takes a large report', async () => {
    const tenant = generateTenant({ seed: 1, users: 30_000, now, lazy: true })
    const { fired, bytes } = await timersReading(
      renderCsv(office365ActiveUserDetail, { tenant, selection: { period: 7 } }),
    )
    expect(bytes).toBeGreaterThan(5e6)
    expect(fired).toBeGreaterThan(5)
  })

  it('hands it back while a report works through users before its first row', async () => {
    const tenant = generateTenant({ seed: 1, users: 20_000, now, lazy: true })
    const { fired } = await timersReading(renderCsv(office365ActiveUserCounts, { tenant, selection: { period: 180 } }))
    expect(fired).toBeGreaterThan(5)
  })

  it('keeps the bytes whole, whatever the slices', async () => {
    const pieces = Array.from({ length: 50_000 }, (_, i) => (i % 7 === 0 ? '' : `${i},`))
    const text = await new Response(chunkedStream(pieces[Symbol.iterator]())).text()
    expect(text).toBe(pieces.join(''))
  })
})
