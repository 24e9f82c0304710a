/* Run the fake the way `fake-graph serve` does: two origins on two ports */
export { startServer } from './start-server'
export { ServerError } from './server-error'

/* Mount the fake in your own server */
export { adminApp, createApp } from './create-app'
export { toNodeListener } from './fetch-listener'

export type { CreateAppOptions, FakeGraphApps } from './create-app'
export type { FetchFunction, NodeListener, NodeListenerOptions } from './fetch-listener'
export type { ServerErrorCode } from './server-error'
export type { RunningServer, StartServerOptions } from './start-server'
