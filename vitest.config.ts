import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['packages/*/src/**/*.test.ts'] } },
      {
        test: {
          name: 'e2e',
          include: ['test/**/*.test.ts'],
          exclude: ['test/consumer/**', 'test/load/**', '**/node_modules/**'],
          globalSetup: ['test/support/fresh-build.ts'],
          testTimeout: 30_000,
        },
      },
      // One file at a time: the consumer tests write the pact files the provider tests read.
      {
        test: {
          name: 'contract',
          include: ['contracts/**/*.test.ts', 'examples/**/*.test.ts'],
          testTimeout: 60_000,
          fileParallelism: false,
        },
      },
      // Packs every package and installs it with npm into projects outside the workspace.
      {
        test: {
          name: 'consumer',
          include: ['test/consumer/**/*.test.ts'],
          globalSetup: ['test/consumer/support/packed-packages.ts'],
          testTimeout: 180_000,
          hookTimeout: 600_000,
        },
      },
      // Servers under load, each in a process of its own and one file at a time, so that no two
      // load tests share the machine's two cores and their figures stay the server's own.
      {
        test: {
          name: 'load',
          include: ['test/load/**/*.load.test.ts'],
          globalSetup: ['test/support/fresh-build.ts'],
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 120_000,
        },
      },
    ],
  },
})
