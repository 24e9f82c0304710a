import { type AuthMode, authenticate, bearerToken, CHALLENGE, credentialsOf, type Principal } from './authenticate'
import { type ErrorOverrides, raise } from './error-cases'
import type { Identity } from './identity'
import type { RequestContext } from './request-context'

/**
 * Authenticates a request's caller, for the permissions given (any one will do). Synchronous
 * unless a signature must be checked: the 302's hot path awaits nothing it need not.
 */
export type Authenticator = (context: RequestContext, required?: readonly string[]) => Principal | Promise<Principal>

/**
 * The token check every Graph answer starts with (decision 0001). In `signed` mode a JWT must
 * come from the fake's identity platform; then, in every mode, its claims are honoured. The
 * Authorization header is read once for both.
 */
export function createAuthenticator(options: {
  readonly auth: AuthMode
  readonly errors: ErrorOverrides
  readonly identity: Identity
}): Authenticator {
  return ({ request, now }, required) => {
    const credentials = credentialsOf(request)
    const claims = () => authenticate(credentials, now, { mode: options.auth, errors: options.errors, required })
    const token = bearerToken(credentials)
    if (options.auth !== 'signed' || token?.split('.').length !== 3) return claims()
    return options.identity.verify(token, now).then((verified) => {
      if (!verified) throw raise(options.errors, 'unsignedToken', {}, CHALLENGE)
      return claims()
    })
  }
}
