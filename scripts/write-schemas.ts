// Rewrites contracts/schemas/reports/*.schema.json from the report definitions. The contract
// test fails when they drift, so run this after changing a definition and commit the result.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { reportSchemas } from './report-schemas'

const root = join(import.meta.dirname, '..', 'contracts', 'schemas')
for (const { path, schema } of reportSchemas()) {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), `${JSON.stringify(schema, null, 2)}\n`)
}
console.log(`[fake-graph] wrote ${reportSchemas().length} report schemas to contracts/schemas/reports/`)
