/**
 * A change to the fake that it refused: a clock reading it cannot stand at, a fault or a
 * throttling limit out of range. Nothing was changed. The admin API answers it with a 400.
 */
export class ControlError extends RangeError {
  override readonly name = 'ControlError'
}
