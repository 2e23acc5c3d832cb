/**
 * Turns the hidden form on /compare/ on. A pair with a page of its own opens that page; any other pair
 * is compared right here from the JSON API (the code for that loads only then), and the address gets
 * ?a=…&b= so the comparison can be shared. Without JavaScript the list of comparison pages does the job.
 */
import { idToken } from '../../lib/element-ids.ts';

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
  const first = form?.querySelector<HTMLInputElement>('input[name=a]');
  const second = form?.querySelector<HTMLInputElement>('input[name=b]');
  const output = document.querySelector<HTMLElement>('[data-live-comparison]');
  if (!form || !message || !first || !second || !output) return;
  const template = (name: string, fallback: string) => form.dataset[name] ?? fallback;
  const roleUrl = (slug: string) => template('roleUrl', '/roles/ROLE/').replace('ROLE', slug);
  const compareUrl = (slug: string) => template('compareUrl', '/compare/A-vs-B/').replace('A-vs-B', slug);
  // Titles and slugs from the datalist, and the pages that exist from the list of links below the form.
  const options = [...form.querySelectorAll<HTMLOptionElement>('datalist option')];
  const slugByTitle = new Map(options.map((option) => [option.value.toLowerCase(), option.dataset.slug ?? '']));
  const titleBySlug = new Map(options.map((option) => [option.dataset.slug ?? '', option.value]));
  const pages = new Set([...document.querySelectorAll<HTMLAnchorElement>('.comparison-index a')].map((anchor) => new URL(anchor.href).pathname));

  const compareLive = async (a: string, b: string) => {
    message.replaceChildren('Loading the two roles…');
    try {
      const { renderLiveComparison } = await import('./compare-live.ts');
      await renderLiveComparison(output, a, b, {
        api: (slug) => template('apiUrl', '/api/roles/ROLE.json').replace('ROLE', slug),
        role: roleUrl,
        skill: (id) => template('skillUrl', '/skills/SKILL/').replace('SKILL', id),
        source: (id) => template('sourceUrl', '/sources/#source-SOURCE').replace('SOURCE', idToken(id)),
      });
      message.replaceChildren(`${titleBySlug.get(a) ?? a} and ${titleBySlug.get(b) ?? b}, side by side below.`);
    } catch (error) {
      output.replaceChildren();
      message.replaceChildren(
        `The comparison could not be loaded (${(error as Error).message}). See `,
        link(roleUrl(a), titleBySlug.get(a) ?? a),
        ' and ',
        link(roleUrl(b), titleBySlug.get(b) ?? b),
        '.',
      );
    }
  };

  const resolve = (input: HTMLInputElement): string | undefined => {
    const slug = slugByTitle.get(input.value.trim().toLowerCase());
    if (slug) input.removeAttribute('aria-invalid');
    else input.setAttribute('aria-invalid', 'true');
    return slug;
  };

  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const a = resolve(first);
    const b = resolve(second);
    if (!a || !b) {
      message.replaceChildren(`Choose ${!a ? 'the first' : 'the second'} role from the list of roles.`);
      return;
    }
    if (a === b) {
      output.replaceChildren();
      message.replaceChildren('Choose two different roles. ', link(roleUrl(a), `${titleBySlug.get(a) ?? a} has its own page`), '.');
      return;
    }
    const href = compareUrl(slugFor(a, b));
    if (pages.has(new URL(href, window.location.href).pathname)) {
      window.location.assign(href);
      return;
    }
    const address = new URL(window.location.href);
    address.search = new URLSearchParams({ a, b }).toString();
    window.history.replaceState(null, '', address);
    void compareLive(a, b);
  });

  // A shared address (?a=…&b=…) opens with its comparison.
  const params = new URLSearchParams(window.location.search);
  const a = params.get('a');
  const b = params.get('b');
  if (a && b && titleBySlug.has(a) && titleBySlug.has(b) && a !== b) {
    first.value = titleBySlug.get(a)!;
    second.value = titleBySlug.get(b)!;
    void compareLive(a, b);
  }
}
