import { describe, expect, it } from 'vitest'
import { isLoopbackAddress } from './loopback'

describe('isLoopbackAddress', () => {
  it.each(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'])('takes %s as loopback', (address) => {
    expect(isLoopbackAddress(address)).toBe(true)
  })

  it.each(['0.0.0.0', '::', '10.0.0.1', '128.0.0.1', '::ffff:10.0.0.1', '192.168.1.127'])(
    'takes %s as reachable from elsewhere',
    (address) => {
      expect(isLoopbackAddress(address)).toBe(false)
    },
  )
})
