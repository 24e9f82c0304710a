import {
  type FakeGraph,
  isReportRequest,
  type JournalEntry,
  type JournalFilter,
  parseInstant,
  reportFacts,
} from '@fake-graph/core'
import { Router } from 'express'
import { adminError, refuse } from './admin-error'
import { readQuery } from './admin-query'
import { journalEvents } from './journal-events'

/** Entries per page, at most and by default. */
const MAX_ENTRIES = 1_000
/** Characters of JSON per page: an entry can hold a 16 kB URL and a 16 kB client-request-id. */
const MAX_PAGE = 1024 * 1024
const FILTERS = ['function', 'status', 'origin', 'since', 'until'] as const
const PARAMETERS = ['period', 'date', 'view'] as const
const KNOWN = [...FILTERS, ...PARAMETERS, 'limit', 'after']

/**
 * `/_admin/journal`, paged: GET `?function=…&status=…&origin=graph|download&since=…&until=…`
 * and any report parameter (`period=D30`, `date=…`, `view=…`), `limit` (up to 1,000) and `after`
 * (a sequence number); a page holds at most 1 MB of entries, and `next` is the page after it.
 * DELETE empties the journal.
 */
export function adminJournal(fake: FakeGraph): Router {
  const router = Router()
  router.get('/', (request, response) => {
    const query = readQuery(request, KNOWN)
    if (typeof query === 'string') return refuse(response, query)
    const problem = queryProblem(query)
    if (problem) return refuse(response, problem)
    const params = Object.fromEntries(PARAMETERS.filter((key) => query.has(key)).map((key) => [key, query.get(key)]))
    const filter: JournalFilter = {
      function: query.get('function'),
      status: query.has('status') ? Number(query.get('status')) : undefined,
      origin: query.get('origin') as JournalFilter['origin'],
      since: query.get('since'),
      until: query.get('until'),
      params: Object.keys(params).length > 0 ? (params as Record<string, string>) : undefined,
      after: query.has('after') ? Number(query.get('after')) : undefined,
    }
    const limit = query.has('limit') ? Number(query.get('limit')) : MAX_ENTRIES
    // One more than the page, to know whether another follows; no further than that.
    const { entries, json, more } = page(fake.journal.find(filter, limit + 1), limit)
    const reports = reportFacts(fake.journal.entries(), entries.filter(isReportRequest)).map(
      ({ request, downloads, ...facts }) => ({ requestId: request.requestId, downloads: downloads.length, ...facts }),
    )
    const next = more === undefined ? undefined : nextPage(request.originalUrl, more)
    response
      .type('application/json')
      .send(
        `{"entries":[${json.join(',')}],"reports":${JSON.stringify(reports)}${next ? `,"next":${JSON.stringify(next)}` : ''}}`,
      )
  })
  router.get('/events', journalEvents(fake))
  // One entry with the headers of its request and answer, while the journal keeps them (the newest 500).
  router.get('/:sequence', (request, response) => {
    const query = readQuery(request, [])
    if (typeof query === 'string') return refuse(response, query)
    const sequence = request.params.sequence
    if (!/^\d{1,15}$/.test(sequence))
      return refuse(response, `the entry must be a sequence number, got "${sequence.slice(0, 64)}"`)
    const [entry] = fake.journal.find({ after: Number(sequence) - 1 }, 1)
    if (entry?.sequence !== Number(sequence))
      return adminError(response, 404, `The journal holds no entry ${sequence}.`)
    const exchange = fake.journal.exchange(entry.sequence)
    response.json({
      entry,
      requestHeaders: exchange ? [...exchange.request] : null,
      responseHeaders: exchange ? [...exchange.response] : null,
    })
  })
  router.delete('/', (request, response) => {
    const query = readQuery(request, [])
    if (typeof query === 'string') return refuse(response, query)
    fake.journal.clear()
    response.status(204).end()
  })
  return router
}

function queryProblem(query: Map<string, string>): string | undefined {
  const status = query.get('status')
  if (status !== undefined && !/^[1-5]\d\d$/.test(status)) return `status must be an HTTP status, got "${status}"`
  const origin = query.get('origin')
  if (origin !== undefined && origin !== 'graph' && origin !== 'download')
    return `origin must be graph or download, got "${origin}"`
  for (const key of ['since', 'until']) {
    const value = query.get(key)
    if (value !== undefined && !parseInstant(value)) return `${key} must be an ISO 8601 instant, got "${value}"`
  }
  const limit = query.get('limit')
  if (limit !== undefined && !(/^\d{1,4}$/.test(limit) && Number(limit) >= 1 && Number(limit) <= MAX_ENTRIES))
    return `limit must be a whole number from 1 to ${MAX_ENTRIES}, got "${limit}"`
  const after = query.get('after')
  if (after !== undefined && !/^\d{1,15}$/.test(after)) return `after must be a sequence number, got "${after}"`
  return undefined
}

interface Page {
  readonly entries: JournalEntry[]
  /** The same entries, as JSON: measured once, written once. */
  readonly json: string[]
  /** The sequence number the page ends at, when more entries follow. */
  readonly more?: number
}

function page(matching: readonly JournalEntry[], limit: number): Page {
  const entries: JournalEntry[] = []
  const json: string[] = []
  let size = 0
  for (const entry of matching) {
    const text = JSON.stringify(entry)
    if (entries.length === limit || (entries.length > 0 && size + text.length > MAX_PAGE)) {
      return { entries, json, more: (entries.at(-1) as JournalEntry).sequence }
    }
    entries.push(entry)
    json.push(text)
    size += text.length
  }
  return { entries, json }
}

/** This request's URL, asking for the entries after `sequence`. */
function nextPage(originalUrl: string, sequence: number): string {
  const url = new URL(originalUrl, 'http://admin')
  url.searchParams.set('after', String(sequence))
  return `${url.pathname}${url.search}`
}
