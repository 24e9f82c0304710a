const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url')

/**
 * A JWT as auth modes `any` and `jwt` read it: its claims honoured, its signature never checked.
 * The test-side twin of a token from Entra ID, for every test and bench that needs one.
 */
export function unsignedJwt(claims: object, header: object = { alg: 'RS256', typ: 'JWT' }): string {
  return `${encode(header)}.${encode(claims)}.sig`
}

/** The Authorization header of an unsigned JWT with these claims. */
export const bearerJwt = (claims: object, header?: object): string => `Bearer ${unsignedJwt(claims, header)}`
