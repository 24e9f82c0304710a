import { type IncomingMessage, STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
import { type FakeGraph, type Unreadable, unreadableRequest } from '@fake-graph/core'

/** How long a refused client may keep its socket once answered: it has nothing more to say. */
const LINGER_MS = 5000

/** What node's parser hands `clientError`: its code, its reason, and the bytes it was reading. */
interface ParseError extends NodeJS.ErrnoException {
  readonly reason?: string
  readonly rawPacket?: Buffer
  readonly bytesParsed?: number
}

const KINDS: Record<string, Unreadable['kind']> = {
  HPE_HEADER_OVERFLOW: 'headersTooLarge',
  ERR_HTTP_REQUEST_TIMEOUT: 'timeout',
}

/**
 * node:http's `clientError`: bytes its parser refused (a byte outside ASCII in the request
 * line, a header line without a colon, headers past its limit). Node would write a bare status
 * line; this writes Graph's envelope and journals it, then closes, as node does.
 */
export function answerClientError(fake: FakeGraph, origin: Unreadable['origin']) {
  return (error: ParseError, socket: Socket): void => {
    // As node itself: never write into the middle of an answer already under way.
    const inFlight = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy()
      return
    }
    answerAndClose(
      socket,
      unreadableRequest(fake, {
        origin,
        kind: KINDS[error.code ?? ''] ?? 'unreadable',
        // llhttp's reasons are plain English ("Invalid method encountered"); node's code is the fallback.
        problem: error.reason ? error.reason.toLowerCase() : (error.code ?? 'unknown error'),
        requestLine: refusedLine(error),
      }),
    )
  }
}

/**
 * node:http's `connect`: a CONNECT request, which it hands over as a bare socket and, with no
 * listener, closes unanswered. Graph proxies nothing: the same envelope, then the socket closes.
 */
export function answerConnect(fake: FakeGraph, origin: Unreadable['origin']) {
  return (request: IncomingMessage, socket: Socket): void => {
    answerAndClose(
      socket,
      unreadableRequest(fake, {
        origin,
        problem: 'CONNECT is not served',
        requestLine: `CONNECT ${request.url ?? ''} HTTP/${request.httpVersion}`,
      }),
    )
  }
}

function answerAndClose(socket: Socket, response: Response): void {
  socket.setTimeout(LINGER_MS, () => socket.destroy())
  void rawResponse(response).then(
    (bytes) => socket.end(bytes),
    () => socket.destroy(),
  )
}

/**
 * The first line of the request the parser refused: in a packet of several (pipelined on one
 * connection), the one after the last blank line before where it stopped, not the packet's first.
 */
function refusedLine({ rawPacket: packet, bytesParsed }: ParseError): string {
  if (!packet) return ''
  const before = packet.subarray(0, Math.min(bytesParsed ?? 0, packet.length))
  const blank = before.lastIndexOf('\r\n\r\n')
  const start = blank === -1 ? 0 : blank + 4
  const end = packet.indexOf('\r\n', start)
  return packet.subarray(start, Math.min(end === -1 ? packet.length : end, start + 4096)).toString('latin1')
}

async function rawResponse(response: Response): Promise<Buffer> {
  const body = Buffer.from(await response.arrayBuffer())
  const lines = [
    `HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ''}`,
    ...Array.from(response.headers, ([name, value]) => `${name}: ${value}`),
  ]
  lines.push(`content-length: ${body.length}`, 'connection: close', '', '')
  return Buffer.concat([Buffer.from(lines.join('\r\n'), 'latin1'), body])
}
