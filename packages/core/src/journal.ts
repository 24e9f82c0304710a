import { instantTime } from './instant'

/** One request the fake answered. */
export interface JournalEntry {
  readonly requestId: string
  readonly clientRequestId: string
  /** When it arrived, by the fake's clock (ISO 8601). */
  readonly time: string
  readonly method: string
  readonly url: string
  readonly origin: 'graph' | 'download'
  /** The report, e.g. `getOffice365ActiveUserDetail` or `Office365ActiveUsers-Detail`. */
  readonly function?: string
  readonly params?: Readonly<Record<string, string | null>>
  readonly status: number
  /** The error case that answered, e.g. `invalidPeriod` or `linkExpired` (see ERROR_CASES). */
  readonly error?: string
  /** The caller, from its token: an opaque token has neither. */
  readonly appId?: string
  readonly tenantId?: string
  /** The download token: the one a 302 pointed to, or the one a download asked for. */
  readonly link?: string
  /** A fault answered instead of the fake (see `fake.faults`); a dropped connection has status 0. */
  readonly fault?: 'scripted' | 'chaos'
  /** Seconds a 429 told the client to wait. */
  readonly retryAfter?: number
  /** A bearer token arrived at the download host (clients must not forward it; spec 5). */
  readonly tokenLeak: boolean
}

export interface JournalFilter {
  function?: string
  /** Parameters that must match, e.g. `{ period: 'D30' }` (values compared case-insensitively). */
  params?: Record<string, string | null>
  status?: number
  origin?: JournalEntry['origin']
  /** Inclusive bounds, by the fake's clock. */
  since?: Date | string
  until?: Date | string
}

/** Every request, in order of arrival. Bounded so that a long-running server does not grow. */
export class Journal {
  readonly #entries: JournalEntry[] = []

  constructor(private readonly limit = 10_000) {}

  record(entry: JournalEntry): void {
    this.#entries.push(entry)
    // Trim in batches: a splice per request would cost a copy of the whole journal each time.
    if (this.#entries.length >= this.limit * 1.25) this.#entries.splice(0, this.#entries.length - this.limit)
  }

  entries(): readonly JournalEntry[] {
    return this.#entries.slice(-this.limit)
  }

  /** The entries that match every given condition. */
  find(filter: JournalFilter = {}): JournalEntry[] {
    const since = bound(filter.since, 'since')
    const until = bound(filter.until, 'until')
    return this.entries().filter((entry) => {
      if (filter.function !== undefined && entry.function?.toLowerCase() !== filter.function.toLowerCase()) return false
      if (filter.status !== undefined && entry.status !== filter.status) return false
      if (filter.origin !== undefined && entry.origin !== filter.origin) return false
      const time = Date.parse(entry.time)
      if ((since !== undefined && time < since) || (until !== undefined && time > until)) return false
      return Object.entries(filter.params ?? {}).every(
        ([key, value]) => (paramOf(entry, key) ?? null)?.toLowerCase() === value?.toLowerCase(),
      )
    })
  }

  clear(): void {
    this.#entries.length = 0
  }
}

function bound(instant: Date | string | undefined, name: string): number | undefined {
  if (instant === undefined) return undefined
  const time = instantTime(instant)
  if (time === undefined)
    throw new RangeError(`Failed to read the journal: ${name} "${instant}" is not an ISO 8601 instant`)
  return time
}

/** A parameter an entry was asked with: its own only, so that `constructor` is a name like any other. */
function paramOf(entry: JournalEntry, key: string): string | null | undefined {
  return entry.params && Object.hasOwn(entry.params, key) ? entry.params[key] : undefined
}
