import type { JournalEntry } from '@fake-graph/core'
import { AdminApiError, adminHeaders } from './admin-api'
import { readEvents } from './event-stream'

export interface JournalBatch {
  readonly entries: JournalEntry[]
  /** Entries recorded faster than the server sends them: in the journal, not in this batch. */
  readonly skipped: number
}

export interface Following {
  onBatch(batch: JournalBatch): void
  /** The server holds none of the entries the page has: it restarted. */
  onReset(): void
  onState(state: 'live' | 'reconnecting', detail?: string): void
  onUnauthorized(): void
}

/** Follows `GET /_admin/journal/events`, and after a dropped stream resumes after the last entry it had. */
export function followJournal(following: Following): void {
  let after: number | undefined
  const connect = async (): Promise<void> => {
    try {
      const response = await fetch(`journal/events${after === undefined ? '' : `?after=${after}`}`, {
        headers: adminHeaders(),
      })
      if (response.status === 401) return following.onUnauthorized()
      if (!response.ok || !response.body) throw new AdminApiError(response.status, await response.text())
      following.onState('live')
      for await (const { event, data } of readEvents(response.body)) {
        if (event === 'reset') following.onReset()
        if (event !== 'entries') continue
        const batch = JSON.parse(data) as JournalBatch
        const last = batch.entries.at(-1)
        if (last) after = last.sequence
        following.onBatch(batch)
      }
      following.onState('reconnecting', 'the stream ended')
    } catch (error) {
      following.onState('reconnecting', error instanceof Error ? error.message : String(error))
    }
    setTimeout(connect, RETRY_MS)
  }
  void connect()
}

const RETRY_MS = 1_000
