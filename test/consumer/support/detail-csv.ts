import { expect } from 'vitest'

/** Holds what a form of the CLI downloaded to the Detail report's CSV as Graph sends it: BOM, then header. */
export function expectDetailCsv(bytes: Uint8Array): void {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  expect(Buffer.from(bytes.subarray(3, 64)).toString('latin1')).toMatch(/^Report Refresh Date,User Principal Name,/)
}
