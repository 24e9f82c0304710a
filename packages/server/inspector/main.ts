import { AdminApiError, setAdminToken } from './admin-api'
import { controlsView } from './controls-view'
import { byId } from './dom'
import { followJournal } from './follow-journal'
import { journalView } from './journal-view'
import { linksView } from './links-view'
import { tabs } from './tabs'
import { tenantView } from './tenant-view'

const status = byId('status')
const journal = journalView()
const tenant = tenantView()
const links = linksView(journal.held)
let linksTimer: ReturnType<typeof setInterval> | undefined

const report = (error: unknown) => {
  if (error instanceof AdminApiError && error.status === 401) return askForToken()
  status.textContent = `Could not read the admin API: ${(error as Error).message}`
  status.className = 'status error'
}
const controls = controlsView(() => void tenant.load().catch(report))

/** A server started with an admin token: the page asks for it once per tab. */
function askForToken(): void {
  const form = byId<HTMLFormElement>('token-form')
  form.hidden = false
  status.textContent = 'The admin API needs its token.'
  byId<HTMLInputElement>('token-input').focus()
  form.onsubmit = (event) => {
    event.preventDefault()
    setAdminToken(byId<HTMLInputElement>('token-input').value)
    location.reload()
  }
}

tabs((view) => {
  clearInterval(linksTimer)
  // The links' time left moves with the fake's clock: read it every second while on screen.
  if (view === 'links') {
    void links.load().catch(report)
    linksTimer = setInterval(() => void links.load().catch(report), 1_000)
  }
  if (view === 'controls') void controls.load().catch(report)
})

followJournal({
  onBatch: (batch) => journal.onBatch(batch),
  onReset: () => journal.onReset(),
  onState: (state, detail) => {
    status.textContent = state === 'live' ? 'Following the journal live.' : `Reconnecting to the journal (${detail})…`
    status.className = `status ${state}`
  },
  onUnauthorized: askForToken,
})
void tenant.load().catch(report)
