import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'

const BIN = new URL('../../packages/cli/bin/fake-graph.mjs', import.meta.url).pathname

export interface SpawnedServer {
  readonly child: ChildProcessWithoutNullStreams
  readonly banner: string
  readonly graphUrl: string
  readonly downloadUrl: string
}

/** Starts `fake-graph serve` on free ports, as a user would, and waits for its banner. */
export async function spawnServe(args: string[] = [], env: Record<string, string> = {}): Promise<SpawnedServer> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--download-port', '0', ...args], {
    env: { ...process.env, ...env },
  })
  let banner = ''
  for await (const chunk of child.stdout) {
    banner += chunk
    if (banner.includes('Press Ctrl+C')) break
  }
  const origin = (label: string) => new RegExp(`${label} +(https?://\\S+)`).exec(banner)?.[1] as string
  return { child, banner, graphUrl: origin('Graph'), downloadUrl: origin('Downloads') }
}
