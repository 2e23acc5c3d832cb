/** The few DOM helpers the search UI builds its elements with: no HTML strings, no inline styles. */

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A list item holding one link, as the results list ends with ("All 12 results …", "Every role …"). */
export function linkItem(className: string, text: string, href: string): HTMLLIElement {
  const item = element('li', className);
  const link = element('a', undefined, text);
  link.href = href;
  item.append(link);
  return item;
}

/** Copies pagefind's excerpt as text plus <mark> elements only; anything else in it becomes plain text. */
export function appendExcerpt(target: HTMLElement, html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const node of parsed.body.childNodes) {
    if (node.nodeName === 'MARK') target.append(element('mark', undefined, node.textContent ?? ''));
    else target.append(document.createTextNode(node.textContent ?? ''));
  }
}
