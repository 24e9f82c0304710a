import type { Readable } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import { parse as parseContentType } from 'content-type'
import type { Request } from 'express'
import { parseJsonInSlices } from './json-in-slices'

/** A scenario tenant is the one large admin body. */
const SCENARIO_LIMIT = 50 * 1024 * 1024

const INFLATERS = new Map([
  ['gzip', createGunzip],
  ['deflate', createInflate],
  ['br', createBrotliDecompress],
])

/**
 * A body the scenario route cannot read, with body-parser's error type where it has one, so that
 * `adminErrors` answers it as it answers the same body on the other routes.
 */
class BodyProblem extends Error {
  constructor(
    readonly type: string | undefined,
    readonly status = 400,
  ) {
    super(type ?? 'the body could not be decoded')
  }
}

/**
 * The scenario route's JSON body, parsed as its bytes arrive, in time slices (json-in-slices.ts):
 * never one 50 MB string, nor one parse that holds the loop. It refuses what express.json refuses
 * on the other routes, with the same error types: more than 50 MB once inflated (a gzip bomb is
 * cut off there), an encoding other than gzip, deflate or br, a charset other than UTF-8, text that
 * is not JSON or whose root is no object or array. A body of another media type is none, as
 * express.json leaves it; so is an empty one (undefined). Unlike body-parser, bytes that are not
 * UTF-8 are refused rather than read as U+FFFD.
 */
export async function readScenarioBody(request: Request): Promise<unknown> {
  if (!request.is('application/json')) return undefined
  let body: Readable | undefined
  try {
    // UTF-8 only: the other charsets body-parser decodes (UTF-16, UTF-32) are refused with its own 415.
    const charset = charsetOf(request.headers['content-type'] ?? '')
    if (charset !== undefined && charset !== 'utf-8') throw new BodyProblem('charset.unsupported', 415)
    body = inflated(request)
    const value = await parseJsonInSlices(limited(body, SCENARIO_LIMIT))
    // Strict, as express.json is: an object or an array, never a bare string, number or null.
    if (value !== undefined && (typeof value !== 'object' || value === null)) throw new SyntaxError('not strict JSON')
    return value
  } catch (thrown) {
    const error = thrown instanceof SyntaxError ? new BodyProblem('entity.parse.failed') : thrown
    // What is left of the body is read and dropped: a socket closed on unread bytes is reset, and
    // the client would never read the answer.
    if (body !== request) body?.destroy()
    request.unpipe()
    request.resume()
    throw error
  }
}

/** The charset a Content-Type names, lower-cased; none where it names none or cannot be read, as body-parser has it. */
function charsetOf(contentType: string): string | undefined {
  try {
    return parseContentType(contentType).parameters.charset?.toLowerCase()
  } catch {
    return undefined
  }
}

/** The body as sent, inflated as its Content-Encoding says. */
function inflated(request: Request): Readable {
  // An empty header is none, as body-parser reads it.
  const encoding = (request.headers['content-encoding'] || 'identity').toLowerCase()
  if (encoding === 'identity') {
    // A length already past the limit is refused before a byte is parsed.
    if (Number(request.headers['content-length']) > SCENARIO_LIMIT) throw new BodyProblem('entity.too.large', 413)
    return request
  }
  const inflate = INFLATERS.get(encoding)
  if (!inflate) throw new BodyProblem('encoding.unsupported', 415)
  const inflater = inflate()
  // A client gone mid-body ends the inflated stream too, rather than leave it waiting.
  request.once('error', (error) => inflater.destroy(error))
  return request.pipe(inflater)
}

/** The stream's chunks, until they add up to more than `limit` bytes. */
async function* limited(stream: Readable, limit: number): AsyncGenerator<Uint8Array> {
  let bytes = 0
  try {
    // Not destroyed when left early: the socket must stay open for the answer.
    for await (const chunk of stream.iterator({ destroyOnReturn: false }) as AsyncIterable<Uint8Array>) {
      bytes += chunk.length
      if (bytes > limit) throw new BodyProblem('entity.too.large', 413)
      yield chunk
    }
  } catch (error) {
    if (error instanceof BodyProblem) throw error
    // A client gone mid-body, or bytes that do not inflate (zlib's Z_… and brotli's ERR_… codes).
    const code = (error as { code?: unknown }).code
    throw new BodyProblem(
      code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE' ? 'request.aborted' : undefined,
    )
  }
}
