import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig, type UserConfig } from 'tsdown'

export interface LibraryBuild {
  /** Entry points, one per export of the package. */
  entry: Record<string, string>
  /** `neutral` for code that also runs in browsers; `node` for code that imports node:*. */
  platform: 'neutral' | 'node'
  /**
   * ESM-only dependencies that the CommonJS build carries inside: Node 20.19 can require() them,
   * but Jest's CommonJS runtime cannot, and a library's require() build exists for Jest's sake.
   */
  bundleForRequire?: (string | RegExp)[]
}

/**
 * How every @fake-graph library builds: ESM and CommonJS side by side in dist/, each with its own
 * declarations and source maps, dependencies left to the package manager.
 */
export function libraryBuild({ entry, platform, bundleForRequire = [] }: LibraryBuild) {
  const common: UserConfig = {
    entry,
    platform,
    target: 'es2022',
    sourcemap: true,
    dts: { sourcemap: true },
    // Kept in package.json by hand (publishConfig), so that a build never rewrites a tracked file.
    exports: false,
    fixedExtension: true,
    report: false,
    hash: false,
  }
  return defineConfig([
    { ...common, format: 'esm', clean: true },
    // The CommonJS declarations name the same packages the ESM ones do: a type-only import of an
    // ESM package is fine in a .d.cts, and it keeps one copy of each dependency's types.
    {
      ...common,
      format: 'cjs',
      clean: false,
      dts: { sourcemap: true, emitDtsOnly: true },
      // Builds run side by side: should this one write JavaScript, it must not land on the bundled
      // index.cjs of the build below (it did, now and then, and Jest then met @noble/hashes' ESM).
      outExtensions: () => ({ js: '.types.cjs', dts: '.d.cts' }),
      hooks: { 'build:done': ({ options }) => removeStrayScripts(options.outDir) },
    },
    { ...common, format: 'cjs', clean: false, dts: false, deps: { alwaysBundle: bundleForRequire, onlyBundle: false } },
  ])
}

/** The declarations-only build's own JavaScript, which nothing ships. */
function removeStrayScripts(outDir: string): void {
  for (const file of readdirSync(outDir)) if (/\.types\.cjs(\.map)?$/.test(file)) rmSync(join(outDir, file))
}
