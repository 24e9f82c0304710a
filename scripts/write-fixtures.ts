// Rewrites the golden files under fixtures/reports/, downloaded through the fake as a client
// would get them. Run after an intended change to the reports, then read the diff as an admin
// would before committing it.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { downloadThroughFake, goldenCases, goldenFake } from '../test/support/golden-cases'

const root = join(import.meta.dirname, '..', 'fixtures', 'reports')
const fake = goldenFake()
for (const golden of goldenCases()) {
  const file = join(root, golden.path)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, await downloadThroughFake(fake, golden.url))
}
console.log(`[fake-graph] wrote ${goldenCases().length} golden files to fixtures/reports/`)
