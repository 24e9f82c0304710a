import { CliError } from './cli-error'

const PACT = '@pact-foundation/pact'

/**
 * Loads Pact before verify-pact starts: the standalone fake-graph.mjs and the single executable
 * carry no Pact (its native core cannot be bundled), and a user of either should learn that in
 * one line rather than from Pact's own resolution error. Any other failure to load it is not
 * a missing install, so it is left to surface as it is.
 */
export async function requirePact(load: () => Promise<unknown> = () => import('@pact-foundation/pact')): Promise<void> {
  try {
    await load()
  } catch (error) {
    if (isMissing(error, PACT))
      throw new CliError('verify-pact needs Pact: install the npm package (npm install -D fake-graph)')
    throw error
  }
}

/** Whether `error` says `name` itself cannot be found (not one of its own imports). */
function isMissing(error: unknown, name: string): boolean {
  const { code, message } = error as NodeJS.ErrnoException
  // Node quotes the specifier it could not resolve; a path "imported from" it is not quoted.
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && message.includes(`'${name}'`)
}
