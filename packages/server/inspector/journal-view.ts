import type { JournalEntry } from '@fake-graph/core'
import { api } from './admin-api'
import { byId, h } from './dom'
import { entryFacts, type Fact } from './entry-facts'
import type { JournalBatch } from './follow-journal'

/** Entries the page holds and shows: a page open for hours of traffic keeps no more. */
export const HELD_ENTRIES = 500

interface EntryDetail {
  readonly entry: JournalEntry
  readonly requestHeaders: [string, string][] | null
  readonly responseHeaders: [string, string][] | null
}

/** The live journal: a row per request, newest first, with what the client did, filterable. */
export function journalView() {
  const body = byId<HTMLTableElement>('journal-table').tBodies[0] as HTMLTableSectionElement
  const count = byId('journal-count')
  const note = byId('journal-note')
  const functions = byId<HTMLDataListElement>('functions')
  const filterFunction = byId<HTMLInputElement>('filter-function')
  const filterStatus = byId<HTMLInputElement>('filter-status')
  const filterTenant = byId<HTMLInputElement>('filter-tenant')
  const follow = byId<HTMLInputElement>('filter-follow')
  const dialog = byId<HTMLDialogElement>('entry-dialog')
  let held: JournalEntry[] = []
  const rows = new Map<number, HTMLTableRowElement>()
  const known = new Set<string>()
  let skipped = 0
  let paused: JournalEntry[] = []

  const matches = (entry: JournalEntry): boolean => {
    const name = filterFunction.value.trim().toLowerCase()
    const status = filterStatus.value.trim().toLowerCase()
    const tenant = filterTenant.value.trim().toLowerCase()
    if (name && !(entry.function ?? '').toLowerCase().includes(name)) return false
    if (status && !statusMatches(entry.status, status)) return false
    if (tenant && !(entry.tenantId ?? '').toLowerCase().includes(tenant)) return false
    return true
  }
  const refilter = () => {
    for (const entry of held) {
      const tr = rows.get(entry.sequence)
      if (tr) tr.hidden = !matches(entry)
    }
  }
  for (const input of [filterFunction, filterStatus, filterTenant]) input.addEventListener('input', refilter)
  byId('journal-filter').addEventListener('submit', (event) => event.preventDefault())
  follow.addEventListener('change', () => {
    if (follow.checked) {
      const waiting = paused
      paused = []
      add(waiting)
    }
  })

  /** What each row's facts cell says now: a cell is redone only when its facts change. */
  const shown = new Map<number, string>()
  const add = (entries: JournalEntry[]) => {
    if (entries.length === 0) return
    held = [...held, ...entries].slice(-HELD_ENTRIES)
    const oldest = held[0]?.sequence ?? 0
    for (const [sequence, tr] of rows) {
      if (sequence >= oldest) continue
      tr.remove()
      rows.delete(sequence)
      shown.delete(sequence)
    }
    // Newest first: the batch goes on top in one insertion.
    const fresh = document.createDocumentFragment()
    for (const entry of entries.toReversed()) {
      if (entry.sequence < oldest || rows.has(entry.sequence)) continue
      const tr = entryRow(entry, open)
      tr.hidden = !matches(entry)
      rows.set(entry.sequence, tr)
      fresh.append(tr)
      if (entry.function && !known.has(entry.function)) {
        known.add(entry.function)
        functions.append(h('option', { value: entry.function }))
      }
    }
    body.prepend(fresh)
    // Facts change as later entries arrive (a download follows its 302), so every held row is asked.
    const facts = entryFacts(held)
    for (const entry of held) {
      const own = facts.get(entry.sequence) ?? []
      const key = own.map((fact) => fact.text).join('|')
      if (shown.get(entry.sequence) === key) continue
      shown.set(entry.sequence, key)
      rows
        .get(entry.sequence)
        ?.querySelector('.facts')
        ?.replaceChildren(...badges(own))
    }
    count.textContent = String(held.at(-1)?.sequence ?? 0)
    note.textContent =
      `${held.length} newest entries shown` +
      (skipped > 0 ? `; ${skipped} came too fast to send and are in GET /_admin/journal` : '')
  }

  const open = async (sequence: number) => {
    const title = byId('entry-title')
    const content = byId('entry-body')
    title.textContent = `Request ${sequence}`
    content.replaceChildren(h('p', {}, 'Loading…'))
    if (!dialog.open) dialog.showModal()
    try {
      const detail = await api<EntryDetail>(`journal/${sequence}`)
      const { entry } = detail
      title.textContent = `${entry.method} ${entry.function ?? entry.origin} → ${entry.status}`
      content.replaceChildren(
        h('p', { class: 'url' }, entry.url),
        h('dl', { class: 'fields' }, ...fields(entry)),
        headersTable('Request headers', detail.requestHeaders),
        headersTable('Response headers', detail.responseHeaders),
      )
    } catch (error) {
      content.replaceChildren(h('p', { class: 'error' }, (error as Error).message))
    }
  }
  byId('entry-close').addEventListener('click', () => dialog.close())

  return {
    onReset() {
      held = []
      paused = []
      skipped = 0
      rows.clear()
      shown.clear()
      body.replaceChildren()
    },
    onBatch(batch: JournalBatch) {
      skipped += batch.skipped
      if (!follow.checked) {
        paused = [...paused, ...batch.entries].slice(-HELD_ENTRIES)
        return
      }
      add(batch.entries)
    },
    held: () => held,
  }
}

