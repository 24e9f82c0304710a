import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { goldenCases } from './support/golden-cases'

const fixtures = new URL('../fixtures/reports/', import.meta.url)

describe('golden reports (seed 42, 50 users, 2026-11-27T00:00:00Z)', () => {
  it.each(goldenCases().map((golden) => [golden.path, golden] as const))('%s matches byte for byte', (path, golden) => {
    const expected = readFileSync(new URL(path, fixtures))
    expect(Buffer.from(golden.render(), 'utf8').equals(expected)).toBe(true)
  })
})
