import { readFileSync } from 'node:fs'

/** What the tests read of packages/cli/Dockerfile, each instruction as Docker would take it. */
export interface Dockerfile {
  readonly from: string
  readonly workdir: string
  /** COPY instructions, each as its sources and destination. */
  readonly copies: readonly string[][]
  readonly user: string
  readonly expose: readonly number[]
  /** The HEALTHCHECK's options (`--interval=5s`…) and its command, in exec form. */
  readonly healthcheck: { readonly options: readonly string[]; readonly command: readonly string[] }
  /** ENTRYPOINT then CMD: the argv the container starts with when `docker run` adds nothing. */
  readonly argv: readonly string[]
}

/**
 * Reads a Dockerfile of single instructions, as ours is: comments dropped, backslash-continued
 * lines joined, ENTRYPOINT, CMD and HEALTHCHECK in exec form (JSON), which is what keeps node
 * the container's PID 1. A second use of an instruction, or shell form, fails the read.
 */
export function readDockerfile(file: URL): Dockerfile {
  const lines = readFileSync(file, 'utf8')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'))
  const instructions = new Map<string, string[]>()
  for (const line of lines) {
    const [, keyword = '', value = ''] = /^\s*(\w+)\s+(.*)$/.exec(line) ?? []
    instructions.set(keyword.toUpperCase(), [...(instructions.get(keyword.toUpperCase()) ?? []), value.trim()])
  }
  const one = (keyword: string, fallback?: string): string => {
    const values = instructions.get(keyword) ?? (fallback === undefined ? [] : [fallback])
    if (values.length !== 1) throw new Error(`the Dockerfile has ${values.length} ${keyword} instructions, not one`)
    return values[0] as string
  }
  const [options = '', command = ''] = one('HEALTHCHECK').split(/\s+CMD\s+/)
  return {
    from: one('FROM'),
    workdir: one('WORKDIR'),
    copies: (instructions.get('COPY') ?? []).map((value) => value.split(/\s+/)),
    user: one('USER'),
    expose: one('EXPOSE').split(/\s+/).map(Number),
    healthcheck: { options: options.split(/\s+/), command: execForm('HEALTHCHECK', command) },
    argv: [...execForm('ENTRYPOINT', one('ENTRYPOINT')), ...execForm('CMD', one('CMD', '[]'))],
  }
}

function execForm(keyword: string, value: string): string[] {
  let argv: unknown
  try {
    argv = JSON.parse(value)
  } catch {}
  if (!Array.isArray(argv) || !argv.every((arg) => typeof arg === 'string'))
    throw new Error(`${keyword} is not in exec form: ${value}`)
  return argv
}
