import type { ColumnOrder, CsvOptions } from '@fake-graph/reports'
import { DEFAULT_LAG_DAYS, type Tenant } from '@fake-graph/tenant'
import type { AuthMode } from './authenticate'
import { type Clock, type ControlledClock, controlledClock } from './clock'
import { ControlError } from './control-error'
import { type CorsOptions, type CorsPolicy, type CorsProfile, corsPolicy } from './cors-policy'
import type { ErrorOverrides } from './error-cases'
import type { IdentityOptions } from './identity'
import type { TenantChoice, TenantFactory } from './tenant-source'
import type { ThrottlingOptions } from './throttle'

export interface FakeGraphOptions {
  /** Seed of the generated tenant (default 42). */
  seed?: number
  /** Users of the generated tenant (default 250). */
  users?: number
  /** A tenant to serve instead of a generated one, or a factory giving the tenant as of an instant. */
  tenant?: Tenant | TenantFactory
  /**
   * More tenants, by id: the `tid` of a caller's token selects one. Any other `tid` gets a tenant
   * generated from the seed and the id.
   */
  tenants?: Record<string, TenantChoice>
  /** Where the fake reads the time. Default: the system clock, or `now` frozen. */
  clock?: Clock
  /** Freeze the clock at this instant. */
  now?: Date | string
  /** Days the report data trails the clock (default 2). */
  lagDays?: number
  /**
   * Days the Copilot reports' data trails the clock: a whole number from `lagDays` to `lagDays` + 30,
   * so that a 180-day report stays inside the tenant's activity window (default `lagDays` + 1:
   * Copilot's telemetry lags up to 72 hours, docs/usage-reports.md §12).
   */
  copilotLagDays?: number
  /**
   * Generated users kept in memory across every tenant and day (default 200,000, about 300 MB).
   * Beyond it the tenant used least recently is dropped and derived again, the same, from its
   * seed when next asked for; a tenant larger than this is never held, only derived.
   */
  heldUsers?: number
  /**
   * Lifetime of a download link (default 120 s: the docs say "a few minutes", a captured
   * production link lived 120 s, docs/graph-reports.md §10.1).
   */
  linkTtlSeconds?: number
  /** The admin setting "Display concealed user, group, and site names in all reports". */
  concealNames?: boolean
  /**
   * Signs download links. Random per fake unless given; give one to share links between
   * replicas, or to make links reproducible. Never logged or echoed.
   */
  secret?: string
  /** The origin clients call (default https://graph.microsoft.com). */
  graphBaseUrl?: string
  /**
   * The origin of download links (default https://reportsweu.office.com, a regional host as
   * production's links name; the servers use their own download origin).
   */
  downloadBaseUrl?: string
  /** How bearer tokens are checked: `any` (default), `jwt` or `signed` (see `AuthMode`). */
  auth?: AuthMode
  /** The fake identity platform's application, for `signed` mode (client credentials). */
  identity?: IdentityOptions
  /** Refuse, instead of only recording, a bearer token sent to the download host. */
  rejectTokenOnDownload?: boolean
  /** How a 403 for a missing permission is worded (docs/graph-reports.md §4: UNKNOWN which is current). */
  permissionErrorShape?: 'flat' | 'wrapped'
  /** Status, code or message for any error case, where the real behaviour is unknown or you need another. */
  errors?: ErrorOverrides
  /**
   * Emulate Graph's reports throttling (docs/graph-reports.md §4): 14 CSV requests per 10 minutes per app, 40 per
   * tenant, 100 for beta JSON, per report API, on the fake's clock. Off by default.
   */
  throttling?: boolean | ThrottlingOptions
  /**
   * How browsers are answered (docs/graph-reports.md §10.2): `realistic` (default) answers CORS on
   * the Graph origin only, so a browser's download fails as in production; `permissive` allows
   * the download too. An object also sets the preflight's values, which are unknown for Graph.
   */
  cors?: CorsProfile | CorsOptions
  /** CSV line ends and BOM (defaults: CRLF, BOM). */
  csv?: CsvOptions
  /**
   * The columns' order where a real export and Graph's reference disagree (Teams' user
   * activity): `observed`, the real export's (default), or `documented`, the reference's order
   * and names. Clients that parse by name read both (decision 0015).
   */
  columnOrder?: ColumnOrder
  /**
   * Print the OneDrive and SharePoint site usage reports' Site URL empty, as production did for
   * months from 2024 (SP676147, docs/usage-reports.md §17): a client that keys sites by URL
   * meets it here. Off by default.
   */
  blankSiteUrls?: boolean
  /** Called with any exception the fake did not expect (the client gets a 500 envelope). */
  onUnexpectedError?: (error: unknown) => void
}

