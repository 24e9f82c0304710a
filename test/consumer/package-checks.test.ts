import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { type ConsumerProject, createProject } from './support/consumer-project'

const run = promisify(execFile)
const BIN = new URL('../../node_modules/.bin/', import.meta.url).pathname
const tarballs = inject('tarballs')

describe('every packed package', () => {
  it('is one of the packages users install, and none is missing', () => {
    expect(Object.keys(tarballs).sort()).toEqual([
      '@fake-graph/contract',
      '@fake-graph/contracts',
      '@fake-graph/core',
      '@fake-graph/msw',
      '@fake-graph/reports',
      '@fake-graph/server',
      '@fake-graph/tenant',
      'fake-graph',
    ])
  })

  it.each(Object.keys(tarballs))('%s passes publint and attw (arethetypeswrong)', async (name) => {
    const tarball = tarballs[name] as string
    const publint = await run(join(BIN, 'publint'), ['run', '--strict', tarball])
    expect(publint.stdout).toContain('All good!')
    // attw exits non-zero on any problem; its table is the message if it does.
    await expect(run(join(BIN, 'attw'), ['--no-color', tarball])).resolves.toBeDefined()
  })
})

describe('what each install pulls in', () => {
  let server: ConsumerProject
  let contract: ConsumerProject
  beforeAll(async () => {
    ;[server, contract] = await Promise.all([
      createProject('server-only', { packages: ['@fake-graph/server'] }),
      createProject('contract-only', {
        packages: ['@fake-graph/contract'],
        files: {
          'fixture.csv': readFileSync(
            new URL('../../fixtures/reports/getOffice365ActiveUserDetail/D7.csv', import.meta.url),
            'utf8',
          ),
        },
      }),
    ])
  })
  afterAll(() => {
    server?.remove()
    contract?.remove()
  })

  it('@fake-graph/server brings no CLI, no Pact and no TypeScript loader', () => {
    for (const unwanted of ['@pact-foundation/pact', 'commander', 'cli-progress', 'selfsigned', 'tsx', 'zod']) {
      expect(existsSync(join(server.dir, 'node_modules', unwanted)), unwanted).toBe(false)
    }
    expect(existsSync(join(server.dir, 'node_modules', 'express'))).toBe(true)
  })

  it('@fake-graph/contract validates a CSV without Pact installed', async () => {
    expect(existsSync(join(contract.dir, 'node_modules', '@pact-foundation'))).toBe(false)
    const script = `import { readFileSync } from 'node:fs'
import { validateReportCsv } from '@fake-graph/contract'
const good = validateReportCsv(readFileSync('fixture.csv', 'utf8'), 'getOffice365ActiveUserDetail')
const bad = validateReportCsv(readFileSync('fixture.csv', 'utf8').replace(',False,', ',Maybe,'), 'getOffice365ActiveUserDetail')
console.log(JSON.stringify({ good: good.length, bad: bad.length }))`
    const result = await contract.run('node', ['--input-type=module', '-e', script])
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual({ good: 0, bad: 1 })
  })
})
