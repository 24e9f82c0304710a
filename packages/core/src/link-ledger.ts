/** A download link the fake issued: which report it renders, for whom, and until when. */
export interface LinkRecord {
  /** The report, e.g. `getOffice365ActiveUserDetail` or `Office365ActiveUsers-Detail`. */
  readonly report: string
  readonly period?: number
  /** The one day asked for (`YYYY-MM-DD`), instead of a period. */
  readonly date?: string
  readonly concealNames: boolean
  readonly tenantId?: string
  readonly appId?: string
  /** The token the link carries: the journal's `link` of the 302 and of every download of it. */
  readonly token: string
  readonly url: string
  /** By the fake's clock, ISO 8601. */
  readonly issuedAt: string
  readonly expiresAt: string
}

/**
 * The links issued lately, newest last: the last 500, since a link lives two minutes by default
 * and a client issues one per report per second at most (a link is reused within its second).
 */
export class LinkLedger {
  readonly #links: LinkRecord[] = []

  constructor(private readonly limit = 500) {}

  add(link: LinkRecord): void {
    this.#links.push(link)
    // Trim in batches, as the journal does: a shift per link would copy the list each time.
    if (this.#links.length >= this.limit * 1.25) this.#links.splice(0, this.#links.length - this.limit)
  }

  links(): readonly LinkRecord[] {
    return this.#links.slice(-this.limit)
  }

  clear(): void {
    this.#links.length = 0
  }
}
