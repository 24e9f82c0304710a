import { readFileSync } from 'node:fs'
import { ControlError, frozenClock } from '@fake-graph/core'
import { type Tenant, TenantError, tenantForEachDay } from '@fake-graph/tenant'
import { CliError } from './cli-error'

/** Commander parsers that turn a bad value into one readable line. */
export function integer(flag: string, min: number, max = Number.MAX_SAFE_INTEGER) {
  return (text: string): number => {
    const value = Number(text)
    if (!/^-?\d+$/.test(text) || value < min || value > max) {
      throw new CliError(`${flag} must be a whole number from ${min} to ${max}, got "${text}"`)
    }
    return value
  }
}

/** One of a flag's few words, e.g. `--auth any|jwt|signed`. */
export function oneOf<const T extends string>(flag: string, words: readonly T[]) {
  const listed = `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`
  return (text: string): T => {
    if (!(words as readonly string[]).includes(text)) throw new CliError(`${flag} must be ${listed}, got "${text}"`)
    return text as T
  }
}

/** An instant the fake's clock can stand at: its own parser and range, so that no flag takes what the clock refuses. */
export function instant(flag: string) {
  return (text: string): Date => {
    try {
      return frozenClock(text).now()
    } catch (error) {
      if (!(error instanceof ControlError)) throw error
      throw new CliError(
        `${flag} must be an ISO 8601 instant from 1900 to 9999 such as 2026-11-27T00:00:00Z, got "${text}"`,
      )
    }
  }
}

/** Reads a scenario tenant, rebased to each instant it is asked for. */
export function tenantFile(path: string): (now: Date) => Tenant {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new CliError(
      `cannot read --tenant ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    )
  }
  try {
    return tenantForEachDay(text, { now: new Date() })
  } catch (error) {
    if (error instanceof TenantError) throw new CliError(`cannot load --tenant ${path}: ${error.reason}`)
    throw error
  }
}
