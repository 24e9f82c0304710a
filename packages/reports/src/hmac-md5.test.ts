import { createHmac } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createHmacMd5 } from './hmac-md5'

const stock = (key: string, message: string) => createHmac('md5', key).update(message).digest('hex').toUpperCase()
const text = fc.string({ unit: fc.constantFrom('a', 'Z', '0', '-', ':', '@', 'é', '€', '😀'), maxLength: 150 })

describe('createHmacMd5', () => {
  it('equals node:crypto’s HMAC-MD5, in upper-case hex, for any key and message', () => {
    fc.assert(
      fc.property(text, fc.array(text, { minLength: 1, maxLength: 4 }), (key, messages) => {
        const hmac = createHmacMd5(key)
        for (const message of messages) expect(hmac(message)).toBe(stock(key, message))
      }),
    )
  })

  it('is right on every block boundary of the message and the key (55, 56, 64, 65 bytes…)', () => {
    for (const keyLength of [0, 1, 63, 64, 65, 200]) {
      const key = 'k'.repeat(keyLength)
      const hmac = createHmacMd5(key)
      for (let length = 0; length <= 130; length++)
        expect(hmac('m'.repeat(length))).toBe(stock(key, 'm'.repeat(length)))
    }
  })

  it('gives RFC 2202’s first HMAC-MD5 test vector', () => {
    const key = String.fromCharCode(...new Array(16).fill(0x0b))
    expect(createHmacMd5(key)('Hi There')).toBe('9294727A3638BB1C13F48EF8158BFC9D')
  })
})
