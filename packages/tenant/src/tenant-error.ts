/** A scenario tenant that cannot be used, with the path of the offending field. */
export class TenantError extends Error {
  override readonly name = 'TenantError'

  constructor(
    /** JSON-pointer-like path of the field, e.g. `users/3/activity/exchange/0`. */
    readonly field: string,
    readonly problem: string,
  ) {
    super(`Failed to load the tenant: ${field || '(root)'} ${problem}`)
  }

  /** The error of a file whose text is not JSON, with the parser's own words for why. */
  static notJson(error: unknown): TenantError {
    return new TenantError('', `is not JSON: ${(error as Error).message}`)
  }

  /** The field and its problem, as the admin API and the CLI say it: `users/3/userPrincipalName is required`. */
  get reason(): string {
    return `${this.field || '(root)'} ${this.problem}`
  }
}
