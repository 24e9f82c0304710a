import { timeSlice } from './time-slice'

const encoder = new TextEncoder()
/** Big enough to amortise encoding and enqueueing, small enough to keep memory flat. */
const CHUNK_CHARS = 64 * 1024
/** Pieces between two looks at the clock. */
const PIECES_PER_LOOK = 32

/**
 * Turns a generator of text pieces into a byte stream that pulls on demand: nothing is
 * produced until the reader asks, so a slow client holds at most one chunk in memory. A fast
 * client does not hold the process either: after a time slice of work the stream waits for a later
 * turn of the event loop, so health checks, 302s and other downloads are served in between
 * (a 1,000,000-user download otherwise answered nothing else for its 9 s, issue 11). An empty
 * piece is work without output, a moment to look at the clock.
 */
export function chunkedStream(pieces: Iterator<string>): ReadableStream<Uint8Array> {
  const slice = timeSlice()
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (slice.due()) await slice.breathe()
        // Appended rather than joined: V8 links the pieces and the encoder flattens them once. For the
        // 14 MB email Detail that took 14-21 ms, where an array of the pieces and its join took 26-188.
        let text = ''
        let count = 0
        while (text.length < CHUNK_CHARS) {
          const next = pieces.next()
          if (next.done) {
            if (text.length > 0) controller.enqueue(encoder.encode(text))
            controller.close()
            return
          }
          text += next.value
          if ((next.value.length === 0 || ++count % PIECES_PER_LOOK === 0) && slice.due()) {
            if (text.length > 0) break
            await slice.breathe()
          }
        }
        controller.enqueue(encoder.encode(text))
      },
      cancel() {
        pieces.return?.(undefined)
      },
    },
    { highWaterMark: 0 },
  )
}
