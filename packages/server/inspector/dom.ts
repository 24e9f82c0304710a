/** Children an element is made with: text is set as text, never parsed as HTML. */
type Child = Node | string | number | null | undefined | false

/** An element with attributes and children: the page builds every node from data this way. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue
    element.setAttribute(name, value === true ? '' : value)
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    element.append(typeof child === 'number' ? String(child) : child)
  }
  return element
}

/** An element the page's HTML must have: a missing one is a defect of the page, said at once. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id)
  if (!element) throw new Error(`The inspector's page has no #${id}`)
  return element as T
}

/** Replaces a table body's rows. */
export function fillRows(body: HTMLTableSectionElement, rows: HTMLTableRowElement[]): void {
  body.replaceChildren(...rows)
}

export function row(...cells: Child[]): HTMLTableRowElement {
  return h('tr', {}, ...cells.map((cell) => h('td', {}, cell)))
}
