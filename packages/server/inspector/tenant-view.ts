import uPlot from 'uplot'
import { api } from './admin-api'
import { byId, fillRows, h, row } from './dom'

interface NamedUser {
  readonly displayName: string
  readonly userPrincipalName: string
  readonly assignedProducts: readonly string[]
  readonly deletedDate: string | null
}

interface Summary {
  readonly organization: { id: string; name: string; domain: string }
  readonly users: number
  readonly licensed: number
  readonly deleted: number
  readonly refreshDate: string
  readonly firstDay: string
  readonly licences: Record<string, number>
  readonly firstUsers: NamedUser[]
  readonly deletedUsers: NamedUser[]
}

type Item = Record<string, string | number>
interface Activity {
  readonly refreshDate: string
  readonly daily: Item[]
  readonly services: Item[]
}

/** The services of getOffice365ActiveUserCounts, by their JSON field, as its CSV heads them. */
export const SERVICES: readonly (readonly [field: string, label: string, colour: string])[] = [
  ['office365', 'Office 365', '#1f4e79'],
  ['exchange', 'Exchange', '#2e86c1'],
  ['oneDrive', 'OneDrive', '#17a589'],
  ['sharePoint', 'SharePoint', '#7d3c98'],
  ['skypeForBusiness', 'Skype For Business', '#ca6f1e'],
  ['yammer', 'Yammer', '#b03a2e'],
  ['teams', 'Teams', '#5b2c6f'],
]

/** The tenant: who is in it, what they hold, and 180 days of activity drawn from the reports themselves. */
export function tenantView() {
  let chart: uPlot | undefined
  const chartBox = byId('chart')

  const load = async () => {
    // A large tenant takes seconds to tally: say so rather than show an empty chart.
    byId('chart-range').textContent = 'tallying the reports…'
    const [summary, activity] = await Promise.all([api<Summary>('tenant'), api<Activity>('tenant/activity')])
    showSummary(summary)
    const days = [...activity.daily].sort((a, b) => String(a.reportDate).localeCompare(String(b.reportDate)))
    byId('chart-range').textContent = `${days[0]?.reportDate ?? ''} to ${activity.refreshDate}`
    showDaily(days)
    showServices(activity.services[0] ?? {})
    const data: uPlot.AlignedData = [
      days.map((day) => Date.parse(`${day.reportDate}T00:00:00Z`) / 1000),
      ...SERVICES.map(([field]) => days.map((day) => Number(day[field]))),
    ]
    chart?.destroy()
    chart = new uPlot(
      {
        width: chartWidth(chartBox),
        height: 280,
        tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
        series: [{ label: 'Day' }, ...SERVICES.map(([, label, stroke]) => ({ label, stroke, width: 1.5 }))],
        axes: [{}, { label: 'active users' }],
      },
      data,
      chartBox,
    )
  }
  window.addEventListener('resize', () => chart?.setSize({ width: chartWidth(chartBox), height: 280 }))
  return { load }
}

function chartWidth(box: HTMLElement): number {
  return Math.max(280, Math.floor(box.getBoundingClientRect().width))
}

function showSummary(summary: Summary): void {
  const card = (label: string, value: string | number, detail?: string) =>
    h(
      'div',
      { class: 'card' },
      h('span', { class: 'label' }, label),
      h('strong', {}, value),
      detail && h('small', {}, detail),
    )
  byId('tenant-cards').replaceChildren(
    card('Organisation', summary.organization.name, summary.organization.domain),
    card('Users', summary.users.toLocaleString('en')),
    card('Licensed', summary.licensed.toLocaleString('en')),
    card('Deleted', summary.deleted.toLocaleString('en')),
    card('Refresh date', summary.refreshDate, `data from ${summary.firstDay}`),
  )
  const licences = Object.entries(summary.licences).sort((a, b) => b[1] - a[1])
  fillRows(
    byId<HTMLTableElement>('licences-table').tBodies[0] as HTMLTableSectionElement,
    licences.map(([product, users]) => row(product, users.toLocaleString('en'))),
  )
  byId('users-note').textContent = `the first ${summary.firstUsers.length} of ${summary.users.toLocaleString('en')}`
  fillRows(
    byId<HTMLTableElement>('users-table').tBodies[0] as HTMLTableSectionElement,
    summary.firstUsers.map((user) => row(user.displayName, user.userPrincipalName, user.assignedProducts.join(', '))),
  )
  byId('deleted-note').textContent = `${summary.deletedUsers.length} of ${summary.deleted.toLocaleString('en')}`
  fillRows(
    byId<HTMLTableElement>('deleted-table').tBodies[0] as HTMLTableSectionElement,
    summary.deletedUsers.map((user) => row(user.displayName, user.userPrincipalName, user.deletedDate ?? '')),
  )
}

function showDaily(days: readonly Item[]): void {
  const table = byId<HTMLTableElement>('daily-table')
  table.tHead?.replaceChildren(
    h(
      'tr',
      {},
      h('th', { scope: 'col' }, 'Report Date'),
      ...SERVICES.map(([, label]) => h('th', { scope: 'col' }, label)),
    ),
  )
  fillRows(
    table.tBodies[0] as HTMLTableSectionElement,
    [...days]
      .reverse()
      .map((day) =>
        h(
          'tr',
          { 'data-day': String(day.reportDate) },
          h('th', { scope: 'row' }, String(day.reportDate)),
          ...SERVICES.map(([field]) => h('td', { 'data-service': field }, day[field])),
        ),
      ),
  )
}

function showServices(totals: Item): void {
  fillRows(
    byId<HTMLTableElement>('services-table').tBodies[0] as HTMLTableSectionElement,
    SERVICES.map(([field, label]) => row(label, totals[`${field}Active`], totals[`${field}Inactive`])),
  )
}
