import { readFileSync } from 'node:fs'
import { loadTenant, parseDay } from '@fake-graph/tenant'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { csvLines, renderCsv } from './csv-writer'
import { office365ActiveUserCounts } from './definitions/office365-active-user-counts'
import { office365ActiveUserDetail } from './definitions/office365-active-user-detail'
import { office365ServicesUserCounts } from './definitions/office365-services-user-counts'
import { readCsv } from './test-support'

const tenant = loadTenant(
  readFileSync(new URL('../../../fixtures/tenants/contoso-small.json', import.meta.url), 'utf8'),
  { now: new Date('2026-11-27T00:00:00Z') },
)
const day = (text: string) => parseDay(text) as number

describe('CSV of the contoso-small scenario', () => {
  const detail = readCsv(office365ActiveUserDetail, { tenant, selection: { period: 7 } })
  const byName = (name: string) => detail.find((row) => row['Display Name'] === name) ?? expect.fail(`no ${name}`)

  it('lists users holding a product, and not users without one', () => {
    expect(detail.map((row) => row['Display Name'])).toEqual([
      'Adele Vance',
      'Bowen, Megan "Meg"',
      'Lee Gu',
      'Shared Mailbox',
      'Pradeep Gupta',
    ])
  })

  it('spells booleans, dates, nulls and products as Graph does', () => {
    const adele = byName('Adele Vance')
    expect(adele['Report Refresh Date']).toBe('2026-11-25')
    expect(adele['Is Deleted']).toBe('False')
    expect(adele['Deleted Date']).toBe('')
    expect(adele['Has Teams License']).toBe('True')
    expect(adele['Exchange Last Activity Date']).toBe('2026-11-25')
    expect(adele['OneDrive Last Activity Date']).toBe('2026-10-02')
    expect(adele['Yammer Last Activity Date']).toBe('2025-01-15')
    expect(adele['Skype For Business Last Activity Date']).toBe('')
    expect(adele['Exchange License Assign Date']).toBe('2024-03-01')
    expect(adele['Assigned Products']).toBe('MICROSOFT 365 E5+ENTERPRISE MOBILITY + SECURITY E5')
    const lee = byName('Lee Gu')
    expect([lee['Is Deleted'], lee['Deleted Date'], lee['Has OneDrive License']]).toEqual([
      'True',
      '2026-11-22',
      'False',
    ])
    const shared = byName('Shared Mailbox')
    expect([shared['Has Exchange License'], shared['Exchange Last Activity Date']]).toEqual(['True', ''])
  })

  it('quotes only the cell that needs it, with CRLF line ends', () => {
    const text = [...csvLines(office365ActiveUserDetail, { tenant, selection: { period: 7 } })].join('')
    const megan = text.split('\r\n').find((line) => line.includes('megan.bowen')) ?? expect.fail('no Megan')
    expect(megan).toContain(',"Bowen, Megan ""Meg""",False,')
    expect(text.split('"').length - 1).toBe(6)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('lists, for a date, the users active that day with last activity as of that day', () => {
    const onDate = readCsv(office365ActiveUserDetail, { tenant, selection: { date: day('2026-11-20') } })
    expect(onDate.map((row) => row['Display Name'])).toEqual(['Adele Vance', 'Bowen, Megan "Meg"', 'Lee Gu'])
    const adele = onDate[0] ?? expect.fail('no Adele')
    expect(adele['Exchange Last Activity Date']).toBe('2026-11-20')
    expect(adele['Teams Last Activity Date']).toBe('')
    expect(readCsv(office365ActiveUserDetail, { tenant, selection: { date: day('2026-11-22') } })).toEqual([])
  })

  it('counts daily active users per service, newest day first', () => {
    const counts = readCsv(office365ActiveUserCounts, { tenant, selection: { period: 7 } })
    expect(counts.map((row) => row['Report Date'])).toEqual([
      '2026-11-25',
      '2026-11-24',
      '2026-11-23',
      '2026-11-22',
      '2026-11-21',
      '2026-11-20',
      '2026-11-19',
    ])
    const friday = counts[5] ?? expect.fail('no 2026-11-20')
    expect(friday).toMatchObject({
      'Office 365': '3',
      Exchange: '3',
      SharePoint: '1',
      Teams: '1',
      OneDrive: '0',
      'Report Period': '7',
    })
  })

  it('counts active and inactive users per service over the period', () => {
    const [row] = readCsv(office365ServicesUserCounts, { tenant, selection: { period: 7 } })
    expect(row).toMatchObject({
      'Exchange Active': '3',
      'Exchange Inactive': '1',
      'OneDrive Active': '0',
      'OneDrive Inactive': '2',
      'Teams Active': '2',
      'Teams Inactive': '1',
      'Office 365 Active': '3',
      'Office 365 Inactive': '1',
      'Report Period': '7',
    })
  })

  it('streams the same bytes as the lines', async () => {
    const request = { tenant, selection: { period: 30 } } as const
    const streamed = new Uint8Array(await new Response(renderCsv(office365ActiveUserDetail, request)).arrayBuffer())
    expect(streamed.slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(streamed)).toBe(
      [...csvLines(office365ActiveUserDetail, request)].join(''),
    )
  })

  it('can write LF line ends and no BOM when asked', () => {
    const text = [
      ...csvLines(office365ActiveUserCounts, { tenant, selection: { period: 7 } }, { lineEnding: '\n', bom: false }),
    ].join('')
    expect(text.startsWith('Report Refresh Date,')).toBe(true)
    expect(text).not.toContain('\r')
    expect(parse(text, { columns: true })).toHaveLength(7)
  })
})
