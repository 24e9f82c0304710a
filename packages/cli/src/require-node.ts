// Imported first by every entry point, before any module that relies on Node 20.19 (the global
// Web Crypto, require() of ES modules) is evaluated.
const NEEDED = [20, 19] as const
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
if (major < NEEDED[0] || (major === NEEDED[0] && minor < NEEDED[1])) {
  process.stderr.write(`fake-graph: needs Node.js ${NEEDED.join('.')} or later; this is ${process.versions.node}\n`)
  process.exit(2)
}
