import type { GraphVersion } from '@fake-graph/reports'
import { createRandom, type Random } from '@fake-graph/tenant'
import { ControlError } from './control-error'
import { chaosProblem, faultProblem } from './fault-checks'

/** Which calls a fault applies to; every given field must match. */
export interface FaultMatch {
  /** The report, e.g. `getOffice365ActiveUserDetail` (case-insensitive). */
  function?: string
  version?: GraphVersion
  origin?: 'graph' | 'download'
}

/** What the matching calls get instead of (or before) their answer. */
export interface FaultEffect {
  /** 429, 500, 503 (or any other status from 200 to 599), in Graph's envelope. */
  status?: number
  /** Seconds, sent as Retry-After with a 429 or 503. */
  retryAfter?: number
  /** Close the connection without an answer (a network error for the client). */
  drop?: boolean
  /** Wait this long first: milliseconds, or [min, max] drawn per call. */
  latencyMs?: number | [number, number]
}

export interface FaultSpec extends FaultEffect {
  match?: FaultMatch
  /** How many matching calls it applies to (default 1; `Infinity` for all). */
  times?: number
}

export interface ChaosSpec {
  /** The share of calls that fail, from 0 to 1. */
  rate: number
  /** The statuses drawn from (default 429, 500, 503). */
  statuses?: number[]
  /** The same seed gives the same schedule. */
  seed?: number
  match?: FaultMatch
}

export interface ScriptedFault extends FaultSpec {
  readonly id: number
  /** Matching calls it has applied to so far. */
  applied: number
}

/** The call a fault may apply to. */
export interface FaultTarget {
  readonly function?: string
  readonly version?: string
  readonly origin: 'graph' | 'download'
}

const NO_LATENCY: [number, number] = [0, 0]
/** Scripted faults waiting to apply: each is kept until it has, so a client adding them forever is bounded. */
const MAX_PENDING = 1_000

/**
 * Scripted faults and seeded chaos, in one place for both forms of the fake (in-process, and
 * `/_admin/faults`). Scripted faults apply in the order they were added.
 */
export class Faults {
  #next = 1
  #scripted: ScriptedFault[] = []
  #chaos: { spec: ChaosSpec; random: Random } | undefined
  #latency = createRandom(0x1a7e)

  /** Throws a `ControlError`, and adds nothing, for a fault out of range or beyond the 1,000 pending. */
  add(spec: FaultSpec): ScriptedFault {
    const problem = faultProblem(spec)
    if (problem) throw new ControlError('add the fault', problem)
    this.#scripted = this.#scripted.filter((fault) => fault.applied < (fault.times ?? 1))
    if (this.#scripted.length >= MAX_PENDING) {
      throw new ControlError(
        'add the fault',
        `${MAX_PENDING} faults are pending already; clear them, or let them apply`,
      )
    }
    const fault = { ...spec, id: this.#next++, applied: 0 }
    this.#scripted.push(fault)
    return fault
  }

  /** Throws a `ControlError`, and changes nothing, for a spec out of range. */
  chaos(spec: ChaosSpec | undefined): void {
    const problem = spec === undefined ? undefined : chaosProblem(spec)
    if (problem) throw new ControlError('set chaos', problem)
    this.#chaos = spec && { spec, random: createRandom(spec.seed ?? 1) }
  }

  list(): { scripted: readonly ScriptedFault[]; chaos?: ChaosSpec } {
    return { scripted: this.#scripted.filter((fault) => fault.applied < (fault.times ?? 1)), chaos: this.#chaos?.spec }
  }

  clear(): void {
    this.#scripted = []
    this.#chaos = undefined
  }

  /** The effect for this call, if any: a scripted fault first, then chaos. */
  take(target: FaultTarget): (FaultEffect & { latency: number; source: 'scripted' | 'chaos' }) | undefined {
    const fault = this.#scripted.find(
      (candidate) => candidate.applied < (candidate.times ?? 1) && matches(candidate.match, target),
    )
    if (fault) {
      fault.applied++
      return { ...fault, latency: this.#drawLatency(fault.latencyMs), source: 'scripted' }
    }
    const chaos = this.#chaos
    if (!chaos || !matches(chaos.spec.match, target)) return undefined
    // Two draws per call whatever happens, so the schedule depends only on the seed and the call count.
    const fails = chaos.random.next() < chaos.spec.rate
    const status = chaos.random.pick(chaos.spec.statuses ?? [429, 500, 503])
    return fails
      ? { status, retryAfter: status === 429 || status === 503 ? 2 : undefined, latency: 0, source: 'chaos' }
      : undefined
  }

  #drawLatency(latency: FaultEffect['latencyMs']): number {
    const [min, max] = typeof latency === 'number' ? [latency, latency] : (latency ?? NO_LATENCY)
    return this.#latency.int(min, max)
  }
}

function matches(match: FaultMatch | undefined, target: FaultTarget): boolean {
  if (!match) return true
  if (match.origin !== undefined && match.origin !== target.origin) return false
  if (match.version !== undefined && match.version !== target.version) return false
  return match.function === undefined || match.function.toLowerCase() === target.function?.toLowerCase()
}
