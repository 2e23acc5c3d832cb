/**
 * The search UI: a panel (query box, filters, live status, results) used by the header dialog and by the
 * search page. Loaded only after a reader shows intent; it builds every element with DOM calls, so it
 * needs no inline script or style and never inserts HTML it has not taken apart first.
 */
import { loadPagefind, type Pagefind, type SearchResponse } from './pagefind-api.ts';
import { element, linkItem } from './search-dom.ts';
import { filterBox, isEmpty, selectionFrom, toPagefindFilters, type Selection } from './search-filters.ts';
import { describeResults, renderResult } from './search-results.ts';
import { filtersSummary, searchHint } from './search-text.ts';

interface PanelOptions {
  // Results to list at first, and how many more each "Show more" adds on the search page.
  limit: number;
  // Where the rest of the results are: a link to the search page (the dialog) or a "Show more" button (the page).
  more: 'link' | 'button';
  onSubmit: (query: string, selection: Selection) => void;
  onChange?: (query: string, selection: Selection) => void;
}

interface Panel {
  input: HTMLInputElement;
  set: (query: string, selection: Selection) => void;
  run: () => Promise<void>;
}

function config(): { bundlePath: string; baseUrl: string } {
  const trigger = document.querySelector<HTMLElement>('[data-search-trigger]');
  return { bundlePath: trigger?.dataset.bundle ?? '/pagefind/', baseUrl: trigger?.dataset.base ?? '/' };
}

const settings = config();
const siteUrl = (path: string) => `${settings.baseUrl.replace(/\/$/, '')}/${path}`;
// Start fetching pagefind as soon as intent has loaded this module, so results are ready by the first keystroke.
const pagefindReady: Promise<Pagefind> = loadPagefind(settings.bundlePath, settings.baseUrl);

function searchPageUrl(query: string, selection: Selection): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [key, values] of Object.entries(selection)) values.forEach((value) => params.append(key, value));
  const search = params.toString();
  return siteUrl(`search/${search ? `?${search}` : ''}`);
}

function mountPanel(root: HTMLElement, options: PanelOptions): Panel {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const details = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const results = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const filters = filterBox(details);
  let generation = 0;

  // Offline, blocked, or a dev server before the first build: say so, and point at the full list of roles.
  const unavailable = () => {
    status.textContent = 'Search could not load. Every role is listed on the roles page.';
    results.replaceChildren(linkItem('search-more', 'Every role, with its pay', siteUrl('roles/')));
    root.removeAttribute('aria-busy');
  };

  const appendResults = async (response: SearchResponse, from: number, current: number): Promise<HTMLLIElement[] | undefined> => {
    const data = await Promise.all(response.results.slice(from, from + options.limit).map((result) => result.data()));
    if (current !== generation) return undefined;
    const items = data.map((entry, offset) => renderResult(entry, `${root.id}-hit-${from + offset}`));
    results.append(...items);
    return items;
  };

  /** What follows the listed results when there are more: a link to the search page, or a button for the next batch. */
  const offerMore = (response: SearchResponse, shown: number, query: string, chosen: Selection, current: number) => {
    results.querySelector(':scope > .search-more')?.remove();
    status.textContent = describeResults(response.results.length, query, chosen, shown);
    if (response.results.length <= shown) return;
    if (options.more === 'link') {
      results.append(linkItem('search-more', `All ${response.results.length} results on the search page`, searchPageUrl(query, chosen)));
      return;
    }
    const item = element('li', 'search-more');
    const button = element('button', undefined, `Show ${Math.min(options.limit, response.results.length - shown)} more of ${response.results.length}`);
    button.type = 'button';
    button.addEventListener('click', () => {
      item.remove();
      void appendResults(response, shown, current).then((added) => {
        if (!added) return;
        added[0]?.querySelector('a')?.focus();
        offerMore(response, shown + added.length, query, chosen, current);
      });
    });
    item.append(button);
    results.append(item);
  };

  const run = async () => {
    const query = input.value.trim();
    const chosen = filters.selection();
    const current = (generation += 1);
    options.onChange?.(query, chosen);
    if (!query && isEmpty(chosen)) {
      results.replaceChildren();
      status.textContent = '';
      root.removeAttribute('aria-busy');
      return;
    }
    root.setAttribute('aria-busy', 'true');
    let pagefind: Pagefind;
    try {
      pagefind = await pagefindReady;
    } catch {
      unavailable();
      return;
    }
    const response = await pagefind.debouncedSearch(query || null, { filters: toPagefindFilters(chosen) }, 160);
    // A newer keystroke or filter change superseded this search.
    if (response === null || current !== generation) return;
    const data = await Promise.all(response.results.slice(0, options.limit).map((result) => result.data()));
    if (current !== generation) return;
    results.replaceChildren(...data.map((entry, index) => renderResult(entry, `${root.id}-hit-${index}`)));
    offerMore(response, data.length, query, chosen, current);
    filters.updateCounts(response.filters);
    root.removeAttribute('aria-busy');
  };

  const set = (query: string, chosen: Selection) => {
    input.value = query;
    filters.set(chosen);
  };

  input.addEventListener('input', () => void run());
  details.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    options.onSubmit(input.value.trim(), filters.selection());
  });
  // Arrow keys move between the query box and the result links; Tab works too, Enter follows a link.
  root.addEventListener('keydown', (event) => {
    const links = [...results.querySelectorAll<HTMLAnchorElement>('a')];
    const index = links.indexOf(event.target as HTMLAnchorElement);
    const move = (target: HTMLElement | undefined) => {
      if (!target) return;
      event.preventDefault();
      target.focus();
    };
    if (event.target === input && event.key === 'ArrowDown') move(links[0]);
    else if (index >= 0 && event.key === 'ArrowDown') move(links[index + 1]);
    else if (index >= 0 && event.key === 'ArrowUp') move(index === 0 ? input : links[index - 1]);
    else if (index >= 0 && event.key === 'Home') move(links[0]);
    else if (index >= 0 && event.key === 'End') move(links.at(-1));
  });
  // Filter values and counts are fetched only when the reader opens the filters (or arrives with some chosen):
  // loading every filter's index up front would more than double the first query's download on a large site.
  let filtersRequested: Promise<void> | undefined;
  const loadFilters = () =>
    (filtersRequested ??= pagefindReady.then(async (pagefind) => {
      filters.build(await pagefind.filters());
    }));
  details.addEventListener('toggle', () => {
    if (details.open) void loadFilters().catch(unavailable);
  });
  pagefindReady.then(async () => {
    details.hidden = false;
    if (details.open || filters.hasPending()) await loadFilters();
    if (input.value.trim() || filters.hasPending()) void run();
  }, unavailable);
  return { input, set, run };
}

