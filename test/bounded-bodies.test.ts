import { describe, expect, it } from 'vitest'
import { useFakeServer } from './support/fake-server'
import { upload } from './support/upload'

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
