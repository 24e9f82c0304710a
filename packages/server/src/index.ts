/* Mount the fake in your own express server */

export type { CreateAppOptions, FakeGraphApps } from './create-app'
export { createApp } from './create-app'
export type { FetchFunction, NodeListener, NodeListenerOptions } from './fetch-listener'
export { toNodeListener } from './fetch-listener'
export type { ServerErrorCode } from './server-error'
export { ServerError } from './server-error'
export type { RunningServer, StartServerOptions } from './start-server'
/* Run it the way `fake-graph serve` does */
export { startServer } from './start-server'
