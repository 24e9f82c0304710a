// autocannon ships no types; only what the benchmarks use.
declare module 'autocannon' {
  interface Options {
    url: string
    headers?: Record<string, string>
    connections?: number
    duration?: number
    requests?: {
      path?: string
      method?: string
      headers?: Record<string, string>
      /** Rewrites the request before each send (a fresh token per request, say). */
      setupRequest?: (request: { path?: string; headers?: Record<string, string> }) => {
        path?: string
        headers?: Record<string, string>
      }
    }[]
    /** Fails a request that takes longer, in seconds (default 10). */
    timeout?: number
  }
  interface Result {
    requests: { average: number; total: number }
    latency: { p50: number; p99: number }
    statusCodeStats: Record<string, { count: number }>
    errors: number
    timeouts: number
  }
  export default function autocannon(options: Options): Promise<Result>
}
