import type { ErrorObject } from 'ajv'
import { group, site, tenant, user } from './tenant-validators.generated'

/** A validator compiled ahead of time from tenant.schema.json (see scripts/tenant-validators.ts). */
type Validate = ((value: unknown) => boolean) & { errors?: ErrorObject[] | null }

export interface SchemaIssue {
  /** Slash-separated path of the field, e.g. `users/3/userPrincipalName`. */
  readonly field: string
  readonly problem: string
}

export function checkTenantRecord(value: unknown): SchemaIssue | undefined {
  return check(tenant, value)
}

export function checkUserRecord(value: unknown): SchemaIssue | undefined {
  return check(user, value)
}

export function checkGroupRecord(value: unknown): SchemaIssue | undefined {
  return check(group, value)
}

export function checkSiteRecord(value: unknown): SchemaIssue | undefined {
  return check(site, value)
}

function check(validate: Validate, value: unknown): SchemaIssue | undefined {
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
