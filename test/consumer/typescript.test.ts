import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pinned } from './support/catalog'
import { type ConsumerProject, createProject } from './support/consumer-project'

const USAGE = readFileSync(new URL('./projects/typed-usage.ts', import.meta.url), 'utf8')

/** Bundler resolution, and every declaration checked: nothing in node_modules is skipped. */
const BUNDLER = {
  compilerOptions: {
    module: 'esnext',
    moduleResolution: 'bundler',
    target: 'es2022',
    strict: true,
    skipLibCheck: false,
    noEmit: true,
    types: ['node'],
  },
  files: ['typed-usage.ts'],
}

describe('a TypeScript project using the public API', () => {
  let project: ConsumerProject
  beforeAll(async () => {
    project = await createProject('typescript', {
      packages: [
        '@fake-graph/contract',
        '@fake-graph/core',
        '@fake-graph/msw',
        '@fake-graph/reports',
        '@fake-graph/server',
        '@fake-graph/tenant',
      ],
      dependencies: { msw: pinned('msw'), typescript: pinned('typescript'), '@types/node': pinned('@types/node') },
      files: { 'typed-usage.ts': USAGE, 'tsconfig.bundler.json': JSON.stringify(BUNDLER, null, 2) },
    })
  })
  afterAll(() => project?.remove())

  it('type-checks with the defaults of tsc --init (nodenext, verbatimModuleSyntax, exact optional types)', async () => {
    const init = await project.run('npx', ['tsc', '--init'])
    expect(init.code, init.stdout).toBe(0)
    // tsc --init gives `types: []`; a project that uses Node's APIs adds its types, as this one does.
    const config = readFileSync(join(project.dir, 'tsconfig.json'), 'utf8').replace('"types": []', '"types": ["node"]')
    writeFileSync(join(project.dir, 'tsconfig.json'), config)
    const result = await project.run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'])
    expect(result.stdout).toBe('')
    expect(result.code).toBe(0)
  })

  it('type-checks with moduleResolution bundler and skipLibCheck false', async () => {
    const result = await project.run('npx', ['tsc', '-p', 'tsconfig.bundler.json'])
    expect(result.stdout).toBe('')
    expect(result.code).toBe(0)
  })
})
