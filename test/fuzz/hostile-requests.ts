import fc from 'fast-check'
import { HEADER_LIMIT, scaledHeader, scaledPaths, scaledText } from './scaled-text'

/** Mostly plausible, sometimes anything: so that cases reach every layer, not just the first. */
const mostly = <T>(likely: fc.Arbitrary<T>, unlikely: fc.Arbitrary<T>, weight = 4) =>
  fc.oneof({ arbitrary: likely, weight }, { arbitrary: unlikely, weight: 1 })

const names = mostly(
  fc.constantFrom(
    'getOffice365ActiveUserDetail',
    'getOffice365ActiveUserCounts',
    'getOffice365ServicesUserCounts',
    'microsoft.graph.getOffice365ActiveUserDetail',
    'GETOFFICE365ACTIVEUSERCOUNTS',
    'Office365ActiveUsers',
  ),
  fc.oneof(
    fc.constantFrom('Office365ActiveUserDetail', '', 'getOffice365ActiveUserDetails'),
    fc.string({ maxLength: 40 }),
  ),
)
const today = Date.parse('2026-11-27T00:00:00Z')
const recentDate = fc
  .integer({ min: -3, max: 35 })
  .map((days) => new Date(today - days * 86_400_000).toISOString().slice(0, 10))
const values = mostly(
  fc.oneof(
    fc.constantFrom("'D7'", "'d30'", "'D90'", "'D180'", "'Detail'", "'Users'", "'Services'", 'null'),
    recentDate,
    recentDate.map((date) => `'${date}'`),
  ),
  fc.oneof(
    fc.constantFrom("'D8'", 'D7', "''", "'''", '2026-02-30', '-1', "'detail'"),
    fc.string({ maxLength: 30 }).map((text) => `'${text}'`),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.string({ maxLength: 5000 }).map((text) => `'${text}'`),
    scaledText(4096),
    scaledText(4096).map((text) => `'${text}'`),
  ),
)
const parameterNames = mostly(
  fc.constantFrom('period', 'date', 'view'),
  fc.oneof(fc.constantFrom('PERIOD', 'period ', ''), fc.string({ maxLength: 10 })),
)
const separators = mostly(fc.constantFrom(',', ', '), fc.constantFrom(',,', ' , ', ';'))
const args = fc
  .tuple(fc.array(fc.tuple(parameterNames, values), { maxLength: 4 }), separators)
  .map(([pairs, separator]) => pairs.map(([name, value]) => `${name}=${value}`).join(separator))
const tails = mostly(fc.constantFrom('', '/content'), fc.constantFrom('/content/x', '/', '/value', ')'))
const versions = mostly(fc.constantFrom('v1.0', 'beta'), fc.constantFrom('v2.0', '', 'BETA', '..'))
const segments = mostly(
  fc.constant('reports'),
  fc.oneof(fc.constantFrom('report', 'Reports', 'admin'), fc.string({ maxLength: 8 })),
  9,
)
const queries = mostly(
  fc.constantFrom(
    '',
    '',
    '?$format=application/json',
    '?$format=text/csv',
    '?$format=application/json&$top=5&$skipToken=5',
  ),
  fc.oneof(
    fc.constantFrom('?$format=xml', '?$top=0', '?$top=99999999999', '?$skipToken=abc', '?%24format=application%2Fjson'),
    fc.string({ maxLength: 40 }).map((text) => `?${text}`),
  ),
)
/** Encode nothing, the OData punctuation, or everything, as clients variously do. */
const encodings = fc.constantFrom('none', 'none', 'odata', 'all')

/** Calls shaped as a client means them, each with a value that may be wrong. */
const period = mostly(fc.constantFrom("'D7'", "'d30'", "'D90'", "'D180'"), values, 2)
const date = mostly(recentDate, values, 2)
const wellFormed = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        'getOffice365ActiveUserDetail',
        'getOffice365ActiveUserCounts',
        'microsoft.graph.getOffice365ServicesUserCounts',
      ),
      period,
    )
    .map(([name, value]) => `${name}(period=${value})`),
  date.map((value) => `getOffice365ActiveUserDetail(date=${value})`),
  fc
    .tuple(fc.constantFrom("'Detail'", "'Users'", "'services'"), period, fc.option(date.map((value) => `'${value}'`)))
    .map(
      ([view, value, day]) => `Office365ActiveUsers(view=${view}, period=${value}${day ? `,date=${day}` : ''})/content`,
    ),
)
const anyCall = fc.tuple(names, args, tails).map(([name, parameters, tail]) => `${name}(${parameters})${tail}`)

