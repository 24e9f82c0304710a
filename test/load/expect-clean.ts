import { expect } from 'vitest'

/** What every run under load must show: enough requests, none failed, and only the statuses expected. */
export function expectClean(
  result: { requests: number; errors: number; serverErrors: number; statuses: Record<string, number> },
  expected: { atLeast: number; statuses: string[] },
): void {
  expect(result.requests).toBeGreaterThan(expected.atLeast)
  expect(result.errors).toBe(0)
  expect(result.serverErrors).toBe(0)
  expect(Object.keys(result.statuses).sort()).toEqual(expected.statuses)
}
