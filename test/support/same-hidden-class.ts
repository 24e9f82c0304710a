import { setFlagsFromString } from 'node:v8'

// V8's own test of whether two objects share a hidden class, callable once the flag allows it.
setFlagsFromString('--allow-natives-syntax')

/** Whether V8 gave `a` and `b` the same hidden class (map): what its optimised code checks before it reads them. */
export const sameHiddenClass = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean
