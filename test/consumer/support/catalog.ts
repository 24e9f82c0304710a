import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

const workspace = parse(readFileSync(new URL('../../../pnpm-workspace.yaml', import.meta.url), 'utf8')) as {
  catalog: Record<string, string>
}

/** The version the workspace catalog pins for a registry package, so consumer projects test what we test. */
export function pinned(name: string): string {
  const version = workspace.catalog[name]
  if (!version) throw new Error(`${name} is not in the workspace catalog (pnpm-workspace.yaml)`)
  return version
}
