/**
 * A change to the fake that it refused: a clock reading it cannot stand at, a fault or a
 * throttling limit out of range. Nothing was changed. The admin API answers it with a 400.
 */
export class ControlError extends RangeError {
  override readonly name = 'ControlError'

  constructor(
    /** What was refused, as in "Failed to add the fault". */
    action: string,
    /** Why, naming the field and what it must be: what the admin API answers. */
    readonly reason: string,
  ) {
    super(`Failed to ${action}: ${reason}`)
  }
}
