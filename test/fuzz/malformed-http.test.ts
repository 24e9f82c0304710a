import { describe, expect, it } from 'vitest'
import { useFakeServer } from '../support/fake-server'
import { portOf, sendRaw as raw } from '../support/raw-http'

describe('malformed HTTP', () => {
  const fake = useFakeServer({ users: 10 })
  const ports = () => [fake.server.graphUrl, fake.server.downloadUrl].map(portOf)

  it.each([
    ['a garbage request line', 'GARBAGE\r\n\r\n'],
    ['binary noise', Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256))],
    ['a request line without a version', 'GET /v1.0/reports\r\n\r\n'],
    ['oversized headers', `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`],
    ['a header without a colon', 'GET / HTTP/1.1\r\nHost: x\r\nno-colon-here\r\n\r\n'],
    ['a bad Content-Length', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: banana\r\n\r\n'],
    ['a bad Host', 'GET /v1.0/reports/x HTTP/1.1\r\nHost: a b c\r\n\r\n'],
  ])('answers %s with a 4xx or a closed socket, and keeps serving', async (_, bytes) => {
    for (const port of ports()) {
      const answer = await raw(port, bytes)
      expect(answer === '' || /^HTTP\/1\.1 4\d\d /.test(answer)).toBe(true)
    }
    expect((await fetch(`${fake.server.graphUrl}/_admin/health`)).status).toBe(200)
  })

  it('survives a client that sends half a request and vanishes', async () => {
    const [port] = ports()
    await raw(port as number, 'GET /v1.0/reports/getOffice365ActiveUserDetail(period=')
    expect((await fetch(`${fake.server.graphUrl}/_admin/health`)).status).toBe(200)
  })
})
