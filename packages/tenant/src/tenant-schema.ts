import tenantSchema from '@fake-graph/contracts/schemas/tenant.schema.json'
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020'
import type { TenantRecord, UserRecord } from './tenant-record'

type Validators = ReturnType<typeof compile>

/**
 * Compiled on first use, not on import: compilation costs milliseconds and generates code, which
 * a page whose Content-Security-Policy lacks 'unsafe-eval' refuses. A fake that only generates its
 * tenant (MSW in such a page) never needs it.
 */
let validators: Validators | undefined

function compile() {
  const ajv = new Ajv2020({ allErrors: false, strict: true })
  ajv.addSchema(tenantSchema)
  return {
    tenant: ajv.getSchema<TenantRecord>(tenantSchema.$id),
    user: ajv.getSchema<UserRecord>(`${tenantSchema.$id}#/$defs/user`),
  }
}

export interface SchemaIssue {
  /** Slash-separated path of the field, e.g. `users/3/userPrincipalName`. */
  readonly field: string
  readonly problem: string
}

export function checkTenantRecord(value: unknown): SchemaIssue | undefined {
  return check('tenant', value)
}

export function checkUserRecord(value: unknown): SchemaIssue | undefined {
  return check('user', value)
}

function check(which: keyof Validators, value: unknown): SchemaIssue | undefined {
  validators ??= compile()
  const validate = validators[which]
  if (!validate) throw new Error('tenant.schema.json did not compile')
  if (validate(value)) return undefined
  return toIssue(validate.errors?.[0])
}

function toIssue(error: ErrorObject | undefined): SchemaIssue {
  if (!error) return { field: '', problem: 'is invalid' }
  const field = error.instancePath.replace(/^\//, '')
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty
    return { field: field ? `${field}/${extra}` : extra, problem: 'is not a known field' }
  }
  if (error.propertyName !== undefined) {
    // A bad key: ajv reports it at the parent object, with the key on the side.
    const allowed = (error.params as { allowedValues?: string[] }).allowedValues
    const problem = allowed ? `is not one of ${allowed.join(', ')}` : (error.message ?? 'is not an allowed name')
    return { field: `${field}/${error.propertyName}`, problem }
  }
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty: string }).missingProperty
    return { field: field ? `${field}/${missing}` : missing, problem: 'is required' }
  }
  return { field, problem: error.message ?? 'is invalid' }
}
