import { byId } from './dom'

/**
 * The views as a tab list (WAI-ARIA's tabs pattern): one tab in the tab order, arrow keys, Home
 * and End move between them, and `shown` tells a view it is on screen.
 */
export function tabs(shown: (view: string) => void): void {
  const list = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')]
  const select = (tab: HTMLButtonElement, focus: boolean) => {
    for (const other of list) {
      const selected = other === tab
      other.setAttribute('aria-selected', String(selected))
      other.tabIndex = selected ? 0 : -1
      byId(other.getAttribute('aria-controls') as string).hidden = !selected
    }
    if (focus) tab.focus()
    shown(tab.id.replace('tab-', ''))
  }
  for (const [index, tab] of list.entries()) {
    tab.addEventListener('click', () => select(tab, false))
    tab.addEventListener('keydown', (event) => {
      const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: list.length - 1 }[event.key]
      if (next === undefined) return
      event.preventDefault()
      select(list[(next + list.length) % list.length] as HTMLButtonElement, true)
    })
  }
}
