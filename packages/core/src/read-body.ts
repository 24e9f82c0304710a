/**
 * The most a request body may hold. The fake's bodies are a token request and a settings PATCH,
 * a few hundred bytes each; a client assertion with a certificate chain stays well under this.
 */
export const MAX_BODY_BYTES = 64 * 1024

const decoder = new TextDecoder()

/**
 * The body as text, read as a stream, or undefined when it holds more than `limit` bytes: a
 * declared length over the limit is refused unread, and an undeclared one is read no further
 * than the limit, so a 300 MB upload costs what a 64 kB one does.
 */
export async function readBody(request: Request, limit = MAX_BODY_BYTES): Promise<string | undefined> {
  if (Number(request.headers.get('content-length')) > limit) {
    await request.body?.cancel()
    return undefined
  }
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return decoder.decode(bytes)
}
