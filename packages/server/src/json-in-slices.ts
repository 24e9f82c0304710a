import { timeSlice } from '@fake-graph/reports'
import { JSONParser } from '@streamparser/json'

/**
 * JSON as `JSON.parse` reads it, from its UTF-8 bytes as they arrive, handing the event loop back
 * between slices: `JSON.parse` of a 50 MB scenario held the process for half a second, and
 * reading the body into one string first for a tenth more. The streaming parse costs about four
 * times the CPU of `JSON.parse`, spread over the upload. Throws a SyntaxError where `JSON.parse`
 * would; an empty body is undefined.
 */
export async function parseJsonInSlices(chunks: AsyncIterable<Uint8Array>): Promise<unknown> {
  const parser = new JSONParser({ paths: ['$'] })
  let value: unknown
  parser.onValue = ({ value: root }) => {
    value = root
  }
  const slice = timeSlice()
  let empty = true
  for await (const chunk of chunks) {
    // A chunk at a time: a socket's is at most 64 KB, a few milliseconds of parsing.
    empty &&= chunk.length === 0
    syntax(() => parser.write(chunk))
    if (slice.due()) await slice.breathe()
  }
  if (empty) return undefined
  if (!parser.isEnded) syntax(() => parser.end())
  return value
}

/** Whatever the parser throws is the text's fault, as JSON.parse's SyntaxError says. */
function syntax(parse: () => void): void {
  try {
    parse()
  } catch (error) {
    throw new SyntaxError((error as Error).message)
  }
}
