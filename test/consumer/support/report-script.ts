import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

/** The golden world: the consumer scripts ask the installed fake for the same bytes as fixtures/. */
export const GOLDEN_OPTIONS = "{ seed: 42, users: 50, now: '2026-11-27T00:00:00Z' }"
export const DETAIL_URL = "https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserDetail(period='D7')"

/** The golden Detail D7 CSV's SHA-256, to hold what an installed package downloads against. */
export function goldenDigest(): string {
  const file = new URL('../../../fixtures/reports/getOffice365ActiveUserDetail/D7.csv', import.meta.url)
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

/**
 * What a user's script does with the fake: ask for a report, follow the 302 by hand (the link
 * is on the download origin) and print what arrived as one JSON line. `sha256` is Node's.
 */
const BODY = `
  const fake = createFakeGraph(${GOLDEN_OPTIONS})
  const report = await fake.fetch(new Request("${DETAIL_URL}", { headers: { Authorization: 'Bearer consumer' } }))
  const location = report.headers.get('location')
  const download = await fake.fetch(new Request(location))
  const bytes = new Uint8Array(await download.arrayBuffer())
  console.log(JSON.stringify({
    status: report.status,
    location,
    downloadStatus: download.status,
    contentType: download.headers.get('content-type'),
    firstBytes: [...bytes.slice(0, 3)],
    sha256: createHash('sha256').update(bytes).digest('hex'),
  }))
`

export const ESM_SCRIPT = `import { createHash } from 'node:crypto'
import { createFakeGraph } from '@fake-graph/core'
${BODY}`

export const CJS_SCRIPT = `const { createHash } = require('node:crypto')
const { createFakeGraph } = require('@fake-graph/core')
;(async () => {${BODY}})()
`
