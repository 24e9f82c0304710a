import { describe, expect, it } from 'vitest'
import { createFakeGraph } from './create-fake-graph'
import { MAX_BODY_BYTES } from './read-body'

const BASE = 'https://graph.microsoft.com'
const CHUNK = 64 * 1024

/** A body of `total` bytes that counts what the reader pulled: a 300 MB upload, without 300 MB. */
function endlessBody(total: number) {
  const counter = { pulled: 0 }
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= total) return controller.close()
      counter.pulled += CHUNK
      controller.enqueue(new Uint8Array(CHUNK).fill(0x61))
    },
  })
  return { stream, counter }
}

const post = (path: string, body: BodyInit, headers: Record<string, string> = {}, method = 'POST') =>
  new Request(`${BASE}${path}`, { method, body, headers, duplex: 'half' } as RequestInit)

describe('request bodies', () => {
  const fake = createFakeGraph({ now: '2026-11-27T00:00:00Z', users: 5, auth: 'signed' })

  it('the token endpoint reads at most its limit of a 300 MB body, and answers 413 in the AADSTS envelope', async () => {
    const { stream, counter } = endlessBody(300e6)
    const response = await fake.fetch(post('/tenant-1/oauth2/v2.0/token', stream))
    expect(response.status).toBe(413)
    const body = await response.json()
    expect(body).toMatchObject({
      error: 'invalid_request',
      error_description: `AADSTS9000413: The request body is larger than the ${MAX_BODY_BYTES} bytes the token endpoint reads.`,
      error_codes: [9000413],
      trace_id: response.headers.get('request-id'),
    })
    expect(counter.pulled).toBeLessThanOrEqual(MAX_BODY_BYTES + 2 * CHUNK)
  })

  it('the token endpoint refuses a declared Content-Length over its limit without reading a byte', async () => {
    const { stream, counter } = endlessBody(300e6)
    const response = await fake.fetch(post('/tenant-1/oauth2/v2.0/token', stream, { 'Content-Length': String(300e6) }))
    expect(response.status).toBe(413)
    expect(counter.pulled).toBeLessThanOrEqual(CHUNK)
  })

  it('the token endpoint still reads a body of exactly its limit', async () => {
    const form = `grant_type=password&pad=${'a'.repeat(MAX_BODY_BYTES - 24)}`
    expect(form).toHaveLength(MAX_BODY_BYTES)
    const response = await fake.fetch(post('/tenant-1/oauth2/v2.0/token', form))
    expect(response.status).toBe(400)
    expect((await response.json()).error).toBe('unsupported_grant_type')
  })

  it('a report settings PATCH over the limit is 413 in Graph envelope, and changes nothing', async () => {
    const open = createFakeGraph({ now: '2026-11-27T00:00:00Z', users: 5 })
    const { stream, counter } = endlessBody(300e6)
    const response = await open.fetch(
      post(
        '/v1.0/admin/reportSettings',
        stream,
        { Authorization: 'Bearer x', 'Content-Type': 'application/json' },
        'PATCH',
      ),
    )
    expect(response.status).toBe(413)
    expect((await response.json()).error).toMatchObject({
      code: 'RequestEntityTooLarge',
      message: `The request body is larger than the ${MAX_BODY_BYTES} bytes this service reads.`,
    })
    expect(counter.pulled).toBeLessThanOrEqual(MAX_BODY_BYTES + 2 * CHUNK)
    expect(open.settings.displayConcealedNames).toBe(false)
  })
})
