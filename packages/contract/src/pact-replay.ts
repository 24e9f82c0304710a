import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

interface PactInteraction {
  description: string
  providerStates?: { name: string }[]
  request: {
    method: string
    path: string
    query?: Record<string, string[]>
    headers?: Record<string, string | string[]>
  }
  response: {
    status: number
    headers?: Record<string, string | string[]>
    matchingRules?: { header?: Record<string, { matchers: { match: string; regex?: string }[] }> }
  }
}

export type { PactInteraction }

/**
 * Pact's verifier (pact-js 16, Rust core) follows redirects and cannot be told not to
 * (pact-foundation/pact-net#441): a pact expecting the 302 would fail, and one wrongly expecting
 * the CSV straight from the report URL would pass. So report calls that Graph answers with a
 * redirect (the CSV form) are replayed here without following; the rest goes to the verifier.
 */
export function splitRedirects(pactFile: string): { rest: string; redirects: PactInteraction[] } {
  const pact = readPact(pactFile)
  const redirected = (interaction: PactInteraction) =>
    /\/reports\//i.test(interaction.request.path) &&
    !/application\/json/.test(interaction.request.query?.$format?.join() ?? '')
  const rest = join(tmpdir(), `fake-graph-pact-${process.pid}-${Date.now()}.json`)
  writeFileSync(
    rest,
    JSON.stringify({ ...pact, interactions: pact.interactions.filter((interaction) => !redirected(interaction)) }),
  )
  return { rest, redirects: pact.interactions.filter(redirected) }
}

/** A pact file's JSON, or an error that says in one line why it is none. */
function readPact(pactFile: string): { interactions: PactInteraction[] } {
  let pact: { interactions?: unknown }
  try {
    pact = JSON.parse(readFileSync(pactFile, 'utf8'))
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? `it is not JSON (${(error as Error).message})`
    throw new Error(`Failed to read pact ${pactFile}: ${reason}`)
  }
  if (!Array.isArray(pact?.interactions)) throw new Error(`Failed to read pact ${pactFile}: it has no interactions`)
  return pact as { interactions: PactInteraction[] }
}

/** Replays one interaction without following redirects; the mismatches, as Pact would word them. */
export async function replay(interaction: PactInteraction, baseUrl: string): Promise<string[]> {
  const headers = Object.fromEntries(
    Object.entries(interaction.request.headers ?? {}).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(', ') : value,
    ]),
  )
  const query = new URLSearchParams(
    Object.entries(interaction.request.query ?? {}).flatMap(([key, values]) => values.map((value) => [key, value])),
  )
  const search = query.size > 0 ? `?${query}` : ''
  const response = await fetch(`${baseUrl}${interaction.request.path}${search}`, {
    method: interaction.request.method,
    headers,
    redirect: 'manual',
  })
  await response.arrayBuffer()
  const mismatches: string[] = []
  if (response.status !== interaction.response.status)
    mismatches.push(`expected status ${interaction.response.status} but was ${response.status}`)
  for (const [name, expected] of Object.entries(interaction.response.headers ?? {})) {
    const actual = response.headers.get(name)
    const rule = interaction.response.matchingRules?.header?.[name]?.matchers.find(
      (matcher) => matcher.match === 'regex',
    )
    const ok = actual !== null && (rule?.regex ? new RegExp(rule.regex).test(actual) : actual === String(expected))
    if (!ok)
      mismatches.push(
        `expected header ${name} ${rule?.regex ? `to match ${rule.regex}` : `to be ${expected}`} but was ${actual}`,
      )
  }
  return mismatches
}
