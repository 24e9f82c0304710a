import { raise } from './error-cases'
import { errorResponse } from './error-response'
import type { FakeGraph } from './fake-graph'
import { graphHeaders } from './graph-headers'
import type { JournalEntry } from './journal'
import { journalEntry } from './journal-entry'

/** Bytes the HTTP parser refused, as far as they tell what the client meant. */
export interface Unreadable {
  readonly origin: JournalEntry['origin']
  /** Why: bytes it cannot read (the default), headers past its limit, or a request that never finished arriving. */
  readonly kind?: 'unreadable' | 'headersTooLarge' | 'timeout'
  /** The parser's reason, in its own words ("invalid char in url path"). */
  readonly problem: string
  /** The first line the client sent, as far as it went, for the journal. */
  readonly requestLine: string
}

/** What of a request line the journal keeps: a path is read no further than this either. */
const REQUEST_LINE_LIMIT = 2048

/**
 * The answer to bytes that never became a request, in Graph's envelope rather than a bare status
 * line, and its entry in the journal, so that the inspector shows what the client sent. With no
 * headers read there is no `client-request-id` to echo: the request id stands for both, as when
 * a client sends none.
 */
export function unreadableRequest(fake: FakeGraph, unreadable: Unreadable): Response {
  const now = fake.clock.now()
  const requestId = crypto.randomUUID()
  const ids = { requestId, clientRequestId: requestId }
  const error =
    unreadable.kind === 'headersTooLarge'
      ? raise(fake.options.errors, 'headersTooLarge')
      : unreadable.kind === 'timeout'
        ? raise(fake.options.errors, 'requestTimeout')
        : raise(fake.options.errors, 'unreadableRequest', { problem: unreadable.problem })
  const [method = '', target = ''] = printable(unreadable.requestLine).split(' ')
  fake.journal.record(
    journalEntry({
      ids,
      now,
      method,
      url: target,
      origin: unreadable.origin,
      status: error.status,
      facts: { error: error.errorCase },
    }),
  )
  return errorResponse(error, { ids, now, headers: graphHeaders(ids, now) }, fake.options)
}

/** The line with every byte outside printable ASCII percent-encoded, as a URL would carry it. */
function printable(line: string): string {
  let text = ''
  for (let i = 0; i < line.length && text.length < REQUEST_LINE_LIMIT; i++) {
    const code = line.charCodeAt(i)
    text +=
      code > 0x20 && code < 0x7f
        ? line[i]
        : code === 0x20
          ? ' '
          : `%${code.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return text
}
