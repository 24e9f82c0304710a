import type { Identity } from './identity'
import { MAX_BODY_BYTES, readBody } from './read-body'
import type { RequestContext } from './request-context'
import type { IdentityEndpoint } from './router'

/** Not a code Entra documents (its answer to an oversized body is unknown): the fake's own, ending in 413. */
const BODY_TOO_LARGE = 9000413

type Json = (status: number, body: unknown) => Response

/**
 * The endpoints MSAL and @azure/identity call: OpenID configuration, JWKS, and the token
 * endpoint for client credentials. Errors follow the identity platform's shape, not Graph's.
 */
export async function serveIdentity(
  context: RequestContext,
  { tenant, endpoint }: { readonly tenant: string; readonly endpoint: IdentityEndpoint },
  { identity, baseUrl }: { readonly identity: Identity; readonly baseUrl: string },
): Promise<Response> {
  const json: Json = (status, body) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { ...context.headers, 'Content-Type': 'application/json; charset=utf-8' },
    })
  if (endpoint === 'v2.0/.well-known/openid-configuration') {
    return json(200, openidConfiguration(`${baseUrl}/${tenant}`, identity.issuer(tenant)))
  }
  if (endpoint === 'discovery/v2.0/keys') return json(200, await identity.jwks())
  return issueToken(context, tenant, identity, json)
}

/** The discovery document of a tenant's authority. */
function openidConfiguration(authority: string, issuer: string) {
  return {
    issuer,
    authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
    token_endpoint: `${authority}/oauth2/v2.0/token`,
    end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
    jwks_uri: `${authority}/discovery/v2.0/keys`,
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    tenant_region_scope: 'EU',
    cloud_instance_name: 'microsoftonline.com',
  }
}

/** The client-credentials grant: a token signed by the fake's identity platform, or the platform's refusal. */
async function issueToken(
  { request, now, headers }: RequestContext,
  tenant: string,
  identity: Identity,
  json: Json,
): Promise<Response> {
  const failure = (status: number, error: string, code: number, description: string) =>
    json(status, {
      error,
      error_description: `AADSTS${code}: ${description}`,
      error_codes: [code],
      timestamp: now.toISOString().replace('T', ' ').slice(0, 19),
      trace_id: headers['request-id'],
      correlation_id: headers['client-request-id'],
    })
  if (request.method !== 'POST')
    return failure(405, 'invalid_request', 900561, 'The endpoint only accepts POST requests.')
  const text = await readBody(request)
  if (text === undefined) {
    return failure(
      413,
      'invalid_request',
      BODY_TOO_LARGE,
      `The request body is larger than the ${MAX_BODY_BYTES} bytes the token endpoint reads.`,
    )
  }
  const form = new URLSearchParams(text)
  if (form.get('grant_type') !== 'client_credentials') {
    return failure(400, 'unsupported_grant_type', 70003, 'The fake supports the client credentials grant only.')
  }
  if (form.get('client_id') !== identity.clientId) {
    return failure(
      400,
      'unauthorized_client',
      700016,
      `Application with identifier '${form.get('client_id')}' was not found in the directory.`,
    )
  }
  if (form.get('client_secret') !== identity.clientSecret) {
    return failure(401, 'invalid_client', 7000215, 'Invalid client secret provided.')
  }
  if (
    !form
      .get('scope')
      ?.split(' ')
      .some((scope) => scope.endsWith('/.default'))
  ) {
    return failure(
      400,
      'invalid_scope',
      1002012,
      'The provided value for scope is not valid: client credentials need a /.default scope.',
    )
  }
  return json(200, {
    token_type: 'Bearer',
    expires_in: identity.lifetime,
    ext_expires_in: identity.lifetime,
    access_token: await identity.issue(tenant, now),
  })
}
