import { describe, expect, it } from 'vitest'
import { DETAIL_D7, TOKEN, useFakeServer } from './support/fake-server'
import { portOf, sendRaw } from './support/raw-http'

const parse = (answer: string) => {
  const [head = '', body = ''] = answer.split('\r\n\r\n')
  const [statusLine = '', ...headerLines] = head.split('\r\n')
  const headers = Object.fromEntries(
    headerLines.map((line) =>
      line
        .split(/: (.*)/s)
        .slice(0, 2)
        .map((v) => v ?? ''),
    ),
  )
  return { statusLine, headers, body }
}

describe('bytes the HTTP parser refuses, over a socket', () => {
  const fake = useFakeServer({ users: 5 })

  const cases = [
    ['a byte outside ASCII in the path', 'GET /v1.0/reports/caf\xe9 HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'BadRequest'],
    ['a control byte in the path', 'GET /v1.0/\x01 HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'BadRequest'],
    ['no method at all', 'HELLO\r\n\r\n', 400, 'BadRequest'],
    ['a header name with a space', 'GET / HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n', 400, 'BadRequest'],
    [
      'a CONNECT, which Graph proxies for nobody',
      'CONNECT example.com:22 HTTP/1.1\r\nHost: example.com:22\r\n\r\n',
      400,
      'BadRequest',
    ],
    [
      'headers past 16 KB',
      `GET / HTTP/1.1\r\nHost: x\r\nX: ${'a'.repeat(20_000)}\r\n\r\n`,
      431,
      'RequestHeaderFieldsTooLarge',
    ],
  ] as const

  it.each(cases)('%s gets Graph’s envelope, not a bare status line', async (_, request, status, code) => {
    const { statusLine, headers, body } = parse(
      await sendRaw(portOf(fake.server.graphUrl), Buffer.from(request, 'latin1')),
    )
    expect(statusLine).toMatch(new RegExp(`^HTTP/1.1 ${status} `))
    expect(headers['content-type']).toBe('application/json')
    expect(headers.connection).toBe('close')
    expect(Number(headers['content-length'])).toBe(Buffer.byteLength(body))
    const envelope = JSON.parse(body)
    expect(envelope.error.code).toBe(code)
    expect(envelope.error.innerError['request-id']).toBe(headers['request-id'])
  })

  it('journals the request it refused, not the one before it on the same connection', async () => {
    const before = fake.server.fake.journal.lastSequence
    const valid = `GET ${DETAIL_D7} HTTP/1.1\r\nHost: x\r\nAuthorization: ${TOKEN.Authorization}\r\n\r\n`
    const answer = await sendRaw(portOf(fake.server.graphUrl), Buffer.from(`${valid}GARBAGE LINE\r\n\r\n`, 'latin1'))
    expect(answer.startsWith('HTTP/1.1 302 ')).toBe(true)
    expect(answer).toContain('HTTP/1.1 400 Bad Request')
    const entries = fake.server.fake.journal.entries().filter((e) => e.sequence > before)
    expect(entries.map((e) => [e.status, e.method, e.url.replace(/^https?:\/\/[^/]+/, '')])).toEqual(
      expect.arrayContaining([
        [302, 'GET', DETAIL_D7],
        [400, 'GARBAGE', 'LINE'],
      ]),
    )
  })

  it('journals no more of a megabyte request line than a path is read at, 2,048 characters', async () => {
    const before = fake.server.fake.journal.lastSequence
    const answer = await sendRaw(
      portOf(fake.server.graphUrl),
      Buffer.from(`GET /\xe9${'a'.repeat(1 << 20)} HTTP/1.1\r\n\r\n`, 'latin1'),
    )
    expect(answer).toMatch(/^HTTP\/1\.1 4\d\d /)
    const entries = fake.server.fake.journal.entries().filter((e) => e.sequence > before)
    expect(entries).toHaveLength(1)
    expect(entries[0]?.url.startsWith('/%E9aaa')).toBe(true)
    expect(`${entries[0]?.method} ${entries[0]?.url}`.length).toBeLessThanOrEqual(2_048)
  })

  it('journals the request on its origin, the bad byte percent-encoded, and keeps serving', async () => {
    const before = fake.server.fake.journal.lastSequence
    await sendRaw(
      portOf(fake.server.downloadUrl),
      Buffer.from('GET /data/caf\xe9 HTTP/1.1\r\nHost: x\r\n\r\n', 'latin1'),
    )
    const [entry, ...others] = fake.server.fake.journal.entries().filter((e) => e.sequence > before)
    expect(others).toHaveLength(0)
    expect(entry).toMatchObject({ origin: 'download', method: 'GET', url: '/data/caf%E9', status: 400 })
    expect(entry?.error).toBe('unreadableRequest')
    const response = await fetch(`${fake.server.graphUrl}${DETAIL_D7}`, { headers: TOKEN, redirect: 'manual' })
    expect(response.status).toBe(302)
  })
})
