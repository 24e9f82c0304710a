import {
  Client,
  type Context,
  HTTPMessageHandler,
  type Middleware,
  RedirectHandler,
  RedirectHandlerOptions,
} from '@microsoft/microsoft-graph-client'

/**
 * The Graph JS SDK with its redirect handler, signing every request with `authorization`: the
 * SDK adds tokens only for https Graph hosts, so against the fake's http origin a middleware does.
 */
export function sdkWithBearer(graphUrl: string, authorization: string): Client {
  let next: Middleware | undefined
  const bearer: Middleware = {
    async execute(context: Context) {
      const headers = { ...(context.options?.headers as object), Authorization: authorization }
      context.options = { ...context.options, headers }
      await next?.execute(context)
    },
    setNext(middleware: Middleware) {
      next = middleware
    },
  }
  const redirects = new RedirectHandler(new RedirectHandlerOptions())
  next = redirects
  redirects.setNext(new HTTPMessageHandler())
  return Client.initWithMiddleware({ baseUrl: `${graphUrl}/`, middleware: bearer })
}
