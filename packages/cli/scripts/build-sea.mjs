// Builds fake-graph as one executable, for machines without Node: a copy of this very `node` with
// the CommonJS bundle injected as a single-executable application (Node 20's SEA, with postject).
//   node scripts/build-sea.mjs [--out <folder>]      (default: sea/, which git ignores)
// Linux only: macOS and Windows need their code-signing steps, which nothing here can check.
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import postject from 'postject'

const PACKAGE = new URL('..', import.meta.url).pathname
const BUNDLE = join(PACKAGE, 'dist', 'fake-graph.cjs')
// The marker Node 20 looks for to know that a blob was injected (nodejs.org/api/single-executable-applications).
const FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2'

function fail(message) {
  process.stderr.write(`build-sea: ${message}\n`)
  process.exit(2)
}

let out
try {
  out = resolve(parseArgs({ options: { out: { type: 'string' } } }).values.out ?? join(PACKAGE, 'sea'))
} catch (error) {
  fail(error.message)
}
if (process.platform !== 'linux') fail(`builds on Linux only, not ${process.platform}`)
if (!existsSync(BUNDLE)) fail(`${BUNDLE} is missing: run \`pnpm --filter fake-graph build\` first`)

const started = performance.now()
const work = mkdtempSync(join(tmpdir(), 'fake-graph-sea-'))
try {
  // The blob keeps the path of its main script, and the executable's import() of Pact resolves
  // from it: a bare name, so that it resolves from the folder the executable runs in rather than
  // from this machine's dist/. No code cache: with one, Node 20 refuses that import() outright
  // (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), and verify-pact could not say what it needs.
  copyFileSync(BUNDLE, join(work, 'fake-graph.cjs'))
  const config = { main: 'fake-graph.cjs', output: 'sea-prep.blob', disableExperimentalSEAWarning: true }
  writeFileSync(join(work, 'sea-config.json'), JSON.stringify(config))
  try {
    execFileSync(process.execPath, ['--experimental-sea-config', 'sea-config.json'], { cwd: work, stdio: 'pipe' })
  } catch (error) {
    fail(`node --experimental-sea-config failed: ${String(error.stderr).trim().split('\n')[0]}`)
  }
  mkdirSync(out, { recursive: true })
  const binary = join(out, 'fake-graph')
  copyFileSync(process.execPath, binary)
  chmodSync(binary, 0o755)
  // postject's ELF library prints warnings about .note sections on stderr; the binary runs regardless.
  await postject
    .inject(binary, 'NODE_SEA_BLOB', readFileSync(join(work, 'sea-prep.blob')), { sentinelFuse: FUSE })
    .catch((error) => fail(`postject failed: ${error.message}`))
  const megabytes = (statSync(binary).size / 1e6).toFixed(1)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  process.stdout.write(`${binary} (${megabytes} MB, Node ${process.versions.node}) built in ${seconds} s\n`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
