/** One search result as the reader sees it, and the status line that says how many there are. */
import type { ResultData } from './pagefind-api.ts';
import { appendExcerpt, element } from './search-dom.ts';
import type { Selection } from './search-filters.ts';

/** A result: its title as the link, then what it is (role guide, official occupation or skill), headline pay and an excerpt. */
export function renderResult(data: ResultData, detailsId: string): HTMLLIElement {
  const item = element('li', 'search-hit');
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
}

/** "3 results for “sql” with 1 filter.", or what to try when there are none; `shown` is how many are listed. */
export function describeResults(count: number, query: string, chosen: Selection, shown: number): string {
  const filterCount = Object.values(chosen).reduce((sum, values) => sum + values.length, 0);
  const what = count === 1 ? '1 result' : `${count} results`;
  const forQuery = query ? ` for “${query}”` : '';
  const withFilters = filterCount > 0 ? ` with ${filterCount === 1 ? '1 filter' : `${filterCount} filters`}` : '';
  if (count === 0) return `No results${forQuery}${withFilters}. Try another word, a skill name, or fewer filters.`;
  const partly = count > shown ? `, showing the first ${shown}` : '';
  return `${what}${forQuery}${withFilters}${partly}.`;
}
