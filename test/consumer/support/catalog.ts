import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

const workspace = parse(readFileSync(new URL('../../../pnpm-workspace.yaml', import.meta.url), 'utf8')) as {
  catalog: Record<string, string>
  catalogs?: Record<string, Record<string, string>>
}

/**
 * The version the workspace catalog (or a named one) pins for a registry package, so consumer
 * projects test what we pin.
 */
export function pinned(name: string, catalog?: string): string {
  const version = catalog ? workspace.catalogs?.[catalog]?.[name] : workspace.catalog[name]
  if (!version) throw new Error(`${name} is not in the workspace catalog ${catalog ?? ''} (pnpm-workspace.yaml)`)
  return version
}
