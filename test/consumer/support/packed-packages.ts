import type { TestProject } from 'vitest/node'
import { packPackages } from './pack-packages'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Tarball of every publishable package, by package name, as `pnpm pack` makes it. */
    tarballs: Record<string, string>
  }
}

/** Global setup of the consumer suite: packs every package once, for every test file. */
export default function providePackedPackages(project: TestProject): void {
  project.provide('tarballs', packPackages())
}
