import { describe, expect, it } from 'vitest'
import { CONCEALED_ID, concealedId } from './concealed-id'

describe('concealedId', () => {
  it('is the zero GUID for any id, and leaves an empty cell empty', () => {
    expect(CONCEALED_ID).toMatch(/^0{8}-0{4}-0{4}-0{4}-0{12}$/)
    expect(concealedId('6f1e1b8c-1f7e-4a43-9b0d-3f2c1a9e8d7c')).toBe(CONCEALED_ID)
    expect(concealedId('')).toBe(CONCEALED_ID)
    expect(concealedId(null)).toBeNull()
  })
})
