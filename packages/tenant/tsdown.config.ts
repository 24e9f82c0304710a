import { libraryBuild } from '../../tsdown.base'

export default libraryBuild({
  entry: { index: 'src/index.ts' },
  platform: 'neutral',
  bundleForRequire: [/^@faker-js\/faker/, /^@msw\/data/, 'mutative'],
})
