import { readFileSync } from 'node:fs'

/** A process's resident set, in MB, from /proc (Linux). */
export function rssOf(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024
}
