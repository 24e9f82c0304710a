import { byteStream } from './byte-stream'

/** Text pieces as a byte stream that pulls on demand (see `byteStream`); an empty piece is work without output. */
export function chunkedStream(pieces: Iterator<string>): ReadableStream<Uint8Array> {
  return byteStream(pieces, (piece, sink) => sink.text(piece))
}
