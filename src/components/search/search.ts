/**
 * The search UI: a panel (query box, filters, live status, results) used by the header dialog and by the
 * search page. Loaded only after a reader shows intent; it builds every element with DOM calls, so it
 * needs no inline script or style and never inserts HTML it has not taken apart first.
 */
import { filterOrder } from '../../lib/taxonomy.ts';
import { filtersSummary, searchHint } from './search-text.ts';
import { loadPagefind, type FilterSelection, type Pagefind, type ResultData } from './pagefind-api.ts';

interface FilterGroup {
  key: string;
  legend: string;
  // any: a result matches one ticked value (a role has one family); all: it has every ticked value.
  mode: 'any' | 'all';
  collapsed?: boolean;
}

const filterGroups: FilterGroup[] = [
  { key: 'kind', legend: 'Kind of page', mode: 'any' },
  { key: 'family', legend: 'Family', mode: 'any' },
  { key: 'seniority', legend: 'Seniority', mode: 'any' },
  { key: 'region', legend: 'Pay figures for', mode: 'any' },
  { key: 'skills', legend: 'Skills (roles need every one you tick)', mode: 'all', collapsed: true },
];

type Selection = Record<string, string[]>;

interface PanelOptions {
  // Most results to show; the dialog links to the search page for the rest.
  limit: number;
  onSubmit: (query: string, selection: Selection) => void;
  onChange?: (query: string, selection: Selection) => void;
}

interface Panel {
  input: HTMLInputElement;
  set: (query: string, selection: Selection) => void;
  run: () => Promise<void>;
}

interface SearchConfig {
  bundlePath: string;
  baseUrl: string;
}

function config(): SearchConfig {
  const trigger = document.querySelector<HTMLElement>('[data-search-trigger]');
  return { bundlePath: trigger?.dataset.bundle ?? '/pagefind/', baseUrl: trigger?.dataset.base ?? '/' };
}

const settings = config();
// Start fetching pagefind as soon as intent has loaded this module, so results are ready by the first keystroke.
const pagefindReady: Promise<Pagefind> = loadPagefind(settings.bundlePath, settings.baseUrl);

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Copies pagefind's excerpt as text plus <mark> elements only; anything else in it becomes plain text. */
function appendExcerpt(target: HTMLElement, html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const node of parsed.body.childNodes) {
    if (node.nodeName === 'MARK') target.append(element('mark', undefined, node.textContent ?? ''));
    else target.append(document.createTextNode(node.textContent ?? ''));
  }
}

function searchPageUrl(query: string, selection: Selection): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [key, values] of Object.entries(selection)) values.forEach((value) => params.append(key, value));
  const search = params.toString();
  return `${settings.baseUrl.replace(/\/$/, '')}/search/${search ? `?${search}` : ''}`;
}

