/* Generation */

export type { Day } from './day'
export { dayOf, formatDay, isWeekend, parseDay, weekdayOf } from './day'
export type { GenerateTenantOptions } from './generate-tenant'
export { DEFAULT_LAG_DAYS, DEFAULT_SEED, generateTenant } from './generate-tenant'
export type { LoadTenantOptions } from './load-tenant'
/* Scenario tenants */
export { loadTenant } from './load-tenant'
export type { Product } from './product-catalog'
export { ADD_ONS, BASE_PLANS, findProduct, STANDALONE } from './product-catalog'
export type { Random } from './random'
export { createRandom, hashSeed } from './random'
export type { Scenario, UserCollection } from './scenario'
export { createScenario } from './scenario'
export type { Service } from './services'
export { SERVICE_LABELS, SERVICES, serviceBit } from './services'
export type { Organization, Tenant, TenantUser } from './tenant'
/* Vocabulary */
export { ACTIVITY_WINDOW_DAYS } from './tenant'
export { TenantError } from './tenant-error'
export type { TenantRecord, UserRecord } from './tenant-record'
export { toTenantRecord, toUserRecord } from './tenant-record'
export { PROFILE } from './user-profile'
