import { parse } from 'csv-parse/sync'

export interface ActiveUser {
  userPrincipalName: string
  lastExchangeActivity: string | null
}

/** Step 1: ask Graph for the report; it answers 302 with a short-lived, pre-authenticated link. */
export async function requestDownloadLink(graph: string, token: string, period = 'D7'): Promise<string> {
  const report = await fetch(`${graph}/v1.0/reports/getOffice365ActiveUserDetail(period='${period}')`, {
    headers: { Authorization: `Bearer ${token}` },
    redirect: 'manual',
  })
  if (report.status !== 302) throw new Error(`Graph answered ${report.status}: ${await report.text()}`)
  return report.headers.get('location') as string
}

/** Step 2: download the CSV, without the token (the link is pre-authenticated), BOM and all. */
export async function readDownload(link: string): Promise<ActiveUser[]> {
  const download = await fetch(link)
  const rows: Record<string, string>[] = parse(await download.text(), { bom: true, columns: true })
  return rows.map((row) => ({
    userPrincipalName: row['User Principal Name'] as string,
    lastExchangeActivity: row['Exchange Last Activity Date'] || null,
  }))
}

/** The Office 365 active users report, the way Graph serves it. */
export async function readActiveUsers(graph: string, token: string, period = 'D7'): Promise<ActiveUser[]> {
  return readDownload(await requestDownloadLink(graph, token, period))
}