function mountPanel(root: HTMLElement, options: PanelOptions): Panel {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const results = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const order: Record<string, string[]> = filterOrder;
  let pending: Selection = {};
  let generation = 0;
  let filtersBuilt = false;

  const selection = (): Selection => {
    if (!filtersBuilt) return pending;
    const chosen: Selection = {};
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) (chosen[box.name] ??= []).push(box.value);
    return chosen;
  };

  const toPagefindFilters = (chosen: Selection): FilterSelection => {
    const filters: FilterSelection = {};
    for (const group of filterGroups) {
      const values = chosen[group.key];
      if (values?.length) filters[group.key] = group.mode === 'any' ? { any: values } : { all: values };
    }
    return filters;
  };

  const buildFilters = (available: Record<string, Record<string, number>>) => {
    for (const group of filterGroups) {
      const counts = available[group.key] ?? {};
      const rank = order[group.key] ?? [];
      const values = Object.keys(counts).sort((a, b) => {
        const known = (rank.includes(a) ? rank.indexOf(a) : rank.length) - (rank.includes(b) ? rank.indexOf(b) : rank.length);
        return known || a.localeCompare(b, 'en');
      });
      if (values.length === 0) continue;
      const fieldset = element('fieldset', 'search-filter');
      fieldset.append(element('legend', undefined, group.legend));
      const list = element('ul', 'search-filter-options');
      for (const value of values) {
        const item = element('li');
        const label = element('label');
        const box = element('input');
        box.type = 'checkbox';
        box.name = group.key;
        box.value = value;
        box.checked = pending[group.key]?.includes(value) ?? false;
        label.append(box, ` ${value} `, element('span', 'search-filter-count', `(${counts[value]})`));
        item.append(label);
        list.append(item);
      }
      fieldset.append(list);
      if (group.collapsed) {
        const details = element('details', 'search-filter-more');
        details.open = (pending[group.key]?.length ?? 0) > 0;
        details.append(element('summary', undefined, group.legend.split(' (')[0]), fieldset);
        filterBox.append(details);
      } else {
        filterBox.append(fieldset);
      }
    }
    filtersBuilt = true;
    filterBox.hidden = false;
  };

  const updateCounts = (counts: Record<string, Record<string, number>>) => {
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      const count = box.parentElement?.querySelector('.search-filter-count');
      if (count) count.textContent = `(${counts[box.name]?.[box.value] ?? 0})`;
    }
  };

  const renderResult = (data: ResultData, index: number): HTMLLIElement => {
    const item = element('li', 'search-hit');
    const detailsId = `${root.id}-hit-${index}`;
    const link = element('a', 'search-hit-link', data.meta.title ?? data.url);
    link.href = data.url;
    link.setAttribute('aria-describedby', detailsId);
    const details = element('div', 'search-hit-details');
    details.id = detailsId;
    // Every hit says what it is: a role guide (with family and level), an official occupation (with its code) or a skill.
    const kind =
      data.meta.kind === 'Skill'
        ? `Skill · ${data.meta.roles ?? ''}`
        : data.meta.soc
          ? `${data.meta.kind ?? 'Occupation'} · SOC ${data.meta.soc}`
          : ['Role guide', data.meta.family, data.meta.seniority].filter(Boolean).join(' · ');
    if (kind) details.append(element('p', 'search-hit-kind', kind));
    if (data.meta.pay) details.append(element('p', 'search-hit-pay', data.meta.pay));
    const excerpt = element('p', 'search-hit-excerpt');
    if (data.excerpt) appendExcerpt(excerpt, data.excerpt);
    else excerpt.textContent = data.meta.summary ?? '';
    details.append(excerpt);
    item.append(link, details);
    return item;
  };

  const describe = (count: number, query: string, chosen: Selection): string => {
    const filterCount = Object.values(chosen).reduce((sum, values) => sum + values.length, 0);
    const what = count === 1 ? '1 result' : `${count} results`;
    const forQuery = query ? ` for “${query}”` : '';
    const withFilters = filterCount > 0 ? ` with ${filterCount === 1 ? '1 filter' : `${filterCount} filters`}` : '';
    if (count === 0) return `No results${forQuery}${withFilters}. Try another word, a skill name, or fewer filters.`;
    const shown = count > options.limit ? `, showing the first ${options.limit}` : '';
    return `${what}${forQuery}${withFilters}${shown}.`;
  };

  const run = async () => {
    const query = input.value.trim();
    const chosen = selection();
    const current = (generation += 1);
    options.onChange?.(query, chosen);
    if (!query && Object.values(chosen).every((values) => values.length === 0)) {
      results.replaceChildren();
      status.textContent = '';
      root.removeAttribute('aria-busy');
      return;
    }
    root.setAttribute('aria-busy', 'true');
    const pagefind = await pagefindReady;
    const response = await pagefind.debouncedSearch(query || null, { filters: toPagefindFilters(chosen) }, 160);
    // A newer keystroke or filter change superseded this search.
    if (response === null || current !== generation) return;
    const data = await Promise.all(response.results.slice(0, options.limit).map((result) => result.data()));
    if (current !== generation) return;
    results.replaceChildren(...data.map(renderResult));
    if (response.results.length > options.limit) {
      const more = element('li', 'search-more');
      const link = element('a', undefined, `All ${response.results.length} results on the search page`);
      link.href = searchPageUrl(query, chosen);
      more.append(link);
      results.append(more);
    }
    updateCounts(response.filters);
    status.textContent = describe(response.results.length, query, chosen);
    root.removeAttribute('aria-busy');
  };

  const set = (query: string, chosen: Selection) => {
    input.value = query;
    pending = chosen;
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = chosen[box.name]?.includes(box.value) ?? false;
  };

  input.addEventListener('input', () => void run());
  filterBox.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    options.onSubmit(input.value.trim(), selection());
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
  const details = filterBox as HTMLDetailsElement;
  let filtersRequested: Promise<void> | undefined;
  const loadFilters = () =>
    (filtersRequested ??= pagefindReady.then(async (pagefind) => {
      buildFilters(await pagefind.filters());
    }));
  details.addEventListener('toggle', () => {
    if (details.open) void loadFilters();
  });
  void pagefindReady.then(async () => {
    details.hidden = false;
    if (details.open || Object.keys(pending).length > 0) await loadFilters();
    if (input.value.trim() || Object.keys(pending).length > 0) void run();
  });
  return { input, set, run };
}

let dialogPanel: Panel | undefined;

/** Adds what SearchPanel leaves out of the header dialog (formOnly): the hint, the live status, the filters and the results. */
function completePanel(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  if (!form || !input || root.querySelector('[data-search-results]')) return;
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, text = '') => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.textContent = text;
    return node;
  };
  const hintId = `${root.id}-hint`;
  form.append(make('p', { id: hintId, class: 'note' }, searchHint));
  input.setAttribute('aria-describedby', hintId);
  const filters = make('details', { class: 'search-filters', 'data-search-filters': '', hidden: '' });
  filters.append(make('summary', {}, filtersSummary));
  root.append(
    make('p', { class: 'search-status', role: 'status', 'data-search-status': '' }),
    filters,
    make('ol', { class: 'search-results', 'aria-label': 'Search results', 'data-search-results': '' }),
  );
}

/** Opens the header's search dialog; focus goes back to the trigger when it closes. */
export function openSearchDialog(trigger: HTMLFormElement): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const root = dialog?.querySelector<HTMLElement>('[data-search-panel]');
  if (!dialog || !root) {
    trigger.submit();
    return;
  }
  if (!dialogPanel) {
    completePanel(root);
    dialogPanel = mountPanel(root, { limit: 5, onSubmit: (query, selection) => window.location.assign(searchPageUrl(query, selection)) });
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

function selectionFrom(params: URLSearchParams): Selection {
  const chosen: Selection = {};
  for (const group of filterGroups) {
    const values = params.getAll(group.key).filter(Boolean);
    if (values.length > 0) chosen[group.key] = values;
  }
  return chosen;
}

/** Runs the search page: the query and filters come from, and go back to, the address bar. */
export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page] [data-search-panel]');
  if (!root) return;
  const sync = (query: string, selection: Selection) => window.history.replaceState(null, '', searchPageUrl(query, selection));
  const panel = mountPanel(root, { limit: 50, onSubmit: (query, selection) => { sync(query, selection); void panel.run(); }, onChange: sync });
  const params = new URLSearchParams(window.location.search);
  panel.set(params.get('q') ?? '', selectionFrom(params));
  for (const note of document.querySelectorAll<HTMLElement>('[data-search-no-js]')) note.hidden = true;
}
