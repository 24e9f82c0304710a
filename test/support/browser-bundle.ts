import { build } from 'esbuild'

export interface BrowserBundle {
  /** The page's script, one ES module. */
  readonly code: Uint8Array
  /** Every file the bundle was built from, as esbuild names them (node: built-ins included). */
  readonly inputs: readonly string[]
}

/**
 * Bundles a page's script for the browser the way a user's bundler would, resolving packages from
 * `resolveDir`'s node_modules.
 */
export async function bundleForBrowser(contents: string, resolveDir: string): Promise<BrowserBundle> {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    metafile: true,
  })
  return { code: result.outputFiles[0]?.contents ?? new Uint8Array(), inputs: Object.keys(result.metafile.inputs) }
}
