import type { JournalFacts } from './answer'
import { formatOncePer } from './format-instant'
import type { RequestIds } from './graph-headers'
import type { JournalEntry } from './journal'

const isoTime = formatOncePer(1, (now) => now.toISOString())

/** What the journal is told of one exchange: the request as far as it was read, and its answer. */
export interface Exchange {
  readonly ids: RequestIds
  readonly now: Date
  readonly method: string
  readonly url: string
  /** The request's headers; none where the parser refused the bytes before any were read. */
  readonly headers?: Headers
  readonly origin: JournalEntry['origin']
  readonly status: number
  readonly facts: JournalFacts
}

/** The journal entry of an exchange, whether a request that was answered or bytes that never became one. */
export function journalEntry({
  ids,
  now,
  method,
  url,
  headers,
  origin,
  status,
  facts,
}: Exchange): Omit<JournalEntry, 'sequence'> {
  return {
    requestId: ids.requestId,
    clientRequestId: ids.clientRequestId,
    time: isoTime(now),
    method,
    url,
    origin,
    ...facts,
    status,
    tokenLeak: origin === 'download' && headers?.has('authorization') === true,
    // Browsers send Origin on every cross-origin request; after Graph's redirect it is "null".
    browserBlocked: origin === 'download' && headers?.has('origin') === true,
  }
}
