import type { Answer, JournalFacts } from './answer'
import type { ErrorShape } from './error-response'
import { faultResponse, faultRetryAfter } from './fault-response'
import type { Faults, FaultTarget } from './faults'
import type { RequestContext } from './request-context'

/**
 * Draws the fault, if any, that answers a request instead of the fake, before any work is done.
 * Without a fault it answers at once, not through a promise: the 302 pays for no await.
 */
export type FaultStep = (
  context: RequestContext,
  target: FaultTarget,
  facts: JournalFacts,
) => Answer | undefined | Promise<Answer | undefined>

export function createFaultStep(faults: Faults, shape: ErrorShape): FaultStep {
  return (context, target, facts) => {
    const effect = faults.take(target)
    if (!effect) return undefined
    return faultAnswer(effect, context, facts, shape)
  }
}

/** The answer a drawn fault gives, after its latency; none for a fault of latency alone. */
async function faultAnswer(
  effect: NonNullable<ReturnType<Faults['take']>>,
  context: RequestContext,
  facts: JournalFacts,
  shape: ErrorShape,
): Promise<Answer | undefined> {
  if (effect.latency > 0) await new Promise((resolve) => setTimeout(resolve, effect.latency))
  const response = faultResponse(effect, context, shape)
  // A fault of latency alone delays the fake's own answer.
  if (!response) return undefined
  return { response, facts: { ...facts, fault: effect.source, error: 'injected', retryAfter: faultRetryAfter(effect) } }
}
