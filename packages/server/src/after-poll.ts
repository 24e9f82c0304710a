// Taken when the module loads: a test that fakes timers later must not hold every answer.
const immediate = globalThis.setImmediate

/** Whether an answer went out in this turn of the event loop. */
let answered = false
let release: (() => void) | undefined
let held: Promise<void> | undefined

function endTurn(): void {
  answered = false
  held = undefined
  release?.()
  release = undefined
}

/**
 * When an answer may be written (decision 0016). The first of a turn of the event loop goes out at
 * once, so a lone client waits for nothing; the others of the turn are held to its check phase,
 * once node:http has read every socket that was ready, and go out back to back. A client woken by
 * the first then finds the rest already there, instead of being woken once per answer, which cost
 * more than the fake's own work for a 302.
 */
export function afterPoll(): Promise<void> | undefined {
  if (!answered) {
    answered = true
    immediate(endTurn)
    return undefined
  }
  held ??= new Promise((resolve) => {
    release = resolve
  })
  return held
}
