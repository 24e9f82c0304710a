import fc from 'fast-check'

/** Node's limit on a request's header section, which the request line shares. */
export const HEADER_LIMIT = 16 * 1024

/** Characters a URL carries encoded: line breaks of every kind, NUL, tab, DEL and NEL. */
const ENCODED_CONTROLS = ['%0A', '%0D', '%0D%0A', '%E2%80%A8', '%E2%80%A9', '%C2%85', '%00', '%09', '%7F', '%1B']
/** What URL and OData parsers split on, raw and encoded. */
const SEPARATORS = ['/', ',', '(', ')', "'", "''", '=', '&', '?', ';', ' ', '%20', '%2F', '%27', '%28', '%29', '.', ':']
const WORDS = [
  'a',
  'b',
  'x',
  '0',
  '9',
  'D7',
  'v1.0',
  'beta',
  'reports',
  'period',
  'date',
  'null',
  '$top',
  'é',
  '\u2028',
]

/**
 * A length from 0 to `max`, as likely to be 10 as 10,000: backtracking and quadratic loops only
 * show at lengths a uniform draw up to a small maximum never reaches.
 */
export function scaledLength(max: number): fc.Arbitrary<number> {
  const bits = Math.ceil(Math.log2(max + 1))
  return fc
    .integer({ min: 0, max: bits })
    .chain((bit) => fc.integer({ min: bit === 0 ? 0 : 2 ** (bit - 1), max: Math.min(max, 2 ** bit - 1) }))
}

/** One piece: a word, a separator or a control, repeated a scaled number of times. */
const run = (max: number) =>
  fc
    .tuple(
      fc.oneof(
        { arbitrary: fc.constantFrom(...WORDS), weight: 3 },
        { arbitrary: fc.constantFrom(...SEPARATORS), weight: 2 },
        { arbitrary: fc.constantFrom(...ENCODED_CONTROLS), weight: 2 },
      ),
      scaledLength(max),
    )
    .map(([piece, times]) => piece.repeat(Math.max(1, Math.floor(times / piece.length))))

/**
 * Text of a few runs, up to `max` characters: long stretches of one character broken by
 * separators and encoded line breaks, the shape that makes a backtracking pattern explode.
 */
export function scaledText(max: number): fc.Arbitrary<string> {
  return fc.array(run(max), { minLength: 1, maxLength: 5 }).map((runs) => runs.join('').slice(0, max))
}

/**
 * A path of one to five scaled segments, up to the header limit. A case has the length a
 * client could send; the fake must refuse it in time proportional to that length.
 */
export const scaledPaths: fc.Arbitrary<string> = fc
  .array(scaledText(HEADER_LIMIT / 2), { minLength: 1, maxLength: 5 })
  .map((segments) => `/${segments.join('/')}`.slice(0, HEADER_LIMIT - 64))

/** Printable text for a header value, scaled up to `max` characters. */
export function scaledHeader(max: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('a', ' ', '=', ',', ';', '\t', 'é'), scaledLength(max))
    .map(([piece, times]) => piece.repeat(times).trim())
}
