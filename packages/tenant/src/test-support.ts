import { readFileSync } from 'node:fs'
import type { TenantRecord, UserRecord } from './tenant-record'

const SMALL = new URL('../../../fixtures/tenants/contoso-small.json', import.meta.url)

/**
 * fixtures/tenants/contoso-small.json as a fresh record, its first user (Adele, licensed for every
 * service) changed by `edit`; `unlicensed` takes a service's licence and activity from her.
 */
export function smallScenario(edit: (adele: UserRecord) => void = () => {}, unlicensed?: string): TenantRecord {
  const record = smallRecord()
  const adele = record.users[0] as UserRecord & Record<string, Record<string, unknown> | undefined>
  edit(adele)
  if (unlicensed) {
    delete adele.licenses?.[unlicensed as keyof UserRecord['licenses']]
    delete adele.activity?.[unlicensed as keyof UserRecord['activity']]
  }
  return record
}

/** fixtures/tenants/contoso-small.json as a fresh record. */
export function smallRecord(): TenantRecord {
  return JSON.parse(readFileSync(SMALL, 'utf8'))
}
