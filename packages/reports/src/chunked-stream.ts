const encoder = new TextEncoder()
/** Big enough to amortise encoding and enqueueing, small enough to keep memory flat. */
const CHUNK_CHARS = 64 * 1024

/**
 * Turns a generator of text pieces into a byte stream that pulls on demand: nothing is
 * produced until the reader asks, so a slow client holds at most one chunk in memory.
 */
export function chunkedStream(pieces: Iterator<string>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const parts: string[] = []
        let size = 0
        while (size < CHUNK_CHARS) {
          const next = pieces.next()
          if (next.done) {
            if (size > 0) controller.enqueue(encoder.encode(parts.join('')))
            controller.close()
            return
          }
          parts.push(next.value)
          size += next.value.length
        }
        controller.enqueue(encoder.encode(parts.join('')))
      },
      cancel() {
        pieces.return?.(undefined)
      },
    },
    { highWaterMark: 0 },
  )
}
