import { describe, expect, it } from 'vitest'
import { inColumnOrder } from './column-order'
import { sharePointSiteUsageDetail } from './definitions/sharepoint-site-usage-detail'
import type { AnyReportDefinition } from './report-definition'
import { inVersion } from './report-version'
import { withColumns } from './with-columns'

describe('withColumns', () => {
  const both = {
    ...sharePointSiteUsageDetail,
    documentedColumns: [...sharePointSiteUsageDetail.columns].reverse(),
  } as AnyReportDefinition

  it('keeps beta’s columns once the version has chosen them, whatever the column order', () => {
    expect(inColumnOrder(inVersion(both, 'beta'), 'documented').columns).toBe(both.betaColumns)
    expect(inColumnOrder(inVersion(both, 'v1.0'), 'documented').columns).toBe(both.documentedColumns)
    expect(inColumnOrder(inVersion(both, 'v1.0'), 'observed').columns).toBe(both.columns)
  })

  it('is the definition itself without the list, and one form per list otherwise', () => {
    expect(withColumns(sharePointSiteUsageDetail, 'documentedColumns')).toBe(sharePointSiteUsageDetail)
    expect(withColumns(both, 'betaColumns')).toBe(withColumns(both, 'betaColumns'))
    expect(withColumns(both, 'betaColumns')).not.toBe(withColumns(both, 'documentedColumns'))
  })
})
