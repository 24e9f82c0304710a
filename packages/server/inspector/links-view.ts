import type { JournalEntry, LinkRecord } from '@fake-graph/core'
import { api } from './admin-api'
import { byId, fillRows, h } from './dom'

interface Links {
  readonly now: string
  readonly links: (LinkRecord & { readonly secondsLeft: number })[]
}

/** Each link issued lately, for which report and caller, how often it was downloaded, and its time left. */
export function linksView(held: () => readonly JournalEntry[]) {
  const body = byId<HTMLTableElement>('links-table').tBodies[0] as HTMLTableSectionElement
  const load = async () => {
    const { now, links } = await api<Links>('links')
    const downloads = new Map<string, number>()
    for (const entry of held()) {
      if (entry.origin === 'download' && entry.link) downloads.set(entry.link, (downloads.get(entry.link) ?? 0) + 1)
    }
    byId('links-note').textContent = `${links.length} links issued lately (the last 500), by the fake's clock at ${now}`
    fillRows(
      body,
      [...links]
        .reverse()
        .map((link) =>
          h(
            'tr',
            { 'data-token': link.token },
            h('td', { class: 'time' }, link.issuedAt.replace('T', ' ').slice(0, 19)),
            h('td', { class: 'function' }, link.report),
            h(
              'td',
              {},
              link.period === undefined ? (link.date ?? '') : `D${link.period}`,
              link.concealNames ? ' (concealed)' : '',
            ),
            h('td', { class: 'tenant' }, link.tenantId ?? ''),
            h('td', { class: 'tenant' }, link.appId ?? ''),
            h('td', {}, downloads.get(link.token) ?? 0),
            h(
              'td',
              { class: link.secondsLeft < 0 ? 'expired' : 'left' },
              link.secondsLeft < 0 ? 'expired' : `${link.secondsLeft} s`,
            ),
          ),
        ),
    )
  }
  return { load }
}
