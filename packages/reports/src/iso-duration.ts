import type { ByteSink } from './byte-sink'

const P = 80
const T = 84
const H = 72
const M = 77
const S = 83

/**
 * Seconds as an ISO 8601 duration, the way the Teams reports print one: `PT0S` for none, then
 * hours, minutes and seconds with the zero parts left out (`PT1H5S`). Hours are not folded
 * into days: the real form of a duration above a day is unknown (docs/usage-reports.md §6).
 */
export function isoDuration(seconds: number): string {
  if (seconds <= 0) return 'PT0S'
  const hours = Math.floor(seconds / 3600)
  const minutes = Math.floor((seconds % 3600) / 60)
  const rest = seconds % 60
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest ? `${rest}S` : ''}`
}

/**
 * The same duration written as bytes, for the CSV: three per Teams Detail row, and as strings
 * each was five pieces joined. Anything but a whole number of seconds below 2^31 takes the text.
 */
export function writeIsoDuration(sink: ByteSink, seconds: number): void {
  if (!(seconds > 0 && seconds <= 0x7fffffff && (seconds | 0) === seconds)) {
    sink.text(isoDuration(seconds))
    return
  }
  const hours = (seconds / 3600) | 0
  const minutes = ((seconds - hours * 3600) / 60) | 0
  const rest = seconds - hours * 3600 - minutes * 60
  sink.byte(P)
  sink.byte(T)
  if (hours) {
    sink.number(hours)
    sink.byte(H)
  }
  if (minutes) {
    sink.number(minutes)
    sink.byte(M)
  }
  if (rest) {
    sink.number(rest)
    sink.byte(S)
  }
}
