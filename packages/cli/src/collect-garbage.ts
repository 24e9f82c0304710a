import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * A full garbage collection, now. Building a large tenant moves a hundred megabytes or more into
 * V8's old generation and leaves a major collection pending, which otherwise lands, some 50 ms
 * of marking, in the middle of the first download. `gc` is exposed to a throwaway context only,
 * as Jest does for its heap figures, and hidden again at once.
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc')
  try {
    ;(runInNewContext('gc') as () => void)()
  } finally {
    setFlagsFromString('--no-expose-gc')
  }
}
