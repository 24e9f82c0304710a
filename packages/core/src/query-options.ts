import type { raise } from './error-cases'

/** Raises an error case: how the planners refuse a request. */
export type Fail = (errorCase: Parameters<typeof raise>[1], values?: Record<string, string | number>) => Error

const MAX_TOP = 10_000

/** `$format`, `$top` and `$skipToken`; without `$format`, the report's default format. */
export function queryOptions(url: URL, fail: Fail, fallback: 'csv' | 'json' = 'csv') {
  let format = fallback
  let top: number | undefined
  let skip = 0
  for (const [key, value] of url.searchParams) {
    const option = key.toLowerCase()
    if (option === '$format') {
      if (value === 'application/json') format = 'json'
      else if (value === 'text/csv') format = 'csv'
      else throw fail('unsupportedFormat', { format: value })
    } else if (option === '$top') {
      top = Number(value)
      if (!/^\d+$/.test(value) || top < 1 || top > MAX_TOP) throw fail('invalidTop', { top: value })
    } else if (option === '$skiptoken') {
      skip = Number(value)
      if (!/^\d{1,9}$/.test(value)) throw fail('invalidSkipToken', { token: value })
    }
  }
  return { format, top, skip }
}
