/** Whether a value is a whole number from `min` to `max`: what a count, a status or a seed must be. */
export function isWhole(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
}
