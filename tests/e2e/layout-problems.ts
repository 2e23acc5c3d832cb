/**
 * What makes a page fail its layout at a width, read in the browser: it scrolls sideways, or a table wider than the
 * space it is given is not in a labelled, keyboard-focusable region that scrolls on its own and shows that it does.
 */

/** Problems a page has at the current width, read in the browser. */
export function layoutProblems(): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) problems.push(`page scrolls sideways: ${root.scrollWidth} px of content in ${root.clientWidth} px`);
  const describe = (element: Element) =>
    `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.getAttribute('class') ? `.${element.getAttribute('class')!.split(' ').join('.')}` : ''}`;
  for (const table of document.querySelectorAll('table')) {
    const container = table.parentElement;
    if (!container || table.getClientRects().length === 0) continue;
    if (table.getBoundingClientRect().width <= container.clientWidth + 1) continue;
    const region = table.closest('[role="region"], section');
    const labelledBy = region?.getAttribute('aria-labelledby');
    const name = region?.getAttribute('aria-label') || (labelledBy ? document.getElementById(labelledBy)?.textContent?.trim() : '');
    const style = region ? getComputedStyle(region) : undefined;
    if (!region || !name) problems.push(`${describe(table)} is wider than its container and not in a labelled region`);
    else if (region.getAttribute('tabindex') !== '0')
      problems.push(`${describe(table)} scrolls in ${describe(region)}, which keyboard users cannot focus (tabindex="0")`);
    else if (!['auto', 'scroll'].includes(style!.overflowX)) problems.push(`${describe(table)} is wider than ${describe(region)}, which does not scroll`);
    else if (style!.boxShadow === 'none') problems.push(`${describe(region)} scrolls with no visible cue (an edge shadow)`);
  }
  return problems;
}

/** The widths every page must fit: a 320 px phone and a 1280 px laptop. */
export const layoutWidths = [320, 1280] as const;
