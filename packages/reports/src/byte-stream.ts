import { ByteSink } from './byte-sink'
import { timeSlice } from './time-slice'

/** Items between two looks at the clock. */
const ITEMS_PER_LOOK = 32

/**
 * A byte stream that pulls on demand, each item written into one sink: nothing is produced until
 * the reader asks, so a slow client holds at most a chunk or two in memory. A fast client does
 * not hold the process either: after a time slice of work the stream waits for a later turn of
 * the event loop, so health checks, 302s and other downloads are served in between (a
 * 1,000,000-user download otherwise answered nothing else for its 9 s, issue 11). An item that
 * writes nothing is work without output, a moment to look at the clock.
 */
export function byteStream<Item>(
  items: Iterator<Item>,
  write: (item: Item, sink: ByteSink) => void,
  sink = new ByteSink(),
): ReadableStream<Uint8Array> {
  const slice = timeSlice()
  const send = (controller: ReadableStreamDefaultController<Uint8Array>, all: boolean) => {
    for (const chunk of sink.take(all)) controller.enqueue(chunk)
  }
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (slice.due()) await slice.breathe()
        let count = 0
        while (!sink.full) {
          const before = sink.size
          const next = items.next()
          if (next.done) {
            send(controller, true)
            controller.close()
            return
          }
          write(next.value, sink)
          if ((sink.size === before || ++count % ITEMS_PER_LOOK === 0) && slice.due()) {
            if (sink.size > 0) return send(controller, true)
            await slice.breathe()
          }
        }
        send(controller, false)
      },
      cancel() {
        items.return?.(undefined)
      },
    },
    { highWaterMark: 0 },
  )
}
