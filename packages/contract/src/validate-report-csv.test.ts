import { readdirSync, readFileSync } from 'node:fs'
import { createFakeGraph } from '@fake-graph/core'
import { describe, expect, it } from 'vitest'
import { describeDiagnostic } from './diagnostic'
import { validateReportCsv } from './validate-report-csv'
import { validateReportJson } from './validate-report-json'

const fixtures = new URL('../../../fixtures/reports/', import.meta.url)
// Every golden file, the concealed ones below concealed/ too, by the report its folder names.
const golden = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
  .filter((path) => /\.(csv|json)$/.test(path))
  .map((path) => {
    const [file, report] = path.split('/').reverse() as [string, string]
    return [report, file, readFileSync(new URL(path, fixtures))] as const
  })
const detail = readFileSync(new URL('getOffice365ActiveUserDetail/D7.csv', fixtures), 'utf8')

describe('validateReportCsv', () => {
  it.each(golden.filter(([, file]) => file.endsWith('.csv')))(
    'finds nothing wrong with the golden %s/%s',
    (report, _, bytes) => {
      expect(validateReportCsv(bytes, report)).toEqual([])
    },
  )

  it('reports row, column, value and expectation for a broken file', () => {
    const lines = detail.split('\r\n')
    const row = (lines[2] as string).split(',')
    row[3] = 'Yes'
    row[11] = '25/11/2026'
    lines[2] = row.join(',')
    lines[0] = (lines[0] as string).replace('Has OneDrive License', 'Has Onedrive License').replace('\uFEFF', '')
    lines[4] = 'too,short'
    const diagnostics = validateReportCsv(lines.join('\r\n'), 'getOffice365ActiveUserDetail')
    expect(diagnostics.map(describeDiagnostic)).toEqual([
      'the file: "Rep" should be a file starting with a UTF-8 BOM (EF BB BF)',
      'row 1, column 7 "Has OneDrive License": "Has Onedrive License" should be the header "Has OneDrive License"',
      'row 3, column 4 "Is Deleted": "Yes" should be True or False',
      'row 3, column 12 "Exchange Last Activity Date": "25/11/2026" should be a date as YYYY-MM-DD, or empty',
      'row 5: 2 should be 24 cells',
    ])
  })

  it('reports LF line ends and broken quoting', () => {
    expect(validateReportCsv(detail.replace(/\r\n/g, '\n'), 'getOffice365ActiveUserDetail')).toEqual([
      { row: 1, column: null, value: '\\n', expected: 'CRLF line ends' },
    ])
    const broken = validateReportCsv(`${detail}2026-11-25,"unterminated,x\r\n`, 'getOffice365ActiveUserDetail')
    expect(broken.at(-1)).toMatchObject({ expected: 'RFC 4180 CSV' })
  })

  describe('parses by name (decision 0015)', () => {
    const fake = createFakeGraph({ seed: 42, users: 50, now: '2026-11-27T00:00:00Z', columnOrder: 'documented' })
    const documented = async (report: string) => {
      const url = `https://graph.microsoft.com/v1.0/reports/${report}(period='D7')`
      const redirect = await fake.fetch(new Request(url, { headers: { Authorization: 'Bearer t' } }))
      const answer = await fake.fetch(new Request(redirect.headers.get('location') as string))
      return new Uint8Array(await answer.arrayBuffer())
    }

    it.each(['getTeamsUserActivityUserDetail', 'getTeamsUserActivityCounts'])(
      'finds nothing wrong with %s in the order and names of Graph’s reference',
      async (report) => {
        const bytes = await documented(report)
        expect(new TextDecoder().decode(bytes)).not.toBe(
          readFileSync(new URL(`${report}/D7.csv`, fixtures), 'utf8').replace('\uFEFF', ''),
        )
        expect(validateReportCsv(bytes, report)).toEqual([])
      },
    )

    it('accepts the columns of a report in any order, and checks each cell by its column', () => {
      const lines = detail.replace('\uFEFF', '').split('\r\n')
      const swap = (line: string) => {
        const cells = line.split(',')
        ;[cells[1], cells[3]] = [cells[3] as string, cells[1] as string]
        return cells.join(',')
      }
      const swapped = lines.map((line) => (line ? swap(line) : line))
      expect(validateReportCsv(`\uFEFF${swapped.join('\r\n')}`, 'getOffice365ActiveUserDetail')).toEqual([])
      const broken = [...swapped]
      broken[2] = (broken[2] as string).replace(/,(True|False),/, ',Yes,')
      expect(
        validateReportCsv(`\uFEFF${broken.join('\r\n')}`, 'getOffice365ActiveUserDetail').map(describeDiagnostic),
      ).toEqual(['row 3, column 2 "Is Deleted": "Yes" should be True or False'])
    })

    it('names a column that is missing, or there twice', () => {
      const lines = detail.replace('\uFEFF', '').split('\r\n')
      lines[0] = (lines[0] as string).replace('Display Name', 'User Principal Name')
      expect(
        validateReportCsv(`\uFEFF${lines.join('\r\n')}`, 'getOffice365ActiveUserDetail').map(describeDiagnostic),
      ).toEqual(['row 1, column 3 "Display Name": "User Principal Name" should be the header "Display Name"'])
      const [head = '', ...rest] = detail.replace('\uFEFF', '').split('\r\n')
      const moved = head.split(',')
      moved.splice(2, 1, 'Nickname')
      const described = validateReportCsv(
        `\uFEFF${[moved.reverse().join(','), ...rest].join('\r\n')}`,
        'getOffice365ActiveUserDetail',
      ).map(describeDiagnostic)
      expect(described).toContain('row 1: null should be a column "Display Name"')
    })
  })

  it('refuses an unknown report by name', () => {
    expect(() => validateReportCsv(detail, 'getTeamsUserActivity')).toThrow(
      /Failed to find the contract of "getTeamsUserActivity": expected one of/,
    )
  })
})

describe('validateReportJson', () => {
  it.each(golden.filter(([, file]) => file.endsWith('.json')))(
    'finds nothing wrong with the golden %s/%s',
    (report, _, bytes) => {
      expect(validateReportJson(JSON.parse(bytes.toString()), report)).toEqual([])
    },
  )

  it('reports the item, field, value and expectation', () => {
    const page = JSON.parse(readFileSync(new URL('getOffice365ActiveUserCounts/D7.json', fixtures), 'utf8'))
    page.value[2].reportPeriod = 7
    page.value[4].teams = -1
    delete page.value[5].exchange
    expect(validateReportJson(page, 'getOffice365ActiveUserCounts')).toEqual([
      { row: 2, column: 'reportPeriod', value: 7, expected: 'must be equal to one of the allowed values' },
      { row: 4, column: 'teams', value: -1, expected: 'must be >= 0' },
      { row: 5, column: 'exchange', value: null, expected: "must have required property 'exchange'" },
    ])
    expect(validateReportJson({ items: [] }, 'getOffice365ActiveUserCounts')[0]).toMatchObject({ column: 'value' })
  })
})
