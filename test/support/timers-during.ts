/** What `work` gives, and how many zero-delay timers fired while it ran: none means it held the event loop. */
export async function timersDuring<T>(work: () => Promise<T>): Promise<{ value: T; fired: number }> {
  let fired = 0
  let running = true
  const tick = () => {
    fired++
    if (running) setTimeout(tick, 0)
  }
  setTimeout(tick, 0)
  const value = await work()
  running = false
  return { value, fired }
}
