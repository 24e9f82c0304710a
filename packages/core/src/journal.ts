import type { ErrorCode } from './error-cases'
import { instantTime } from './instant'

/** One request the fake answered. */
export interface JournalEntry {
  /** Its place among every request the fake answered, from 1: a cursor that survives trimming. */
  readonly sequence: number
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
  /** What answered with an error: a case such as `invalidPeriod` or `linkExpired` (see ERROR_CASES), `throttled` or `injected`. */
  readonly error?: ErrorCode
  /** The caller, from its token: an opaque token has neither. */
  readonly appId?: string
  readonly tenantId?: string
  /** The download token: the one a 302 pointed to, or the one a download asked for. */
  readonly link?: string
  /** A fault answered instead of the fake (see `fake.faults`); a dropped connection has status 0. */
  readonly fault?: 'scripted' | 'chaos'
  /** Seconds a 429 told the client to wait. */
  readonly retryAfter?: number
  /** A bearer token arrived at the download host (clients must not forward it; docs/graph-reports.md §5). */
  readonly tokenLeak: boolean
  /**
   * A browser asked the download host: production would block it here, since the download host
   * sends no CORS headers (docs/graph-reports.md §10.2). Marked in both CORS profiles.
   */
  readonly browserBlocked: boolean
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
  /** Only entries after this sequence number: where the previous page ended. */
  after?: number
}

/** Roughly what an entry holds, in characters: its strings can be as long as a request line and its headers. */
function sizeOf(entry: JournalEntry): number {
  return (
    ENTRY_OVERHEAD +
    entry.url.length +
    entry.clientRequestId.length +
    (entry.appId?.length ?? 0) +
    (entry.tenantId?.length ?? 0) +
    (entry.link?.length ?? 0)
  )
}
const ENTRY_OVERHEAD = 400

/** The headers of one request and its answer, kept for the newest entries only. */
export interface Exchange {
  readonly request: Headers
  readonly response: Headers
}

/** Called with each entry as it is recorded: it must return at once (queue, do not write). */
export type JournalListener = (entry: JournalEntry) => void

/** Listeners at once: each is an inspector page or a test following the journal. */
export const MAX_SUBSCRIBERS = 16
/**
 * Exchanges kept: the headers objects the request and answer already had, held, not copied. Node
 * reads at most 16 kB of request headers, so 500 exchanges hold at most some 16 MB.
 */
const EXCHANGES = 500

/**
 * Every request, in order of arrival. Bounded so that a long-running server does not grow: the
 * last 10,000 entries, or fewer when their strings pass 16 M characters (a client can make every
 * URL and client-request-id 16 kB long).
 */
export class Journal {
  readonly #entries: JournalEntry[] = []
  #sequence = 0
  #size = 0
  // A ring of the newest EXCHANGES, by sequence: no map to trim, nothing allocated per request.
  readonly #exchanges: ({ sequence: number; exchange: Exchange | (() => Exchange) } | undefined)[] = new Array(
    EXCHANGES,
  )
  readonly #listeners = new Set<JournalListener>()

  constructor(
    private readonly limit = 10_000,
    private readonly maxSize = 16 * 1024 * 1024,
  ) {}

  /**
   * Records an entry. `exchange` gives its headers when someone asks: a function, so that an
   * answer's headers are not built for every request (the CLI's lightweight Response builds a
   * Headers object only when asked, and a 302 costs a third more when it is).
   */
  record(entry: Omit<JournalEntry, 'sequence'>, exchange?: Exchange | (() => Exchange)): void {
    const recorded = { sequence: ++this.#sequence, ...entry }
    this.#entries.push(recorded)
    if (exchange) {
      this.#exchanges[recorded.sequence % EXCHANGES] = { sequence: recorded.sequence, exchange }
    }
    for (const listener of this.#listeners) {
      // A follower's fault must not fail the request it follows: it loses its subscription instead.
      try {
        listener(recorded)
      } catch {
        this.#listeners.delete(listener)
      }
    }
    this.#size += sizeOf(recorded)
    // Trim in batches: a splice per request would cost a copy of the whole journal each time.
    if (this.#entries.length >= this.limit * 1.25 || this.#size >= this.maxSize * 1.25) {
      const kept = this.#kept()
      for (const dropped of this.#entries.splice(0, this.#entries.length - kept)) this.#size -= sizeOf(dropped)
    }
  }

  /** The sequence number of the newest entry recorded (0 before any), cleared or not. */
  get lastSequence(): number {
    return this.#sequence
  }

  /** The headers of an entry's request and answer, while it is among the newest 500. */
  exchange(sequence: number): Exchange | undefined {
    const slot = this.#exchanges[sequence % EXCHANGES]
    if (slot?.sequence !== sequence) return undefined
    if (typeof slot.exchange === 'function') slot.exchange = slot.exchange()
    return slot.exchange
  }

  /**
   * Calls `listener` with every entry recorded from now on, until the returned function is
   * called. Refuses (returns undefined) past MAX_SUBSCRIBERS, so that followers cannot pile up.
   */
  subscribe(listener: JournalListener): (() => void) | undefined {
    if (this.#listeners.size >= MAX_SUBSCRIBERS) return undefined
    // A function of its own per subscription: the same listener twice is two subscriptions.
    const own: JournalListener = (entry) => listener(entry)
    this.#listeners.add(own)
    return () => void this.#listeners.delete(own)
  }

  entries(): readonly JournalEntry[] {
    return this.#entries.slice(-this.#kept())
  }

  /** How many of the newest entries fit both bounds. */
  #kept(): number {
    let size = 0
    let kept = 0
    for (let i = this.#entries.length - 1; i >= 0 && kept < this.limit; i--) {
      size += sizeOf(this.#entries[i] as JournalEntry)
      if (size > this.maxSize) break
      kept++
    }
    return kept
  }

  /** The entries that match every given condition: the first `limit` of them, when given. */
  find(filter: JournalFilter = {}, limit = Number.POSITIVE_INFINITY): JournalEntry[] {
    const since = bound(filter.since, 'since')
    const until = bound(filter.until, 'until')
    const after = filter.after ?? 0
    const name = filter.function?.toLowerCase()
    const params = Object.entries(filter.params ?? {})
    const found: JournalEntry[] = []
    const entries = this.#entries
    for (let i = entries.length - this.#kept(); i < entries.length && found.length < limit; i++) {
      const entry = entries[i] as JournalEntry
      if (entry.sequence <= after) continue
      if (name !== undefined && entry.function?.toLowerCase() !== name) continue
      if (filter.status !== undefined && entry.status !== filter.status) continue
      if (filter.origin !== undefined && entry.origin !== filter.origin) continue
      if (since !== undefined || until !== undefined) {
        const time = Date.parse(entry.time)
        if ((since !== undefined && time < since) || (until !== undefined && time > until)) continue
      }
      if (params.every(([key, value]) => (paramOf(entry, key) ?? null)?.toLowerCase() === value?.toLowerCase())) {
        found.push(entry)
      }
    }
    return found
  }

  clear(): void {
    this.#entries.length = 0
    this.#exchanges.fill(undefined)
    this.#size = 0
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
