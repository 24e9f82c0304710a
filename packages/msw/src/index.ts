/* The fake in MSW, in Node (setupServer) or the browser (setupWorker) */
export { graphHandlers } from './graph-handlers'
