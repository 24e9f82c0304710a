import { nextTurn } from './next-turn'

/** The longest a piece of work runs before it hands the loop back: other requests wait no longer, per piece. */
export const SLICE_MS = 4

/**
 * A stretch of work that hands the event loop back every `SLICE_MS`: `due()` says when it has
 * run that long, `breathe()` waits for a later turn and starts a new slice.
 */
export function timeSlice() {
  let start = performance.now()
  return {
    due: () => performance.now() - start > SLICE_MS,
    async breathe(): Promise<void> {
      await nextTurn()
      start = performance.now()
    },
  }
}
