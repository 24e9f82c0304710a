import { describe, expect, it } from 'vitest'
import { parseODataCall } from './odata-call'

describe('parseODataCall', () => {
  it('reads quoted, bare and null arguments, with spaces after commas', () => {
    const call = parseODataCall("Office365ActiveUsers(view='Detail', period='d7',date=null)/content")
    expect(call?.segment).toBe('Office365ActiveUsers')
    expect(call?.rest).toEqual(['content'])
    expect(Object.fromEntries(call?.args ?? [])).toEqual({
      view: { raw: "'Detail'", quoted: true, value: 'Detail' },
      period: { raw: "'d7'", quoted: true, value: 'd7' },
      date: { raw: 'null', quoted: false, value: null },
    })
  })

  it('reads an unquoted date and an empty argument list', () => {
    expect(parseODataCall('getOffice365ActiveUserDetail(date=2026-11-20)')?.args.get('date')).toEqual({
      raw: '2026-11-20',
      quoted: false,
      value: '2026-11-20',
    })
    expect(parseODataCall('getOffice365ActiveUserDetail()')?.args.size).toBe(0)
  })

  it('keeps commas and doubled quotes inside a quoted value', () => {
    expect(parseODataCall("f(a='x, y''z')")?.args.get('a')?.value).toBe("x, y'z")
  })

  it.each([
    'getOffice365ActiveUserDetail',
    "getOffice365ActiveUserDetail(period='D7'",
    "getOffice365ActiveUserDetail(period='D7)",
    'getOffice365ActiveUserDetail(period)',
    "getOffice365ActiveUserDetail(period='D7',period='D30')",
    "getOffice365ActiveUserDetail(period='D7')x",
    "(period='D7')",
  ])('refuses %s', (text) => {
    expect(parseODataCall(text)).toBeUndefined()
  })
})