let dialogPanel: Panel | undefined;

/** Adds what SearchPanel leaves out of the header dialog (formOnly): the hint, the live status, the filters and the results. */
function completePanel(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  if (!form || !input || root.querySelector('[data-search-results]')) return;
  const hint = element('p', 'note', searchHint);
  hint.id = `${root.id}-hint`;
  form.append(hint);
  input.setAttribute('aria-describedby', hint.id);
  const status = element('p', 'search-status');
  status.setAttribute('role', 'status');
  status.dataset.searchStatus = '';
  const filters = element('details', 'search-filters');
  filters.dataset.searchFilters = '';
  filters.hidden = true;
  filters.append(element('summary', undefined, filtersSummary));
  const results = element('ol', 'search-results');
  results.setAttribute('aria-label', 'Search results');
  results.dataset.searchResults = '';
  root.append(status, filters, results);
}

/** Opens the header's search dialog; focus goes back to the trigger when it closes. */
function openSearchDialog(trigger: HTMLFormElement): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const root = dialog?.querySelector<HTMLElement>('[data-search-panel]');
  if (!dialog || !root) {
    trigger.submit();
    return;
  }
  if (!dialogPanel) {
    completePanel(root);
    dialogPanel = mountPanel(root, { limit: 5, more: 'link', onSubmit: (query, selection) => window.location.assign(searchPageUrl(query, selection)) });
    // A click on the backdrop (the dialog element itself, outside its content box) closes it.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  }
  // Normally the intent script has opened the dialog already and the reader may be typing: keep what they typed.
  if (!dialog.open) {
    dialog.showModal();
    dialogPanel.input.focus();
    dialogPanel.input.select();
  } else if (!dialog.contains(document.activeElement)) {
    dialogPanel.input.focus();
  }
}

/** Wires the header trigger to the dialog once this module has loaded (see search-intent.ts). */
export function connectSearchTrigger(): void {
  const trigger = document.querySelector<HTMLFormElement>('[data-search-trigger]');
  if (!trigger || 'searchReady' in trigger.dataset) return;
  trigger.addEventListener('search:open', () => openSearchDialog(trigger));
  trigger.dataset.searchReady = '';
  if (trigger.dataset.searchIntent === 'open') {
    delete trigger.dataset.searchIntent;
    openSearchDialog(trigger);
  }
}

/** Runs the search page: the query and filters come from, and go back to, the address bar. */
export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page] [data-search-panel]');
  if (!root) return;
  const sync = (query: string, selection: Selection) => window.history.replaceState(null, '', searchPageUrl(query, selection));
  const panel = mountPanel(root, {
    limit: 50,
    more: 'button',
    onSubmit: (query, selection) => {
      sync(query, selection);
      void panel.run();
    },
    onChange: sync,
  });
  const params = new URLSearchParams(window.location.search);
  panel.set(params.get('q') ?? '', selectionFrom(params));
  for (const note of document.querySelectorAll<HTMLElement>('[data-search-no-js]')) note.hidden = true;
}