const shapedPaths = fc
  .tuple(versions, segments, mostly(wellFormed, anyCall, 3), queries, encodings)
  .map(([version, segment, shaped, query, encoding]) => {
    let call = shaped
    if (encoding === 'odata') call = call.replace(/'/g, '%27').replace(/\(/g, '%28').replace(/\)/g, '%29')
    if (encoding === 'all') call = encodeURIComponent(call)
    return `/${version}/${segment}/${call}${query}`
  })

/** Paths of any length up to the header limit: the start of a report call, or nothing like one. */
const longPaths = fc.oneof(
  scaledPaths,
  fc
    .tuple(versions, segments, scaledText(HEADER_LIMIT / 2), fc.option(scaledText(HEADER_LIMIT / 4)))
    .map(([version, segment, rest, query]) => `/${version}/${segment}/${rest}${query ? `?${query}` : ''}`),
)

export const hostilePaths: fc.Arbitrary<string> = mostly(shapedPaths, longPaths, 3)

const jwtPart = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url')
export const hostileTokens: fc.Arbitrary<string | undefined> = mostly(
  fc.oneof(
    fc.constant('Bearer opaque-token'),
    fc
      .record({
        roles: fc.constantFrom(['Reports.Read.All'], ['Reports.Read.All', 'Mail.Read']),
        tid: fc.constantFrom('t1', 't2'),
        appid: fc.constantFrom('a', 'b'),
      })
      .map((payload) => `Bearer ${jwtPart({ alg: 'RS256' })}.${jwtPart(payload)}.sig`),
  ),
  fc.oneof(
    fc.constant(undefined),
    fc.constantFrom('', 'Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'bearer    token', 'Bearer a.b.c', 'Bearer ...'),
    fc.string({ maxLength: 50 }).map((text) => `Bearer ${text}`),
    scaledHeader(HEADER_LIMIT / 2).map((text) => `Bearer ${text}`),
    fc
      .tuple(
        fc.oneof(fc.constant({ alg: 'RS256' }), fc.jsonValue()),
        fc.oneof(fc.jsonValue(), fc.string()),
        fc.string({ maxLength: 20 }),
      )
      .map(([header, payload, signature]) => `Bearer ${jwtPart(header)}.${jwtPart(payload)}.${signature}`),
    fc
      .record(
        {
          roles: fc.array(fc.constantFrom('Reports.Read.All', 'Mail.Read')),
          exp: fc.integer(),
          tid: fc.string(),
          scp: fc.string(),
          wids: fc.array(fc.uuid()),
        },
        { requiredKeys: [] },
      )
      .map((payload) => `Bearer ${jwtPart({ alg: 'RS256' })}.${jwtPart(payload)}.sig`),
  ),
)

const printable = (maxLength: number) => fc.string({ maxLength }).filter((text) => /^[\x20-\x7e]*$/.test(text))
export const hostileHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    'client-request-id': fc.oneof(printable(60), scaledHeader(HEADER_LIMIT / 2)),
    accept: fc.constantFrom('*/*', 'application/json', 'text/csv', ''),
    'x-anything': printable(30),
  },
  { requiredKeys: [] },
)

export const hostileMethods = mostly(
  fc.constant('GET'),
  fc.constantFrom('POST', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'),
  9,
)

/** What every answer must be: a Graph envelope for errors, or a redirect, a report or JSON page (HEAD: no body to read). */
export async function checkAnswer(response: Response, method = 'GET'): Promise<string | undefined> {
  if (response.status >= 500) return `answered ${response.status}`
  if (method === 'HEAD') return undefined
  if (response.status === 302) return response.headers.get('location') ? undefined : '302 without Location'
  const bytes = new Uint8Array(await response.arrayBuffer())
  if (response.status === 200 || response.status === 204) return undefined
  const text = new TextDecoder().decode(bytes)
  try {
    const body = JSON.parse(text)
    if (typeof body.error?.code !== 'string' || typeof body.error?.message !== 'string')
      return `no Graph envelope: ${text.slice(0, 200)}`
    if (/\bat .+\(.+:\d+:\d+\)/.test(text)) return 'a stack trace in the body'
  } catch {
    return `a ${response.status} that is not JSON: ${text.slice(0, 200)}`
  }
  return undefined
}

/**
 * Queries of a current function's download link: a token of any length, shape and escaping
 * (JWT-like parts, `%2B %2F %3D`, broken percent-encoding), alone or among other options.
 */
export const hostileDownloadQueries: fc.Arbitrary<string> = fc
  .tuple(
    mostly(
      fc.oneof(
        fc
          .tuple(fc.jsonValue(), fc.jsonValue(), fc.string({ maxLength: 60 }))
          .map(([header, payload, signature]) => `${jwtPart(header)}.${jwtPart(payload)}.${jwtPart(signature)}`),
        fc.constantFrom('e30.e30.AAAA', 'a%2Bb%2Fc%3D', '%E0%A4%A', '%', '.', '..', '...', 'a.b'),
      ),
      fc.oneof(scaledText(HEADER_LIMIT), fc.string({ unit: 'binary', maxLength: 200 }).map(encodeURIComponent)),
    ),
    fc.constantFrom('?token=', '?x=1&token=', '?token=&token=', '?TOKEN=', '?'),
    fc.option(scaledText(HEADER_LIMIT / 4)),
  )
  .map(([token, lead, rest]) => `${lead}${token}${rest ? `&${rest}` : ''}`)
