export { graphHandlers } from './graph-handlers'
