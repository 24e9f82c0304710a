const decoder = new TextDecoder()

/** The JSON object UTF-8 bytes hold (a token's header or payload); undefined for anything else. */
export function parseJsonObject(bytes: Uint8Array | undefined): Record<string, unknown> | undefined {
  if (!bytes) return undefined
  try {
    const value: unknown = JSON.parse(decoder.decode(bytes))
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}
