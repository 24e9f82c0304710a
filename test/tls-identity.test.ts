import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { type RunningServer, startServer } from '@fake-graph/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTlsCertificate, type TlsCertificate } from '../packages/cli/src/tls-certificate'
import { NOW, textOf } from './support/fake-server'

const run = promisify(execFile)
const CLIENT = new URL('./support/tls-client.ts', import.meta.url).pathname
const TENANT = '6f1c3a52-0d4e-4c8b-9a57-2b1e8f0c7d31'
const HEADER = /^Report Refresh Date,User Principal Name,Display Name,Is Deleted,/

describe('TLS and real Microsoft authentication', () => {
  let server: RunningServer
  let certificate: TlsCertificate
  beforeAll(async () => {
    certificate = await createTlsCertificate('127.0.0.1')
    server = await startServer({
      port: 0,
      downloadPort: 0,
      tls: certificate,
      fake: { now: NOW, users: 40, auth: 'signed' },
    })
  }, 30_000)
  afterAll(async () => {
    await server?.close()
  })

  /** Runs the client in a process that trusts the fake's certificate. */
  const client = async (mode: 'sdk' | 'identity', secret: string) => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', CLIENT, mode, server.graphUrl, secret], {
      env: { ...process.env, NODE_EXTRA_CA_CERTS: certificate.file },
    })
    return JSON.parse(stdout)
  }

  it('serves both origins over https, with a certificate file to trust', async () => {
    expect(server.graphUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
    expect(server.downloadUrl).toMatch(/^https:\/\//)
    const { stdout } = await run(
      'curl',
      [
        '-sS',
        '-L',
        '--cacert',
        certificate.file,
        '-H',
        'Authorization: Bearer x',
        `${server.graphUrl}/v1.0/reports/getOffice365ActiveUserCounts(period='D7')`,
      ],
      { encoding: 'buffer' },
    )
    // Auth mode signed refuses an opaque token, in Graph's envelope, over TLS.
    expect(JSON.parse(textOf(stdout)).error.message).toBe('CompactToken parsing failed with error code: 80049217')
  })

  it("the Graph JS SDK's default middleware chain sends its token over https and downloads the report", async () => {
    const token = await server.fake.identity.issue(TENANT, server.fake.clock.now())
    const result = await client('sdk', token)
    expect(result).toMatchObject({ bom: true, header: expect.stringMatching(HEADER) })
    expect(result.rows).toBeGreaterThan(20)
    const [report, download] = server.fake.journal.entries().slice(-2)
    expect(report).toMatchObject({ origin: 'graph', status: 302, tenantId: TENANT, appId: 'fake-graph-client' })
    // The SDK's redirect handler drops the token on the cross-origin redirect.
    expect(download).toMatchObject({ origin: 'download', status: 200, tokenLeak: false })
  }, 30_000)

  it('@azure/identity ClientSecretCredential gets a token from the fake and the SDK downloads the report', async () => {
    server.fake.journal.clear()
    const result = await client('identity', TENANT)
    expect(result).toMatchObject({ bom: true, header: expect.stringMatching(HEADER) })
    const functions = server.fake.journal.entries().map((entry) => `${entry.function} ${entry.status}`)
    expect(functions).toEqual([
      'identity 200',
      'identity 200',
      'getOffice365ActiveUserDetail 302',
      'getOffice365ActiveUserDetail 200',
    ])
  }, 30_000)
})
