// Rewrites the golden files under fixtures/reports/. Run after an intended change to the
// reports, then read the diff as an admin would before committing it.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { goldenCases } from '../test/support/golden-cases'

const root = join(import.meta.dirname, '..', 'fixtures', 'reports')
for (const golden of goldenCases()) {
  const file = join(root, golden.path)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, golden.render())
}
console.log(`[fake-graph] wrote ${goldenCases().length} golden files to fixtures/reports/`)
