import { request } from 'node:http'
import { describe, expect, it } from 'vitest'
import { useFakeServer } from './support/fake-server'

/** POSTs `megabytes` of body as fast as the server takes it, and returns what it answered and how much it took. */
function upload(url: string, megabytes: number): Promise<{ status: number; body: string; sentMb: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0
    const chunk = Buffer.alloc(1 << 20, 0x61)
    const outgoing = request(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })
    outgoing.on('response', (answer) => {
      let body = ''
      answer.on('data', (part) => {
        body += part
      })
      answer.on('end', () => {
        outgoing.destroy()
        resolve({ status: answer.statusCode ?? 0, body, sentMb: sent / (1 << 20) })
      })
    })
    outgoing.on('error', (error) => (sent > 0 ? undefined : reject(error)))
    const pump = () => {
      while (sent < megabytes << 20) {
        sent += chunk.length
        if (!outgoing.write(chunk)) return void outgoing.once('drain', pump)
      }
      outgoing.end()
    }
    pump()
  })
}

describe('request bodies over HTTP', () => {
  const fake = useFakeServer({ users: 5, auth: 'signed' })

  it('answers a 300 MB token request with 413 in the AADSTS envelope once 64 KiB are read, not after the upload', async () => {
    const answer = await upload(`${fake.server.graphUrl}/tenant-1/oauth2/v2.0/token`, 300)
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.body)).toMatchObject({ error: 'invalid_request', error_codes: [9000413] })
    // The answer came while the client was still sending: the server read no more than it needed.
    expect(answer.sentMb).toBeLessThan(100)
    expect((await fetch(`${fake.server.graphUrl}/_admin/health`)).status).toBe(200)
  })
})
