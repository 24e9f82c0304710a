import type { Request } from 'express'

/** The longest query value the admin API reads: a tid, a function name, an instant. */
const MAX_VALUE = 1_024

/**
 * The query of an admin request, one value per key, read from the raw URL: a key given twice,
 * one the endpoint does not take (`constructor`, `__proto__` included) or an overlong value is
 * a problem, returned as its message.
 */
export function readQuery(request: Request, known: readonly string[]): Map<string, string> | string {
  const query = request.originalUrl.indexOf('?')
  const values = new Map<string, string>()
  if (query < 0) return values
  for (const [key, value] of new URLSearchParams(request.originalUrl.slice(query + 1))) {
    const name = key.slice(0, 64)
    if (!known.includes(key))
      return known.length === 0
        ? `this endpoint takes no query, not ${name}`
        : `unknown query parameter ${name}: it takes ${known.join(', ')}`
    if (values.has(key)) return `${name} is given twice: give it once`
    if (value.length > MAX_VALUE) return `${name} is longer than ${MAX_VALUE} characters`
    values.set(key, value)
  }
  return values
}
