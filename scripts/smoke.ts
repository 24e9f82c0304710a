import { createFakeGraph } from '@fake-graph/core'

const fake = createFakeGraph({ now: '2026-11-27T00:00:00Z', users: 50 })
const get = (url: string, auth = 'Bearer abc') =>
  fake.fetch(new Request(url, { headers: auth ? { Authorization: auth } : {} }))
const show = async (url: string, auth?: string) => {
  const r = await get(url, auth)
  console.log(
    r.status,
    url.slice(0, 110),
    r.headers.get('content-type'),
    r.headers.get('location')?.slice(0, 80) ?? '',
    (await r.text()).slice(0, 160),
  )
}
await show("https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserDetail(period='D7')")
await show('https://graph.microsoft.com/v1.0/reports/microsoft.graph.getoffice365activeusercounts(period=%27D30%27)')
await show("https://graph.microsoft.com/beta/reports/Office365ActiveUsers(view='Detail', period='d7')/content")
await show(
  "https://graph.microsoft.com/beta/reports/getOffice365ActiveUserCounts(period='D7')?$format=application/json",
)
await show(
  "https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserCounts(period='D7')?$format=application/json",
)
await show("https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserDetail(date='2026-11-20')")
await show('https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserDetail(date=2026-10-20)')
await show("https://graph.microsoft.com/v1.0/reports/getFoo(period='D7')")
await show("https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserDetail(period='D7')", '')
const r = await get("https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserDetail(period='D7')")
const d = await get(r.headers.get('location')!, '')
console.log(d.status, [...d.headers].map(([k, v]) => `${k}: ${v.slice(0, 60)}`).join(' | '))
console.log(JSON.stringify((await d.text()).slice(0, 300)))
console.log(
  fake.journal
    .entries()
    .map((e) => `${e.status} ${e.origin} ${e.function} ${JSON.stringify(e.params)}`)
    .join('\n'),
)
