// Taken when the module loads: a test that fakes timers later must not stall every stream.
const immediate = globalThis.setImmediate as ((callback: () => void) => unknown) | undefined
const channel = immediate ? undefined : new MessageChannel()
const waiting: (() => void)[] = []
if (channel) {
  channel.port1.onmessage = () => waiting.shift()?.()
}

/**
 * Resolves on a later turn of the event loop, after pending I/O: Node's setImmediate, a message
 * to itself in a browser (where setTimeout is clamped to 4 ms). Promises alone would not do: a
 * chain of them runs before any I/O callback.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    if (immediate) immediate(resolve)
    else {
      waiting.push(resolve)
      channel?.port2.postMessage(undefined)
    }
  })
}
