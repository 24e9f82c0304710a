#!/usr/bin/env node
// The bundle (built on install, and by `pnpm start` and `pnpm check`) starts fastest; without
// one, the TypeScript sources run through tsx's loader.
import { existsSync } from 'node:fs'

const bundle = new URL('../dist/fake-graph.mjs', import.meta.url)
if (existsSync(bundle)) {
  await import(bundle.href)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import('../src/cli.ts')
}
