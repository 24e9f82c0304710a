import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { goldenCases, goldenDownloader } from './support/golden-cases'

const fixtures = new URL('../fixtures/reports/', import.meta.url)

describe('golden reports (seed 42, 50 users, 2026-11-27T00:00:00Z), downloaded through the fake', () => {
  const download = goldenDownloader()
  it.each(goldenCases().map((golden) => [golden.path, golden] as const))('%s', async (path, golden) => {
    const bytes = await download(golden)
    const file = new URL(path, fixtures)
    // The diff, when the content differs (`pnpm fixtures` rewrites them after an intended change)…
    await expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toMatchFileSnapshot(file.pathname)
    // …and the bytes, which a text snapshot does not hold: the BOM and every CRLF.
    expect(Buffer.from(bytes).equals(readFileSync(file)), 'the bytes, BOM and line endings included').toBe(true)
  })
})
