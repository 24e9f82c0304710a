import { generateTenant, loadTenant, toTenantRecord } from '@fake-graph/tenant'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { timersDuring } from '../../../test/support/timers-during'
import { parseJsonInSlices } from './json-in-slices'
import { loadTenantInSlices } from './load-tenant-in-slices'

const now = new Date('2026-11-27T00:00:00Z')
// Some 10 MB of scenario: large enough to be parsed in slices, and to take many of them.
const record = toTenantRecord(generateTenant({ seed: 5, users: 3_000, now, lazy: false }))
const text = JSON.stringify(record)
const encoder = new TextEncoder()

/** The UTF-8 bytes of `json` in pieces of `size`, split anywhere, mid-character included. */
async function* piecesOf(json: string, size = 65_536): AsyncGenerator<Uint8Array> {
  const bytes = encoder.encode(json)
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size)
}

describe('parseJsonInSlices', () => {
  it('reads a large scenario as JSON.parse does, handing the event loop back as it goes', async () => {
    expect(text.length).toBeGreaterThan(5e6)
    const { value, fired } = await timersDuring(() => parseJsonInSlices(piecesOf(text)))
    expect(value).toEqual(JSON.parse(text))
    expect(fired).toBeGreaterThan(5)
  })

  it('reads any JSON as JSON.parse does, its bytes split anywhere, mid-character included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.json(), fc.integer({ min: 1, max: 7 }), async (json, size) => {
        expect(await parseJsonInSlices(piecesOf(json, size))).toEqual(JSON.parse(json))
      }),
      { numRuns: 300 },
    )
    const text = `{"__proto__":{"polluted":1},"é😀":["\\ud83d\\ude00",-0,1e400]}`
    const read = await parseJsonInSlices(piecesOf(text, 1))
    expect(read).toEqual(JSON.parse(text))
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype)
    expect(await parseJsonInSlices(piecesOf(''))).toBeUndefined()
  })

  it.each([
    ['broken off', text.slice(0, -1)],
    ['with more after it', `${text} {}`],
    ['with a bad token inside', text.replace('"users":[', '"users":[nul,')],
  ])('throws a SyntaxError for large text %s, as JSON.parse does', async (_, bad) => {
    expect(() => JSON.parse(bad)).toThrow(SyntaxError)
    await expect(parseJsonInSlices(piecesOf(bad))).rejects.toThrow(SyntaxError)
  })
})

describe('loadTenantInSlices', () => {
  it('loads the tenant loadTenant loads, handing the event loop back as it goes', async () => {
    const { value, fired } = await timersDuring(() => loadTenantInSlices(record, { now }))
    expect([...value.users()]).toStrictEqual([...loadTenant(record, { now }).users()])
    expect(fired).toBeGreaterThan(5)
  })
})
