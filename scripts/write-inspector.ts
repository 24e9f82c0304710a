// Rewrites packages/server/src/inspector-assets.generated.ts from packages/server/inspector. A test fails
// when it drifts, so run this after changing the page and commit the result.
import { writeFileSync } from 'node:fs'
import { INSPECTOR_ASSETS, inspectorAssetsSource } from './inspector-assets'

writeFileSync(INSPECTOR_ASSETS, await inspectorAssetsSource())
console.log('[fake-graph] wrote packages/server/src/inspector-assets.generated.ts')
