/* Mount the fake in your own express server */
export { createApp } from './create-app'

/* Run it the way `fake-graph serve` does */
export { startServer } from './start-server'
export { toNodeListener } from './fetch-listener'

export type { FakeGraphApps } from './create-app'
export type { StartServerOptions, RunningServer } from './start-server'
export type { FetchFunction, NodeListener } from './fetch-listener'
