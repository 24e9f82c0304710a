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
  /** A bearer token arrived at the download host (clients must not forward it; spec 5). */
  readonly tokenLeak: boolean
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

  clear(): void {
    this.#entries.length = 0
  }
}
