import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generate } from 'selfsigned'

export interface TlsCertificate {
  readonly key: string
  readonly cert: string
  /** Where the certificate is written, for NODE_EXTRA_CA_CERTS or curl --cacert. */
  readonly file: string
}

/**
 * A self-signed certificate for the host the fake listens on (and localhost, 127.0.0.1, ::1),
 * made at start and written to a folder of its own, so that concurrent servers never share one.
 */
export async function createTlsCertificate(host: string): Promise<TlsCertificate> {
  const ip = /^[\d.]+$|:/.test(host)
  const pems = await generate([{ name: 'commonName', value: 'fake-graph' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 30 * 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', keyCertSign: true, digitalSignature: true, keyEncipherment: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
          ...(host === 'localhost' || host === '127.0.0.1' || host === '::1'
            ? []
            : [ip ? { type: 7 as const, ip: host } : { type: 2 as const, value: host }]),
        ],
      },
    ],
  })
  const file = join(mkdtempSync(join(tmpdir(), 'fake-graph-tls-')), 'fake-graph.crt')
  writeFileSync(file, pems.cert)
  return { key: pems.private, cert: pems.cert, file }
}