function statusMatches(status: number, wanted: string): boolean {
  if (/^[1-5]xx$/.test(wanted)) return Math.floor(status / 100) === Number(wanted[0])
  return String(status) === wanted
}

function entryRow(entry: JournalEntry, open: (sequence: number) => void): HTMLTableRowElement {
  const button = h(
    'button',
    { type: 'button', class: 'link', 'aria-label': `Open request ${entry.sequence}` },
    `#${entry.sequence}`,
  )
  button.addEventListener('click', () => void open(entry.sequence))
  const params = Object.entries(entry.params ?? {})
    .map(([key, value]) => `${key}=${value}`)
    .join(' ')
  const tr = h(
    'tr',
    { 'data-sequence': String(entry.sequence), 'data-status': String(entry.status) },
    h('td', {}, button),
    h('td', { class: 'time' }, entry.time.slice(11, 23)),
    h('td', {}, entry.method),
    h('td', {}, entry.origin),
    h('td', { class: 'function' }, entry.function ?? ''),
    h('td', {}, params),
    h(
      'td',
      { class: `status s${Math.floor(entry.status / 100)}xx` },
      entry.status === 0 ? 'dropped' : entry.status,
      entry.error ? ` ${entry.error}` : '',
    ),
    h('td', { class: 'tenant' }, entry.tenantId ?? ''),
    h('td', { class: 'facts' }),
  )
  return tr
}

function badges(facts: readonly Fact[]): HTMLElement[] {
  return facts.map((fact) => h('span', { class: fact.warning ? 'fact warning' : 'fact' }, fact.text))
}

function fields(entry: JournalEntry): HTMLElement[] {
  const shown: [string, unknown][] = [
    ['Sequence', entry.sequence],
    ['Time', entry.time],
    ['Request id', entry.requestId],
    ['Client request id', entry.clientRequestId],
    ['Origin', entry.origin],
    ['Function', entry.function],
    ['Parameters', entry.params && JSON.stringify(entry.params)],
    ['Status', entry.status],
    ['Error', entry.error],
    ['Fault', entry.fault],
    ['Retry-After', entry.retryAfter],
    ['App', entry.appId],
    ['Tenant', entry.tenantId],
    ['Link token', entry.link],
    ['Token sent to the download host', entry.tokenLeak],
  ]
  return shown
    .filter(([, value]) => value !== undefined)
    .flatMap(([name, value]) => [h('dt', {}, name), h('dd', {}, String(value))])
}

function headersTable(caption: string, headers: [string, string][] | null): HTMLElement {
  if (!headers) return h('p', { class: 'note' }, `${caption}: no longer kept (the journal keeps the newest 500).`)
  return h(
    'table',
    { class: 'headers' },
    h('caption', {}, caption),
    h('tbody', {}, ...headers.map(([name, value]) => h('tr', {}, h('th', { scope: 'row' }, name), h('td', {}, value)))),
  )
}
