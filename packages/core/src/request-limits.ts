import { type ErrorOverrides, raise } from './error-cases'

/**
 * The longest path the fake reads, in characters as sent (percent-encoding included). The
 * longest real report URL is under 200; Graph's front end refuses long URLs before any
 * workload sees them, and so does the fake, before it parses anything.
 */
export const MAX_PATH_LENGTH = 2_048
/** The longest value of one query option or function argument. */
export const MAX_PARAMETER_LENGTH = 1_024

/** Refuses a URL whose path is too long to be a report call: 414, before any parsing. */
export function limitPath(url: URL, errors: ErrorOverrides): void {
  if (url.pathname.length > MAX_PATH_LENGTH) throw raise(errors, 'pathTooLong', { limit: MAX_PATH_LENGTH })
}

/** Refuses a query option or function argument too long to be one Graph takes. */
export function limitParameter(name: string, value: string, errors: ErrorOverrides | undefined): void {
  if (name.length > MAX_PARAMETER_LENGTH || value.length > MAX_PARAMETER_LENGTH) {
    throw raise(errors, 'parameterTooLong', { name: name.slice(0, 64), limit: MAX_PARAMETER_LENGTH })
  }
}
