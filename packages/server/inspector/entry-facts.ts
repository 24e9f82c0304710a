import { isReportRequest, type JournalEntry, type ReportFacts, reportFacts } from '@fake-graph/core'

/** One thing the journal knows about a request, and whether it is a client's mistake. */
export interface Fact {
  readonly text: string
  readonly warning: boolean
}

/**
 * What the client did, per entry, from the core's own `reportFacts` over the entries the page
 * holds: a 302's follow-up, a download's leak or lateness, a 429's early retry.
 */
export function entryFacts(entries: readonly JournalEntry[]): Map<number, Fact[]> {
  const facts = new Map<number, Fact[]>()
  for (const report of reportFacts(entries, entries.filter(isReportRequest))) {
    facts.set(report.request.sequence, requestFacts(report))
  }
  for (const entry of entries) {
    if (entry.origin !== 'download') continue
    const own: Fact[] = []
    if (entry.error === 'linkExpired') own.push({ text: 'after the link expired', warning: true })
    if (entry.tokenLeak) own.push({ text: 'bearer token sent to the download host', warning: true })
    if (entry.browserBlocked) own.push({ text: 'a browser: production would block it', warning: true })
    facts.set(entry.sequence, own)
  }
  return facts
}

function requestFacts(report: ReportFacts): Fact[] {
  const { request } = report
  const facts: Fact[] = []
  if (request.fault) facts.push({ text: `${request.fault} fault`, warning: false })
  if (request.retryAfter !== undefined) facts.push({ text: `Retry-After ${request.retryAfter} s`, warning: false })
  if (report.retriedTooEarly) facts.push({ text: 'retried before Retry-After', warning: true })
  if (request.status === 302) {
    facts.push(
      report.followedAfterMs === undefined
        ? { text: 'redirect not followed yet', warning: false }
        : { text: `redirect followed after ${formatMs(report.followedAfterMs)}`, warning: false },
    )
  }
  if (report.downloadedAfterExpiry) facts.push({ text: 'downloaded after expiry', warning: true })
  if (report.tokenLeaked) facts.push({ text: 'token sent to the download host', warning: true })
  if (report.browserBlocked) facts.push({ text: 'download blocked in production (browser)', warning: true })
  return facts
}

function formatMs(ms: number): string {
  return ms < 1_000 ? `${ms} ms` : `${(ms / 1_000).toFixed(1)} s`
}
