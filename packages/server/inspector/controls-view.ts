import { api } from './admin-api'
import { byId, h } from './dom'

interface ScriptedFault {
  readonly status?: number
  readonly times: number | 'always'
  readonly retryAfter?: number
  readonly match?: { function?: string }
}

/**
 * The controls, each one call of the admin API that a test would make: faults, throttling, the
 * clock, concealed names and the tenant. `changed` reloads what the change affects.
 */
export function controlsView(changed: () => void) {
  const result = byId('control-result')
  const value = (id: string) => byId<HTMLInputElement>(id).value.trim()
  const run = async (what: string, call: () => Promise<unknown>) => {
    try {
      await call()
      result.textContent = `${what}: done.`
      result.className = 'note ok'
      changed()
    } catch (error) {
      result.textContent = `${what}: ${(error as Error).message}`
      result.className = 'note error'
    }
    await refresh()
  }
  const click = (id: string, what: string, call: () => Promise<unknown>) =>
    byId(id).addEventListener('click', () => void run(what, call))
  const submit = (id: string, what: string, call: () => Promise<unknown>) =>
    byId(id).addEventListener('submit', (event) => {
      event.preventDefault()
      void run(what, call)
    })

  submit('fault-form', 'Add fault', () => {
    const retryAfter = value('fault-retry')
    const name = value('fault-function')
    return api('faults', 'POST', {
      status: Number(value('fault-status')),
      times: Number(value('fault-times')),
      ...(retryAfter ? { retryAfter: Number(retryAfter) } : {}),
      ...(name ? { match: { function: name } } : {}),
    })
  })
  click('fault-clear', 'Clear faults', () => api('faults', 'DELETE'))
  click('throttling-on', 'Throttle', () => api('throttling', 'POST', { enabled: true }))
  click('throttling-off', 'Do not throttle', () => api('throttling', 'POST', { enabled: false }))
  click('clock-freeze', 'Freeze the clock', () => api('clock', 'POST', { freeze: true }))
  click('clock-resume', 'Resume the clock', () => api('clock', 'POST', { resume: true }))
  click('clock-set-button', 'Set the clock', () => api('clock', 'POST', { set: value('clock-set') }))
  click('clock-advance-button', 'Advance the clock', () =>
    api('clock', 'POST', { advance: Number(value('clock-advance')) * 1000 }),
  )
  const conceal = byId<HTMLInputElement>('conceal')
  conceal.addEventListener(
    'change',
    () =>
      void run(conceal.checked ? 'Conceal names' : 'Show names', () =>
        api('settings', 'POST', { displayConcealedNames: conceal.checked }),
      ),
  )
  submit('tenant-form', 'Generate tenant', () =>
    api('tenant', 'POST', { seed: Number(value('tenant-seed')), users: Number(value('tenant-users')) }),
  )
  click('tenant-load', 'Load tenant file', async () => {
    const file = byId<HTMLInputElement>('tenant-file').files?.[0]
    if (!file) throw new Error('choose a tenant file first')
    let tenant: unknown
    try {
      tenant = JSON.parse(await file.text())
    } catch {
      throw new Error(`${file.name} is not JSON`)
    }
    return api('tenant', 'POST', { tenant })
  })

  const refresh = async () => {
    const [faults, clock, settings] = await Promise.all([
      api<{ scripted: ScriptedFault[] }>('faults'),
      api<{ now: string; frozen: boolean }>('clock'),
      api<{ displayConcealedNames: boolean }>('settings'),
    ])
    byId('fault-list').replaceChildren(
      ...(faults.scripted.length === 0
        ? [h('li', {}, 'No faults.')]
        : faults.scripted.map((fault) =>
            h(
              'li',
              {},
              `${fault.status ?? 'effect'} × ${fault.times}`,
              fault.retryAfter === undefined ? '' : `, Retry-After ${fault.retryAfter} s`,
              fault.match?.function ? `, for ${fault.match.function}` : ', for any call',
            ),
          )),
    )
    byId('clock-now').textContent = `${clock.now}${clock.frozen ? ', frozen' : ''}`
    conceal.checked = settings.displayConcealedNames
  }
  return { load: refresh }
}
