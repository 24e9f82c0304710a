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
  /** Whether a browser asked for the link: production's download host would have blocked it. */
  readonly browserBlocked: boolean
  /** For an answer with Retry-After: whether the client asked again for the same report before it elapsed. */
  readonly retriedTooEarly: boolean
}

/**
 * Derives the facts of report requests from a journal: of `requests` (by default every report
 * request in it), each in one pass over the journal. A journal of 10,000 throttled retries of
 * one link is read in milliseconds, not the seconds a scan of the later requests for every
 * request took, and a page of facts costs no more than the pass.
 */
export function reportFacts(
  entries: readonly JournalEntry[],
  requests: readonly JournalEntry[] = entries.filter(isReportRequest),
): ReportFacts[] {
  const links = new Set(requests.map((request) => request.link))
  const downloadsByLink = new Map<string, JournalEntry[]>()
  for (const entry of entries) {
    if (entry.origin !== 'download' || !entry.link || !links.has(entry.link)) continue
    const downloads = downloadsByLink.get(entry.link)
    if (downloads) downloads.push(entry)
    else downloadsByLink.set(entry.link, [entry])
  }
  // Only an answer with Retry-After can be retried too early: without one, no pass over the requests is needed.
  const early = requests.some((request) => request.retryAfter !== undefined)
    ? earlyRetries(entries.filter(isReportRequest))
    : new Set<JournalEntry>()
  return requests.map((request) => {
    const downloads = request.link ? (downloadsByLink.get(request.link) ?? []) : []
    const first = downloads[0]
    return {
      request,
      downloads,
      followed: downloads.some((download) => download.status === 200),
      followedAfterMs: first ? Date.parse(first.time) - Date.parse(request.time) : undefined,
      downloadedAfterExpiry: downloads.some((download) => download.error === 'linkExpired'),
      tokenLeaked: downloads.some((download) => download.tokenLeak),
      browserBlocked: downloads.some((download) => download.browserBlocked),
      retriedTooEarly: early.has(request),
    }
  })
}

/** A request to the Graph origin for a report: what the facts are about. */
export function isReportRequest(entry: JournalEntry): boolean {
  return entry.origin === 'graph' && entry.function !== undefined
}

/**
 * The 429s that the same app asked again, for the same report and parameters, before their
 * Retry-After had elapsed: read backwards, keeping the earliest later time of each such request.
 */
function earlyRetries(requests: readonly JournalEntry[]): Set<JournalEntry> {
  const earliestLater = new Map<string, number>()
  const early = new Set<JournalEntry>()
  for (let index = requests.length - 1; index >= 0; index--) {
    const request = requests[index] as JournalEntry
    const key = `${request.function}|${request.appId}|${JSON.stringify(request.params ?? {})}`
    const time = Date.parse(request.time)
    const later = earliestLater.get(key)
    if (request.retryAfter !== undefined && later !== undefined && later < time + request.retryAfter * 1000) {
      early.add(request)
    }
    if (later === undefined || time < later) earliestLater.set(key, time)
  }
  return early
}
