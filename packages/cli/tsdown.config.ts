import { defineConfig, type UserConfig } from 'tsdown'

/**
 * The CLI is one file with every JavaScript dependency inside: it starts without resolving
 * hundreds of modules, and the same file is the standalone `node fake-graph.mjs`. Pact stays
 * outside (it finds its native library next to its own files) and is loaded only by verify-pact.
 */
const bundle: UserConfig = {
  entry: { 'fake-graph': 'src/cli.ts' },
  platform: 'node',
  target: 'node20.19',
  dts: false,
  exports: false,
  fixedExtension: true,
  hash: false,
  report: false,
  deps: { neverBundle: ['@pact-foundation/pact'], onlyBundle: false },
  outputOptions: { codeSplitting: false },
}

export default defineConfig([
  { ...bundle, format: 'esm', clean: true },
  // The single executable: Node 20's SEA runs a CommonJS script.
  // (tsdown warns that CommonJS is legacy; here it is what Node 20's SEA requires.)
  { ...bundle, format: 'cjs', clean: false, checks: { legacyCjs: false } },
])
