import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import { once } from 'node:events'

const BIN = new URL('../../packages/cli/bin/fake-graph.mjs', import.meta.url).pathname

export interface SpawnedServer {
  readonly child: ChildProcessWithoutNullStreams
  readonly banner: string
  readonly graphUrl: string
  readonly downloadUrl: string
  /** The banner's own curl command, which downloads the Detail report. */
  readonly curl: string
}

/** Starts `fake-graph serve` on free ports, as a user would, and waits for its banner. */
export function spawnServe(args: string[] = [], env: Record<string, string> = {}): Promise<SpawnedServer> {
  return serveFrom(process.execPath, [BIN, 'serve', '--port', '0', '--download-port', '0', ...args], {
    env: { ...process.env, ...env },
  })
}

/**
 * Runs a serve command exactly as given, whichever form of the CLI it starts (the bin, the
 * standalone file, the single executable, the Docker image's entrypoint), and waits for its banner.
 */
export async function serveFrom(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; detached?: boolean } = {},
): Promise<SpawnedServer> {
  const child = spawn(command, args, options)
  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr += chunk
  })
  // A command that cannot start (not built, not found) closes at once: the banner check says why.
  child.on('error', (error) => {
    stderr += error.message
  })
  let banner = ''
  for await (const chunk of child.stdout) {
    banner += chunk
    if (banner.includes('Press Ctrl+C')) break
  }
  if (!banner.includes('Press Ctrl+C')) {
    await once(child, 'close')
    throw new Error(`${command} ${args.join(' ')} ended before its banner: ${stderr || banner}`)
  }
  const origin = (label: string) => new RegExp(`${label} +(https?://\\S+)`).exec(banner)?.[1] as string
  const curl = banner
    .split('\n')
    .find((line) => line.trim().startsWith('curl'))
    ?.trim() as string
  return { child, banner, graphUrl: origin('Graph'), downloadUrl: origin('Downloads'), curl }
}
