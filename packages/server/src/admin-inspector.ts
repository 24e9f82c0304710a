import type { RequestHandler } from 'express'
import { Router } from 'express'
import { INSPECTOR_HTML, INSPECTOR_SCRIPT, INSPECTOR_STYLE } from './inspector-assets.generated'

/** The page loads its own script, style and data and nothing else: no inline code, no other origin. */
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "base-uri 'none'; frame-ancestors 'none'"

/** The inspector's files: the same bytes for every caller and no data, so they need no admin token. */
export const INSPECTOR_FILES = ['/', '/inspector.js', '/inspector.css']

/**
 * `GET /_admin/`: the inspector, a page built from packages/server/inspector and shipped inside this
 * package (inspector-assets.generated.ts), so that it works offline and from the one-file CLI.
 */
export function adminInspector(): Router {
  const router = Router()
  router.get('/', (request, response) => {
    // Relative links resolve against /_admin/, not /: send /_admin to it.
    if (!request.originalUrl.split('?')[0]?.endsWith('/')) return response.redirect(301, `${request.baseUrl}/`)
    send(response, 'text/html; charset=utf-8', INSPECTOR_HTML)
  })
  router.get('/inspector.js', asset('text/javascript; charset=utf-8', INSPECTOR_SCRIPT))
  router.get('/inspector.css', asset('text/css; charset=utf-8', INSPECTOR_STYLE))
  return router
}

function asset(type: string, body: string): RequestHandler {
  return (_request, response) => send(response, type, body)
}

function send(response: Parameters<RequestHandler>[1], type: string, body: string): void {
  response
    .status(200)
    .set({
      'Content-Type': type,
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    })
    .send(body)
}
