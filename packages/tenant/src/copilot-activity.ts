import type { Day } from './day'
import { SERVICES, type Service } from './services'
import type { TenantUser } from './tenant'
import { unit } from './workload-activity'

/** The licence the Copilot reports list users by (docs/usage-reports.md §12). */
export const COPILOT_LICENCE = 'MICROSOFT 365 COPILOT'

/**
 * Where a user can use Copilot, in the order of the v1 Detail's columns, then the surfaces that
 * report version `v2` adds. `chat` is Copilot Chat as v1 reports it: the work and web chats together.
 */
export const COPILOT_APPS = [
  'chatWork',
  'chatWeb',
  'teams',
  'word',
  'excel',
  'powerPoint',
  'outlook',
  'oneNote',
  'loop',
  'microsoft365Copilot',
  'edge',
  'agent',
] as const
export type CopilotApp = (typeof COPILOT_APPS)[number]

/** Of the licensed users, the share who ever use each surface, and how often on their working days. */
const ADOPTION: Readonly<Record<CopilotApp, readonly [share: number, rate: number]>> = {
  chatWork: [0.85, 0.45],
  chatWeb: [0.3, 0.15],
  teams: [0.75, 0.35],
  word: [0.5, 0.2],
  excel: [0.35, 0.15],
  powerPoint: [0.3, 0.1],
  outlook: [0.6, 0.3],
  oneNote: [0.12, 0.08],
  loop: [0.08, 0.06],
  microsoft365Copilot: [0.55, 0.3],
  edge: [0.3, 0.12],
  agent: [0.1, 0.05],
}

/** The service a surface runs in, where the user must hold it too. */
export const COPILOT_APP_SERVICES: Partial<Record<CopilotApp, Service>> = { teams: 'teams', outlook: 'exchange' }

/** XORed into the workload seed: Copilot draws apart from every workload's counts. */
const SALT = 0x2c0b11e7
/** A staged rollout: this share of the licences were assigned during the activity window. */
const ROLLOUT_SHARE = 0.4

/**
 * A Copilot-licensed user's use of Copilot, derived from their workload seed alone: a surface is
 * used on a day only when the user was active in Microsoft 365 that day (any service) and held
 * the licence, so Copilot never shows a day the active-users reports do not. The surfaces used on
 * each day of the window are worked out once, as one bit per surface, so that every column and
 * count of the reports is a scan of those bits.
 */
export class CopilotUsage {
  /** The first day the user held the licence, within the activity window or before it. */
  readonly since: Day
  private readonly seed: number
  private readonly rates: Float64Array
  /** Per day of the activity window, a bit per surface (`COPILOT_APPS` order) the user used. */
  private readonly used: Uint16Array

  constructor(
    private readonly user: TenantUser,
    private readonly firstDay: Day,
  ) {
    this.seed = (user.workloadSeed ^ SALT) | 0
    const own = user.copilot
    const rollout = unit(this.seed, 0) < ROLLOUT_SHARE
    // A scenario's user without a date has held the licence all window, rather than a drawn rollout.
    this.since = own
      ? (own.since ?? firstDay)
      : rollout
        ? firstDay + Math.floor(unit(this.seed, 1) * (user.activity.length - 14))
        : firstDay
    this.rates = new Float64Array(COPILOT_APPS.length)
    COPILOT_APPS.forEach((app, lane) => {
      // A scenario's surface has a rate of 1, which every day's draw passes: it is used on every active day.
      const rate = own?.apps === undefined ? this.drawnRate(app, lane) : (own.apps >>> lane) & 1
      this.rates[lane] = this.enabledFor(app) ? rate : 0
    })
    this.used = new Uint16Array(user.activity.length)
    const lanes = COPILOT_APPS.map((_, lane) => lane).filter((lane) => (this.rates[lane] as number) > 0)
    for (let offset = Math.max(0, this.since - firstDay); offset < this.used.length; offset++) {
      if (user.activity[offset] === 0) continue
      let bits = 0
      for (const lane of lanes)
        if (hash(this.seed, lane, firstDay + offset) < (this.rates[lane] as number)) bits |= 1 << lane
      this.used[offset] = bits
    }
  }

  /** Of the licensed users, a share ever uses each surface, at a rate of its own. */
  private drawnRate(app: CopilotApp, lane: number): number {
    const [share, rate] = ADOPTION[app]
    return unit(this.seed, 2 + lane) < share ? rate * (0.4 + 1.2 * unit(this.seed, 20 + lane)) : 0
  }

  /** Whether the user's licences enable `app`: Copilot in Teams needs Teams, in Outlook a mailbox. */
  enabledFor(app: CopilotApp): boolean {
    const service = COPILOT_APP_SERVICES[app]
    return service === undefined || this.user.licenseAssignDates[SERVICES.indexOf(service)] != null
  }

  /** The bits of `usedBits` and `lastUse` for a set of surfaces. */
  static bitsOf(apps: readonly CopilotApp[]): number {
    return apps.reduce((bits, app) => bits | (1 << COPILOT_APPS.indexOf(app)), 0)
  }

  /** The surfaces, as `bitsOf` bits, the user used on `day`; 0 outside the window. */
  usedBits(day: Day): number {
    return this.used[day - this.firstDay] ?? 0
  }

  /** The last day up to `asOf` the user used any of the surfaces `bits` names, or null. */
  lastUse(bits: number, asOf: Day): Day | null {
    for (let offset = Math.min(asOf - this.firstDay, this.used.length - 1); offset >= 0; offset--) {
      if (((this.used[offset] as number) & bits) !== 0) return this.firstDay + offset
    }
    return null
  }

  /** Prompts the user submitted in the surfaces `bits` names on `day`: at least one a surface used. */
  prompts(bits: number, day: Day): number {
    let used = this.usedBits(day) & bits
    let prompts = 0
    while (used !== 0) {
      const lane = 31 - Math.clz32(used)
      used &= ~(1 << lane)
      prompts += 1 + Math.floor(12 * (this.rates[lane] as number) * hash(this.seed, 40 + lane, day))
    }
    return prompts
  }
}

/** Whether the report lists the user: they hold a Copilot licence and are not deleted. */
export function isCopilotUser(user: TenantUser): boolean {
  return !user.isDeleted && user.assignedProducts.includes(COPILOT_LICENCE)
}

/** A uniform draw in [0, 1) for (seed, stream, day). */
function hash(seed: number, stream: number, day: Day): number {
  return unit((seed ^ Math.imul(day, 0x9e3779b1)) | 0, stream)
}
