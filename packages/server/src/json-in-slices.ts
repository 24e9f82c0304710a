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
  // Whitespace alone is no JSON, as JSON.parse has it.
  if (value === undefined) throw new SyntaxError('Unexpected end of JSON input')
  return value
}

const encoder = new TextEncoder()

/** JSON text read as `parseJsonInSlices` reads bytes: a scenario sent as a string inside the body. */
export async function parseJsonTextInSlices(text: string): Promise<unknown> {
  if (text.length === 0) throw new SyntaxError('Unexpected end of JSON input')
  return parseJsonInSlices(utf8Pieces(text))
}

/** The text's UTF-8 bytes, a piece at a time, never splitting a surrogate pair. */
async function* utf8Pieces(text: string): AsyncGenerator<Uint8Array> {
  const piece = 64 * 1024
  for (let at = 0; at < text.length; ) {
    let end = Math.min(at + piece, text.length)
    const code = text.charCodeAt(end - 1)
    if (code >= 0xd800 && code <= 0xdbff && end < text.length) end++
    yield encoder.encode(text.slice(at, end))
    at = end
  }
}

/** Whatever the parser throws is the text's fault, as JSON.parse's SyntaxError says. */
function syntax(parse: () => void): void {
  try {
    parse()
  } catch (error) {
    throw new SyntaxError((error as Error).message)
  }
}
