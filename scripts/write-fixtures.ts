// Rewrites the golden files under fixtures/reports/, downloaded through the fake as a client
// would get them, and the error fixtures under fixtures/errors/. Run after an intended change,
// then read the diff as an admin would before committing it.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createFakeGraph } from '@fake-graph/core'
import { ERROR_REQUESTS, errorFixtureOptions, seenError } from '../test/support/error-requests'
import { goldenCases, goldenDownloader } from '../test/support/golden-cases'

const root = join(import.meta.dirname, '..', 'fixtures', 'reports')
const errors = join(import.meta.dirname, '..', 'fixtures', 'errors')
const download = goldenDownloader()
for (const golden of goldenCases()) {
  const file = join(root, golden.path)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, await download(golden))
}
console.log(`[fake-graph] wrote ${goldenCases().length} golden files to fixtures/reports/`)
mkdirSync(errors, { recursive: true })
for (const [code, request] of Object.entries(ERROR_REQUESTS)) {
  const fake = createFakeGraph(errorFixtureOptions(request))
  writeFileSync(join(errors, `${code}.json`), await seenError(await request.send(fake)))
}
console.log(`[fake-graph] wrote ${Object.keys(ERROR_REQUESTS).length} error fixtures to fixtures/errors/`)
