/**
 * Turns the hidden two-select form on /compare/ on: it opens the pair's page when there is one, and says
 * plainly when two roles are not compared, linking both. Without JavaScript the list of links does the job.
 */

function slugFor(a: string, b: string): string {
  return [a, b].sort().join('-vs-');
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

export function enhanceComparePicker(): void {
  const form = document.querySelector<HTMLFormElement>('[data-compare-picker]');
  const message = form?.querySelector<HTMLElement>('[data-picker-message]');
  const first = form?.querySelector<HTMLSelectElement>('select[name=a]');
  const second = form?.querySelector<HTMLSelectElement>('select[name=b]');
  if (!form || !message || !first || !second) return;
  const pairs = new Set((form.dataset.pairs ?? '').split(' ').filter(Boolean));
  const roleUrl = (slug: string) => (form.dataset.roleUrl ?? '/roles/ROLE/').replace('ROLE', slug);
  const compareUrl = (slug: string) => (form.dataset.compareUrl ?? '/compare/A-vs-B/').replace('A-vs-B', slug);
  const titleOf = (select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? select.value;

  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const a = first.value;
    const b = second.value;
    if (a === b) {
      message.replaceChildren(`Choose two different roles. `, link(roleUrl(a), `${titleOf(first)} has its own page`), '.');
      return;
    }
    const slug = slugFor(a, b);
    if (pairs.has(slug)) {
      window.location.assign(compareUrl(slug));
      return;
    }
    message.replaceChildren(
      `There is no side-by-side page for ${titleOf(first)} and ${titleOf(second)}: the guide only compares roles it lists as related. See `,
      link(roleUrl(a), titleOf(first)),
      ' and ',
      link(roleUrl(b), titleOf(second)),
      '.',
    );
  });
}
