import type { FakeGraph, JournalEntry } from '@fake-graph/core'
import type { RequestHandler } from 'express'
import { adminError, refuse } from './admin-error'
import { readQuery } from './admin-query'

/** How often a follower is sent what was recorded: well within the second the page promises. */
export const FLUSH_MS = 250
/** Entries sent at most per flush; more in one flush are counted as skipped, not sent. */
export const MAX_BATCH = 200
/** A comment line this often keeps proxies and the browser from closing an idle stream. */
const KEEP_ALIVE_MS = 15_000

/**
 * `GET /_admin/journal/events`: the journal as server-sent events. First the newest entries the
 * journal holds (up to 200, or those after `?after=`; `event: reset` first when that sequence is
 * past the newest, as after a restart), then, every 250 ms, what was recorded since:
 * `event: entries` with `{ "entries": [...], "skipped": n }`. A follower costs the fake a queue
 * of references and one write per flush, whatever the traffic: past 200 entries a flush sends the
 * newest and counts the rest as skipped (they stay in `GET /_admin/journal`), and a reader that
 * does not read is not written to until its socket drains, its queue trimmed meanwhile.
 */
export function journalEvents(fake: FakeGraph): RequestHandler {
  return (request, response) => {
    const query = readQuery(request, ['after'])
    if (typeof query === 'string') return refuse(response, query)
    const after = query.get('after')
    if (after !== undefined && !/^\d{1,15}$/.test(after))
      return refuse(response, `after must be a sequence number, got "${after}"`)
    let pending: JournalEntry[] = []
    let skipped = 0
    const stop = fake.journal.subscribe((entry) => {
      pending.push(entry)
      // Trimmed in batches, so that a flood costs a copy per 200 entries, not a shift per entry.
      if (pending.length >= MAX_BATCH * 2) {
        skipped += pending.length - MAX_BATCH
        pending = pending.slice(-MAX_BATCH)
      }
    })
    if (!stop) return adminError(response, 503, 'Too many pages follow the journal already: close one and retry.')

    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    })
    // An `after` past the newest entry comes from a page that followed another process (the server
    // restarted): it is told to start afresh, and given the newest entries instead.
    const resumes = after !== undefined && Number(after) <= fake.journal.lastSequence
    if (after !== undefined && !resumes) response.write('event: reset\ndata: {}\n\n')
    const history = resumes
      ? fake.journal.find({ after: Number(after) }, MAX_BATCH)
      : fake.journal.entries().slice(-MAX_BATCH)
    response.write(batch(history, 0))
    let quiet = 0
    const flush = setInterval(() => {
      // A reader behind on its socket gets nothing more until it drains: its queue stays trimmed.
      if (response.writableNeedDrain) return
      if (pending.length === 0 && skipped === 0) {
        quiet += FLUSH_MS
        if (quiet >= KEEP_ALIVE_MS) {
          quiet = 0
          response.write(': keep-alive\n\n')
        }
        return
      }
      quiet = 0
      const sent = pending.slice(-MAX_BATCH)
      response.write(batch(sent, skipped + pending.length - sent.length))
      pending = []
      skipped = 0
    }, FLUSH_MS)
    flush.unref()
    response.on('close', () => {
      clearInterval(flush)
      stop()
      pending = []
    })
  }
}

function batch(entries: readonly JournalEntry[], skipped: number): string {
  return `event: entries\ndata: {"entries":${JSON.stringify(entries)},"skipped":${skipped}}\n\n`
}
