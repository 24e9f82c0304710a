/** An admin API error, its message as the API wrote it (`{ "error": { "code", "message" } }`). */
export class AdminApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

const TOKEN_KEY = 'fake-graph-admin-token'

/**
 * The admin token, when the server has one: from the page's fragment (`/_admin/#token=…`, which
 * no request carries) or the form, kept for this tab only. It goes in the Authorization header,
 * never in a URL.
 */
export function adminToken(): string | undefined {
  const fragment = new URLSearchParams(location.hash.slice(1)).get('token')
  if (fragment) {
    sessionStorage.setItem(TOKEN_KEY, fragment)
    history.replaceState(null, '', location.pathname + location.search)
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? undefined
}

export function setAdminToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token)
}

/** Headers of every admin request the page makes. */
export function adminHeaders(json = false): Headers {
  const headers = new Headers()
  const token = adminToken()
  if (token) headers.set('Authorization', `Bearer ${token}`)
  if (json) headers.set('Content-Type', 'application/json')
  return headers
}

/** Calls the admin API, relative to the page at /_admin/; any answer but 2xx is thrown as its message. */
export async function api<T = unknown>(path: string, method = 'GET', body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: adminHeaders(body !== undefined),
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  const parsed = text ? JSON.parse(text) : undefined
  if (!response.ok) throw new AdminApiError(response.status, parsed?.error?.message ?? `${response.status}`)
  return parsed as T
}
