/**
 * What a generator of steps returns, run to the end at once: for a caller with no event loop to
 * hand back between them (a file loaded at start, a test).
 */
export function drain<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}
