/** One argument of an OData function call, as written. */
export interface ODataArgument {
  /** The literal as sent: `'D7'`, `2026-11-20`, `null`. */
  readonly raw: string
  readonly quoted: boolean
  /** The unquoted text; null for the literal `null`, which means "omitted". */
  readonly value: string | null
}

export interface ODataCall {
  /** The identifier before `(`, as sent (namespace included). */
  readonly segment: string
  /** Arguments by lower-cased name. */
  readonly args: ReadonlyMap<string, ODataArgument>
  /** Path segments after the call, e.g. `['content']`. */
  readonly rest: readonly string[]
}

/**
 * Parses `name(a='x', b=null, c=2026-11-20)/rest`. Quoted values may hold commas and `''`.
 * Undefined when the text is not a function call at all.
 */
export function parseODataCall(text: string): ODataCall | undefined {
  const open = text.indexOf('(')
  if (open <= 0) return undefined
  const segment = text.slice(0, open)
  const args = new Map<string, ODataArgument>()
  let i = open + 1
  const skipSpaces = () => {
    while (text[i] === ' ') i++
  }
  skipSpaces()
  if (text[i] === ')') i++
  else {
    for (;;) {
      skipSpaces()
      const equals = text.indexOf('=', i)
      if (equals < 0) return undefined
      const name = text.slice(i, equals).trim().toLowerCase()
      if (!/^[a-z_][a-z0-9_]*$/.test(name) || args.has(name)) return undefined
      i = equals + 1
      skipSpaces()
      const argument = readValue()
      if (!argument) return undefined
      args.set(name, argument)
      skipSpaces()
      if (text[i] === ',') {
        i++
        continue
      }
      if (text[i] === ')') {
        i++
        break
      }
      return undefined
    }
  }
  const tail = text.slice(i)
  if (tail !== '' && !tail.startsWith('/')) return undefined
  return { segment, args, rest: tail.split('/').filter(Boolean) }

  function readValue(): ODataArgument | undefined {
    const start = i
    if (text[i] === "'") {
      let value = ''
      i++
      for (;;) {
        const quote = text.indexOf("'", i)
        if (quote < 0) return undefined
        value += text.slice(i, quote)
        i = quote + 1
        if (text[i] !== "'") break
        value += "'"
        i++
      }
      return { raw: text.slice(start, i), quoted: true, value }
    }
    while (i < text.length && !/[,) ]/.test(text[i] as string)) i++
    const raw = text.slice(start, i)
    if (raw === '') return undefined
    return { raw, quoted: false, value: raw === 'null' ? null : raw }
  }
}
