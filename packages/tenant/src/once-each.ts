import { TenantError } from './tenant-error'

/**
 * Refuses a scenario's list that names an item twice, at the second one. Checked here rather than
 * by the schema's `uniqueItems`: ajv's standalone validators would need a runtime helper for it.
 */
export function onceEach(names: readonly string[], path: string, what: string): void {
  const twice = names.findIndex((name, at) => names.indexOf(name) !== at)
  if (twice !== -1) throw new TenantError(`${path}/${twice}`, `lists ${what} twice: "${names[twice]}"`)
}
