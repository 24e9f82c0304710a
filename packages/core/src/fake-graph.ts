import type { Tenant } from '@fake-graph/tenant'
import type { ControlledClock } from './clock'
import type { ResolvedOptions } from './fake-graph-options'
import type { Faults } from './faults'
import type { Identity } from './identity'
import type { Journal } from './journal'
import type { LinkRecord } from './link-ledger'
import type { ReportFacts } from './report-facts'
import type { ReportSettings } from './report-settings'
import type { TenantChoice } from './tenant-source'
import type { ThrottlingOptions } from './throttle'

/**
 * The fake Microsoft Graph reports service: one Fetch API function and its controls. The
 * server, the MSW handlers and the contract kit only carry requests to `fetch` and answers back.
 */
export interface FakeGraph {
  /**
   * Answers one request, on the Graph origin (`graphBaseUrl`) or the download origin
   * (`downloadBaseUrl`), as the real service would. Never throws: an exception the fake did not
   * expect is a 500 in Graph's envelope (and goes to `onUnexpectedError`).
   */
  fetch(request: Request): Promise<Response>
  /**
   * The origin of a request the fake serves itself, `graph` or `download`; undefined for any
   * other (another host, or a Graph path that is not a report, report settings or the identity
   * platform). The MSW handlers ask this, so that a client's own handlers keep the rest of Graph.
   */
  handles(request: Request): 'graph' | 'download' | undefined
  /** Every request answered, in order (bounded): what the client did. */
  readonly journal: Journal
  /** What clients did with each report request: redirects followed, expiry, leaks, early retries. */
  reports(): ReportFacts[]
  /** The download links issued lately (the last 500), newest last, with their expiry. */
  links(): readonly LinkRecord[]
  /** Scripted faults and seeded chaos: `fake.faults.add({ status: 503, times: 1 })`. */
  readonly faults: Faults
  /** Turns Graph's throttling emulation on (the documented limits, or others) or off; counts start afresh. */
  setThrottling(throttling: boolean | ThrottlingOptions): void
  /** The fake's clock: freeze, set or advance it. */
  readonly clock: ControlledClock
  /** The primary tenant's report settings (also `GET`/`PATCH /v1.0/admin/reportSettings`). */
  readonly settings: ReportSettings
  /** The report settings of the tenant a `tid` selects. */
  settingsOf(tenantId: string): ReportSettings
  /** The tenant the reports are drawn from, as of the clock (or of `instant`), for a `tid` or the primary. */
  tenant(instant?: Date, tenantId?: string): Tenant
  /**
   * Reseeds or replaces a tenant at run time: `{ seed, users }`, a tenant, or a factory. Links
   * issued before render the new tenant. Throws a `ControlError`, changing nothing, for a seed
   * or size out of range.
   */
  useTenant(choice: TenantChoice, tenantId?: string): void
  /** How many generated users the fake holds in memory now, across tenants and days (at most `options.heldUsers`). */
  heldUsers(): number
  /** The fake identity platform (auth mode `signed`): `await fake.identity.issue(tenantId, now)` mints a token. */
  readonly identity: Identity
  /** The options in force, defaults filled in. */
  readonly options: ResolvedOptions
}
