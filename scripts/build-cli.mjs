// Bundles the fake-graph CLI into one file, so that it starts without a TypeScript loader and
// without resolving hundreds of modules: cold start is a goal (see bench/). Runs on install
// (prepare), and before `start` and `check`, so the bundle never lags the sources.
import { build } from 'esbuild'

const started = performance.now()
await build({
  entryPoints: [new URL('../packages/server/src/cli.ts', import.meta.url).pathname],
  outfile: new URL('../packages/server/dist/fake-graph.mjs', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __fakeGraphRequire } from 'node:module'; const require = __fakeGraphRequire(import.meta.url);",
  },
  // Pact finds its native library relative to its own files, so it cannot be bundled; it is
  // imported only by verify-pact, so other commands never load it.
  external: ['@pact-foundation/pact'],
  logLevel: 'warning',
})
console.log(`[fake-graph] built packages/server/dist/fake-graph.mjs in ${Math.round(performance.now() - started)} ms`)
