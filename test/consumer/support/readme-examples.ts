import { readFileSync } from 'node:fs'

const README = new URL('../../../README.md', import.meta.url)
const MARK = /^<!-- example: (\S+) -->$/

/**
 * The README's examples under `folder`, by file name: each is the fenced block right after an
 * `<!-- example: folder/file -->` line. The consumer suite runs them as written.
 */
export function readmeExamples(folder: string): Record<string, string> {
  const lines = readFileSync(README, 'utf8').split('\n')
  const examples: Record<string, string> = {}
  lines.forEach((line, index) => {
    const path = MARK.exec(line)?.[1]
    if (!path?.startsWith(`${folder}/`)) return
    const open = lines[index + 1] ?? ''
    const close = lines.indexOf('```', index + 2)
    if (!open.startsWith('```') || close < 0) throw new Error(`README: no code block after ${line}`)
    examples[path.slice(folder.length + 1)] = `${lines.slice(index + 2, close).join('\n')}\n`
  })
  if (Object.keys(examples).length === 0) throw new Error(`README: no examples under ${folder}/`)
  return examples
}