export type ResolvedOptions = Required<
  Pick<
    FakeGraphOptions,
    | 'lagDays'
    | 'linkTtlSeconds'
    | 'concealNames'
    | 'secret'
    | 'graphBaseUrl'
    | 'downloadBaseUrl'
    | 'rejectTokenOnDownload'
    | 'permissionErrorShape'
    | 'csv'
    | 'columnOrder'
    | 'blankSiteUrls'
    | 'auth'
    | 'identity'
    | 'heldUsers'
  >
> & {
  clock: ControlledClock
  /** The days the Copilot reports trail the others by (`copilotLagDays` − `lagDays`). */
  copilotDelayDays: number
  cors: CorsPolicy
  throttling?: ThrottlingOptions
  tenant: TenantChoice
  tenants: Record<string, TenantChoice>
  errors: ErrorOverrides
  onUnexpectedError: (error: unknown) => void
}

const DEFAULT_HELD_USERS = 200_000

export function resolveOptions(options: FakeGraphOptions): ResolvedOptions {
  const lagDays = options.lagDays ?? DEFAULT_LAG_DAYS
  return {
    clock: fakeClock(options),
    tenant: { seed: options.seed, users: options.users, tenant: options.tenant },
    tenants: options.tenants ?? {},
    lagDays,
    copilotDelayDays: copilotDelay(options.copilotLagDays, lagDays),
    heldUsers: options.heldUsers ?? DEFAULT_HELD_USERS,
    linkTtlSeconds: options.linkTtlSeconds ?? 120,
    concealNames: options.concealNames ?? false,
    secret: options.secret ?? randomSecret(),
    graphBaseUrl: trimSlash(options.graphBaseUrl ?? 'https://graph.microsoft.com'),
    downloadBaseUrl: trimSlash(options.downloadBaseUrl ?? 'https://reportsweu.office.com'),
    rejectTokenOnDownload: options.rejectTokenOnDownload ?? false,
    permissionErrorShape: options.permissionErrorShape ?? 'flat',
    errors: options.errors ?? {},
    throttling: options.throttling === true ? {} : options.throttling || undefined,
    csv: options.csv ?? {},
    columnOrder: options.columnOrder ?? 'observed',
    blankSiteUrls: options.blankSiteUrls ?? false,
    cors: corsPolicy(options.cors),
    auth: options.auth ?? 'any',
    identity: options.identity ?? {},
    onUnexpectedError: options.onUnexpectedError ?? ((error) => console.error('[fake-graph] unexpected error:', error)),
  }
}

/** The fake's clock always has controls; `now` freezes it there. */
function fakeClock(options: FakeGraphOptions): ControlledClock {
  const clock = controlledClock(options.clock)
  if (options.now !== undefined) clock.freeze(options.now)
  return clock
}

function randomSecret(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(32)), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '')
}

/** The most the Copilot reports may trail the others: the activity window's 30 days beyond 180. */
const MAX_COPILOT_DELAY_DAYS = 30

/** How many days the Copilot reports trail the others, from `copilotLagDays`; refused when out of range. */
function copilotDelay(copilotLagDays: number | undefined, lagDays: number): number {
  if (copilotLagDays === undefined) return 1
  const delay = copilotLagDays - lagDays
  if (!Number.isInteger(copilotLagDays) || delay < 0 || delay > MAX_COPILOT_DELAY_DAYS) {
    throw new ControlError(
      'create the fake',
      `copilotLagDays must be a whole number of days from lagDays (${lagDays}) to ${lagDays + MAX_COPILOT_DELAY_DAYS}`,
    )
  }
  return delay
}
