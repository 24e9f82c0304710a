import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'

const WORKSPACE = new URL('../../../', import.meta.url).pathname
/** The caller's PATH without the workspace's own binaries (pnpm puts node_modules/.bin first). */
const SYSTEM_PATH = (process.env.PATH ?? '')
  .split(delimiter)
  .filter((entry) => !entry.startsWith(WORKSPACE))
  .join(delimiter)

export interface RunResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

export interface ConsumerProject {
  /** The project's folder, outside the workspace. */
  readonly dir: string
  /** What commands run with: only the project's own node_modules/.bin added to PATH, nothing from the workspace. */
  readonly env: NodeJS.ProcessEnv
  /** Runs a command in the project, with `env` (and the `env` given here over it). */
  run(
    command: string,
    args: string[],
    options?: { env?: Record<string, string>; timeoutMs?: number },
  ): Promise<RunResult>
  remove(): void
}

export interface ProjectOptions {
  /** Our packed packages, by name (see `packPackages`). */
  tarballs: Record<string, string>
  /** Registry packages, by name and version. */
  dependencies?: Record<string, string>
  /** Our packages, by name: installed from their tarballs. */
  packages?: string[]
  type?: 'module' | 'commonjs'
  /** Files to write, by path relative to the project. */
  files?: Record<string, string>
}

/**
 * A fresh project in the system's temporary folder, installed with plain npm as a user would:
 * our packages from their tarballs, everything else from the registry. Our packages' own
 * dependencies on each other resolve to the tarballs too (overrides), since none is published.
 */
export async function createNpmProject(name: string, options: ProjectOptions): Promise<ConsumerProject> {
  const { tarballs } = options
  const dir = mkdtempSync(join(tmpdir(), `fake-graph-consumer-${name}-`))
  const local = Object.fromEntries(Object.entries(tarballs).map(([pkg, file]) => [pkg, `file:${file}`]))
  const manifest = {
    name: `consumer-${name}`,
    private: true,
    type: options.type ?? 'module',
    dependencies: {
      ...Object.fromEntries((options.packages ?? []).map((pkg) => [pkg, local[pkg] ?? missing(pkg)])),
      ...options.dependencies,
    },
    overrides: local,
  }
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  for (const [path, text] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  const project = projectAt(dir)
  const install = await project.run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    timeoutMs: 300_000,
  })
  if (install.code !== 0) throw new Error(`npm install failed in ${dir}:\n${install.stderr}`)
  return project
}

/** A project in a folder that is already there, as `createNpmProject` leaves it; `remove` deletes the folder. */
export function projectAt(dir: string): ConsumerProject {
  const env = environment(dir)
  return {
    dir,
    env,
    run: (command, args, runOptions = {}) => run(dir, { ...env, ...runOptions.env }, command, args, runOptions),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}

function missing(pkg: string): never {
  throw new Error(`${pkg} is not one of the packed packages`)
}

function run(
  cwd: string,
  env: NodeJS.ProcessEnv,
  command: string,
  args: string[],
  { timeoutMs = 120_000 }: { timeoutMs?: number },
): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      {
        cwd,
        timeout: timeoutMs,
        maxBuffer: 64 * 1024 * 1024,
        env: {
          PATH: `${join(cwd, 'node_modules', '.bin')}${delimiter}${SYSTEM_PATH}`,
          HOME: process.env.HOME ?? tmpdir(),
          ...env,
        },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout, stderr })
      },
    )
  })
}

/** Only the project's own binaries and the system's: no NODE_OPTIONS, no pnpm or vitest variables. */
function environment(dir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: `${join(dir, 'node_modules', '.bin')}${delimiter}${SYSTEM_PATH}`,
    HOME: process.env.HOME ?? tmpdir(),
    ...extra,
  }
}
