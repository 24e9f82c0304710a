import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CliError } from './cli-error'
import { requirePact } from './require-pact'

const NEEDS_PACT = 'verify-pact needs Pact: install the npm package (npm install -D fake-graph)'

// The ESM case (ERR_MODULE_NOT_FOUND) is the standalone file's test: vitest resolves import() itself.
/** A script in a folder with no node_modules above it, as the standalone file's is (it need not exist). */
const lonely = join(tmpdir(), 'fake-graph-without-pact', 'script.cjs')

describe('requirePact', () => {
  it('loads the installed Pact', async () => {
    await expect(requirePact()).resolves.toBeUndefined()
  })

  it('says in one line that Pact is missing, as CommonJS reports it (MODULE_NOT_FOUND)', async () => {
    const require = createRequire(lonely)
    await expect(requirePact(async () => require('@pact-foundation/pact'))).rejects.toEqual(new CliError(NEEDS_PACT))
  })

  it('lets any other failure through: another missing package, even one named like Pact, and a native library that will not load', async () => {
    const absent = import('@pact-foundation/pact-absent' as string)
    await expect(requirePact(() => absent)).rejects.toMatchObject({ code: 'ERR_MODULE_NOT_FOUND' })
    const native = new Error('libpact_ffi.so: cannot open shared object file')
    await expect(requirePact(() => Promise.reject(native))).rejects.toBe(native)
  })
})
