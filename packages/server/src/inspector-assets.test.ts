import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { INSPECTOR_ASSETS, inspectorAssetsSource } from '../../../scripts/inspector-assets'
import { INSPECTOR_HTML, INSPECTOR_SCRIPT, INSPECTOR_STYLE } from './inspector-assets.generated'

describe("the inspector's page, as the server ships it", () => {
  it('is the bundle of the current page sources: run `pnpm inspector` after changing them', async () => {
    // Compared whole, reported short: the module is some 70 kB of minified code.
    const drifted = readFileSync(INSPECTOR_ASSETS, 'utf8') !== (await inspectorAssetsSource())
    expect(drifted, 'inspector-assets.generated.ts differs from a fresh bundle: run `pnpm inspector`').toBe(false)
  })

  it('loads nothing from another origin and runs no inline code', () => {
    expect(INSPECTOR_HTML).not.toMatch(/(src|href)="(https?:)?\/\//)
    expect(INSPECTOR_HTML).not.toMatch(/<script>|<style>| on[a-z]+="/)
    expect(INSPECTOR_SCRIPT).not.toMatch(/\beval\(|new Function\(/)
    expect(INSPECTOR_STYLE).toContain('.uplot')
  })
})
