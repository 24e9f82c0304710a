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

/**
 * Derives the facts of every report request in a journal, in one pass each way: a journal of
 * 10,000 throttled retries of one link is read in milliseconds, not in the seconds a scan of the
 * later requests for every request took.
 */
export function reportFacts(entries: readonly JournalEntry[]): ReportFacts[] {
  const downloadsByLink = new Map<string, JournalEntry[]>()
  for (const entry of entries) {
    if (entry.origin !== 'download' || !entry.link) continue
    const downloads = downloadsByLink.get(entry.link)
    if (downloads) downloads.push(entry)
    else downloadsByLink.set(entry.link, [entry])
  }
  const requests = entries.filter((entry) => entry.origin === 'graph' && entry.function)
  const retriedTooEarly = earlyRetries(requests)
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
      retriedTooEarly: retriedTooEarly[index] as boolean,
    }
  })
}

/**
 * For each request, whether it was a 429 that the same app asked again, for the same report and
 * parameters, before its Retry-After had elapsed: read backwards, keeping the earliest later
 * time of each such request.
 */
function earlyRetries(requests: readonly JournalEntry[]): boolean[] {
  const earliestLater = new Map<string, number>()
  const early = new Array<boolean>(requests.length)
  for (let index = requests.length - 1; index >= 0; index--) {
    const request = requests[index] as JournalEntry
    const key = `${request.function}|${request.appId}|${JSON.stringify(request.params ?? {})}`
    const time = Date.parse(request.time)
    const later = earliestLater.get(key)
    early[index] = request.retryAfter !== undefined && later !== undefined && later < time + request.retryAfter * 1000
    if (later === undefined || time < later) earliestLater.set(key, time)
  }
  return early
}
