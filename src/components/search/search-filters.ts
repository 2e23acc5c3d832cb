/**
 * The search filters: which pagefind filters the panel offers, how ticked boxes become a pagefind
 * filter query and an address (?family=…), and the checkboxes themselves, built from the index's counts.
 */
import type { FilterSelection } from './pagefind-api.ts';
import { filterOrder } from '../../lib/taxonomy.ts';
import { element } from './search-dom.ts';

interface FilterGroup {
  key: string;
  legend: string;
  // any: a result matches one ticked value (a role has one family); all: it has every ticked value.
  mode: 'any' | 'all';
  // Long lists sit folded under this heading; the legend stays for screen readers.
  foldedUnder?: string;
}

const filterGroups: FilterGroup[] = [
  { key: 'kind', legend: 'Kind of page', mode: 'any' },
  { key: 'family', legend: 'Family', mode: 'any' },
  { key: 'seniority', legend: 'Seniority', mode: 'any' },
  { key: 'region', legend: 'Pay figures for', mode: 'any' },
  { key: 'skills', legend: 'Skills (roles need every one you tick)', mode: 'all', foldedUnder: 'Skills' },
];

/** Ticked values by filter key. */
export type Selection = Record<string, string[]>;

export function selectionFrom(params: URLSearchParams): Selection {
  const chosen: Selection = {};
  for (const group of filterGroups) {
    const values = params.getAll(group.key).filter(Boolean);
    if (values.length > 0) chosen[group.key] = values;
  }
  return chosen;
}

export function toPagefindFilters(chosen: Selection): FilterSelection {
  const filters: FilterSelection = {};
  for (const group of filterGroups) {
    const values = chosen[group.key];
    if (values?.length) filters[group.key] = group.mode === 'any' ? { any: values } : { all: values };
  }
  return filters;
}

export function isEmpty(chosen: Selection): boolean {
  return Object.values(chosen).every((values) => values.length === 0);
}

/** The panel's filter box: empty until `build` gets the index's values, then a fieldset per filter. */
export function filterBox(box: HTMLElement) {
  // Families and seniorities in the order the guide ranks them (the labels role pages give pagefind).
  const order: Record<string, string[]> = filterOrder;
  let pending: Selection = {};
  let built = false;
  const checkboxes = () => box.querySelectorAll<HTMLInputElement>('input[type=checkbox]');

  const selection = (): Selection => {
    if (!built) return pending;
    const chosen: Selection = {};
    for (const checkbox of box.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) (chosen[checkbox.name] ??= []).push(checkbox.value);
    return chosen;
  };

  const sortedValues = (key: string, counts: Record<string, number>) => {
    const rank = order[key] ?? [];
    const position = (value: string) => (rank.includes(value) ? rank.indexOf(value) : rank.length);
    return Object.keys(counts).sort((a, b) => position(a) - position(b) || a.localeCompare(b, 'en'));
  };

  const build = (available: Record<string, Record<string, number>>) => {
    for (const group of filterGroups) {
      const counts = available[group.key] ?? {};
      const values = sortedValues(group.key, counts);
      if (values.length === 0) continue;
      const fieldset = element('fieldset', 'search-filter');
      fieldset.append(element('legend', group.foldedUnder ? 'visually-hidden' : undefined, group.legend));
      const list = element('ul', 'search-filter-options');
      for (const value of values) {
        const item = element('li');
        const label = element('label');
        const checkbox = element('input');
        checkbox.type = 'checkbox';
        checkbox.name = group.key;
        checkbox.value = value;
        checkbox.checked = pending[group.key]?.includes(value) ?? false;
        label.append(checkbox, ` ${value} `, element('span', 'search-filter-count', `(${counts[value]})`));
        item.append(label);
        list.append(item);
      }
      fieldset.append(list);
      if (group.foldedUnder) {
        const details = element('details', 'search-filter-more');
        details.open = (pending[group.key]?.length ?? 0) > 0;
        details.append(element('summary', undefined, group.foldedUnder), fieldset);
        box.append(details);
      } else {
        box.append(fieldset);
      }
    }
    built = true;
    box.hidden = false;
  };

  const updateCounts = (counts: Record<string, Record<string, number>>) => {
    for (const checkbox of checkboxes()) {
      const count = checkbox.parentElement?.querySelector('.search-filter-count');
      if (count) count.textContent = `(${counts[checkbox.name]?.[checkbox.value] ?? 0})`;
    }
  };

  const set = (chosen: Selection) => {
    pending = chosen;
    for (const checkbox of checkboxes()) checkbox.checked = chosen[checkbox.name]?.includes(checkbox.value) ?? false;
  };

  return { selection, build, updateCounts, set, hasPending: () => Object.keys(pending).length > 0 };
}
