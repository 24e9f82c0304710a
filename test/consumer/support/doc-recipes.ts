import { readFileSync } from 'node:fs'

const DOC = readFileSync(new URL('../../../docs/other-languages.md', import.meta.url), 'utf8')

/**
 * The code of the recipe in docs/other-languages.md whose block opens with a comment naming
 * `file` (`# conftest.py`, `// reports_test.go`), so that the tests run what the page says.
 */
export function recipe(file: string): string {
  for (const [, code = ''] of DOC.matchAll(/^```\w*\n([\s\S]*?)^```$/gm)) {
    const [first = ''] = code.split('\n')
    if (first === `# ${file}` || first === `// ${file}`) return code
  }
  throw new Error(`docs/other-languages.md has no recipe that opens with "# ${file}" or "// ${file}"`)
}
