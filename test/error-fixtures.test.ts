import { createFakeGraph, ERROR_CASES } from '@fake-graph/core'
import { describe, expect, it } from 'vitest'
import { ERROR_REQUESTS, errorFixtureOptions, seenError } from './support/error-requests'

const fixture = (code: string) => new URL(`../fixtures/errors/${code}.json`, import.meta.url).pathname

describe('error fixtures (fixtures/errors/), one per error the fake answers', () => {
  it('meets every error case, Graph throttling and an injected fault', () => {
    expect(Object.keys(ERROR_REQUESTS).sort()).toEqual([...Object.keys(ERROR_CASES), 'throttled', 'injected'].sort())
  })

  it.each(Object.entries(ERROR_REQUESTS))('%s', async (code, request) => {
    const fake = createFakeGraph(errorFixtureOptions(request))
    const response = await request.send(fake)
    // The request really met this case: the journal names it.
    expect(fake.journal.entries().at(-1)?.error).toBe(code)
    await expect(await seenError(response)).toMatchFileSnapshot(fixture(code))
  })
})
