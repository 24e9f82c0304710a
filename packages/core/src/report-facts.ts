import type { JournalEntry } from './journal'

/** What a client did with one report request, derived from the journal. */
export interface ReportFacts {
  /** The request to the Graph origin. */
  readonly request: JournalEntry
  /** Every download of the link it was given, in order. */
  readonly downloads: readonly JournalEntry[]
  /** Whether the link was downloaded successfully at least once. */
  readonly followed: boolean
  /** Milliseconds from the 302 to the first download attempt. */
  readonly followedAfterMs?: number
  /** Whether a download came after the link had expired. */
  readonly downloadedAfterExpiry: boolean
  /** Whether a download of the link carried a bearer token. */
  readonly tokenLeaked: boolean
  /** For a 429: whether the client asked again for the same report before Retry-After elapsed. */
  readonly retriedTooEarly: boolean
}

/** Derives the facts of every report request in a journal. */
export function reportFacts(entries: readonly JournalEntry[]): ReportFacts[] {
  const downloadsByLink = new Map<string, JournalEntry[]>()
  for (const entry of entries) {
    if (entry.origin !== 'download' || !entry.link) continue
    downloadsByLink.set(entry.link, [...(downloadsByLink.get(entry.link) ?? []), entry])
  }
  const requests = entries.filter((entry) => entry.origin === 'graph' && entry.function)
  return requests.map((request, index) => {
    const downloads = request.link ? (downloadsByLink.get(request.link) ?? []) : []
    const first = downloads[0]
    return {
      request,
      downloads,
      followed: downloads.some((download) => download.status === 200),
      followedAfterMs: first ? Date.parse(first.time) - Date.parse(request.time) : undefined,
      downloadedAfterExpiry: downloads.some((download) => download.error === 'linkExpired'),
      tokenLeaked: downloads.some((download) => download.tokenLeak),
      retriedTooEarly: request.retryAfter !== undefined && retriedBefore(request, requests.slice(index + 1)),
    }
  })
}

function retriedBefore(throttled: JournalEntry, later: readonly JournalEntry[]): boolean {
  const allowedAt = Date.parse(throttled.time) + (throttled.retryAfter as number) * 1000
  return later.some(
    (entry) =>
      entry.function === throttled.function &&
      entry.appId === throttled.appId &&
      sameParams(entry.params, throttled.params) &&
      Date.parse(entry.time) < allowedAt,
  )
}

function sameParams(a: JournalEntry['params'], b: JournalEntry['params']): boolean {
  return JSON.stringify(a ?? {}) === JSON.stringify(b ?? {})
}
