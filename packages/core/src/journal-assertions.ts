import type { Journal, JournalEntry } from './journal'
import { reportFacts } from './report-facts'

/** A fake, or its journal. */
export type JournalSource = Journal | { readonly journal: Journal }

export interface DownloadExpectation {
  /** `getOffice365ActiveUserDetail`, or `Office365ActiveUsers-Detail` for the seed form. */
  report: string
  /** `D7`…`D180`, or a date for Detail. Omit to count every download of the report. */
  period?: string
  date?: string
  /** How many successful downloads (default 1). */
  times?: number
}

/** Thrown by the assertions; its message ends with the journal. */
export class JournalAssertionError extends Error {
  override readonly name = 'JournalAssertionError'
}

/** Asserts that the client downloaded a report exactly `times` times (following the 302). */
export function assertDownloaded(source: JournalSource, expected: DownloadExpectation): void {
  const entries = journalOf(source).entries()
  const params =
    expected.period !== undefined
      ? { period: expected.period }
      : expected.date !== undefined
        ? { date: expected.date }
        : undefined
  const matching = entries.filter(
    (entry) =>
      entry.origin === 'download' &&
      entry.status === 200 &&
      entry.function?.toLowerCase() === expected.report.toLowerCase() &&
      (!params ||
        Object.entries(params).every(([key, value]) => entry.params?.[key]?.toLowerCase() === value.toLowerCase())),
  )
  const times = expected.times ?? 1
  if (matching.length !== times) {
    const what = [expected.report, expected.period ?? expected.date].filter(Boolean).join(' ')
    fail(`Expected ${what} to be downloaded ${count(times)}, but it was downloaded ${count(matching.length)}.`, entries)
  }
}

/** Asserts that no bearer token was sent to the download host. */
export function assertNoTokenLeak(source: JournalSource): void {
  const entries = journalOf(source).entries()
  const leaks = entries.filter((entry) => entry.tokenLeak)
  if (leaks.length > 0) {
    fail(`Expected no bearer token at the download host, but ${leaks.length} download(s) carried one.`, entries)
  }
}

/** Asserts that the client never asked again before a Retry-After (of a 429, or a 503 that gave one) had elapsed. */
export function assertNoEarlyRetry(source: JournalSource): void {
  const entries = journalOf(source).entries()
  const early = reportFacts(entries).filter((facts) => facts.retriedTooEarly)
  if (early.length > 0) {
    const first = early[0]?.request as JournalEntry
    fail(
      `Expected retries to wait for Retry-After, but ${first.function} was asked again within ${first.retryAfter} s of a ${first.status} at ${first.time}.`,
      entries,
    )
  }
}

function journalOf(source: JournalSource): Journal {
  return 'journal' in source ? source.journal : source
}

function count(times: number): string {
  return times === 0 ? 'never' : times === 1 ? 'once' : `${times} times`
}

function fail(message: string, entries: readonly JournalEntry[]): never {
  throw new JournalAssertionError(`${message}\n\nJournal (${entries.length}):\n${formatJournal(entries)}`)
}

/** One line per request: time, origin, status, report and parameters, and what went wrong. */
export function formatJournal(entries: readonly JournalEntry[]): string {
  if (entries.length === 0) return '  (empty)'
  return entries
    .map((entry) => {
      const params = Object.entries(entry.params ?? {})
        .map(([key, value]) => `${key}=${value}`)
        .join(',')
      const notes = [
        entry.error,
        entry.retryAfter !== undefined && `retry after ${entry.retryAfter} s`,
        entry.tokenLeak && 'token leaked',
        entry.browserBlocked && 'a browser would be blocked here',
      ]
        .filter(Boolean)
        .join('; ')
      return `  ${entry.time.slice(11, 23)} ${entry.origin.padEnd(8)} ${entry.status} ${entry.function ?? entry.url}${params ? `(${params})` : ''}${notes ? `  [${notes}]` : ''}`
    })
    .join('\n')
}
