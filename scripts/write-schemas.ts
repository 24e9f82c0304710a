// Rewrites contracts/schemas/reports/*.schema.json and contracts/openapi.yaml from the report
// definitions, the contract kit's table of the schemas, and the tenant package's compiled
// validators from contracts/schemas/tenant.schema.json. Tests fail when any of them drifts, so run
// this after changing a definition, openapi.base.yaml or the tenant schema, and commit the result.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { OPENAPI, openApiSource } from './openapi-document'
import { REPORT_SCHEMA_INDEX, reportSchemaIndexSource } from './report-schema-index'
import { reportSchemas } from './report-schemas'
import { TENANT_VALIDATORS, tenantValidatorsSource } from './tenant-validators'

const root = join(import.meta.dirname, '..', 'contracts', 'schemas')
for (const { path, schema } of reportSchemas()) {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), `${JSON.stringify(schema, null, 2)}\n`)
}
console.log(`[fake-graph] wrote ${reportSchemas().length} report schemas to contracts/schemas/reports/`)
writeFileSync(REPORT_SCHEMA_INDEX, reportSchemaIndexSource())
console.log('[fake-graph] wrote packages/contract/src/report-schemas.generated.ts')
writeFileSync(TENANT_VALIDATORS, tenantValidatorsSource())
console.log('[fake-graph] wrote packages/tenant/src/tenant-validators.generated.ts')
writeFileSync(OPENAPI, openApiSource())
console.log('[fake-graph] wrote contracts/openapi.yaml')
