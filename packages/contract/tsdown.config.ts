import { libraryBuild } from '../../tsdown.base'

export default libraryBuild({ entry: { index: 'src/index.ts', pact: 'src/pact.ts' }, platform: 'node' })
