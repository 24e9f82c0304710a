// autocannon ships no types; only what the benchmarks use.
declare module 'autocannon' {
  interface Options {
    url: string
    headers?: Record<string, string>
    connections?: number
    duration?: number
  }
  interface Result {
    requests: { average: number }
    statusCodeStats: Record<string, { count: number }>
    errors: number
  }
  export default function autocannon(options: Options): Promise<Result>
}
