import manifest from '../package.json' with { type: 'json' }

/** The package's own version, as `fake-graph --version` prints it. */
export const VERSION: string = manifest.version
