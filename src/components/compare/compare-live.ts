/**
 * A comparison of any two roles in the browser, from their JSON API files, for pairs that have no page
 * of their own. The same rules as the comparison pages (src/lib/pay-match.ts): pay is set against pay
 * only from one source, currency, region and period, and a top-coded floor is never subtracted.
 */
import type { RoleDetail } from '../../lib/api/schemas.ts';
import { formatChange, formatMoney, formatPercent } from '../../lib/format.ts';
import { regionName } from '../../lib/regions.ts';
import { matchRows, notComparableReason, payDifference, sameBasisKey, statisticNames, type PayDifference } from '../../lib/pay-match.ts';

export interface LiveUrls {
  api: (slug: string) => string;
  role: (slug: string) => string;
  skill: (id: string) => string;
  source: (id: string) => string;
}

type PayRow = RoleDetail['payRows'][number];
type Child = Node | string;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const link = (href: string, text: string) => element('a', { href }, text);

async function loadRole(url: string): Promise<RoleDetail> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as RoleDetail;
}

/** An amount as the pages write it (see Money.astro): a top-coded floor says "or more", never passes for a value. */
function money(value: PayRow['stats'][keyof PayRow['stats']], currency: string): Child {
  if (value === undefined) return '–';
  const text = typeof value === 'number' ? formatMoney(value, currency) : `${formatMoney(value.atLeast, currency)} or more`;
  return element('span', { class: 'money', 'data-money': typeof value === 'number' ? String(value) : `>=${value.atLeast}`, 'data-currency': currency }, text);
}

function differenceText(difference: PayDifference, currency: string, a: RoleDetail, b: RoleDetail): string {
  if (difference.difference === 0) return `Same ${statisticNames[difference.statistic]}`;
  const [higher, lower] = difference.difference > 0 ? [b, a] : [a, b];
  // Percent relative to the lower figure, so "X% more" reads naturally.
  const percent = difference.difference > 0 ? difference.percent : Math.round((-difference.difference / difference.b) * 1000) / 10;
  return `${higher.title}: ${formatMoney(Math.abs(difference.difference), currency)} (${formatPercent(percent)}) more than ${lower.title}, by ${statisticNames[difference.statistic]}`;
}

function table(id: string, caption: string, head: string[], rows: HTMLTableRowElement[]): HTMLElement {
  return element(
    'section',
    { class: 'table-scroll', tabindex: '0', 'aria-labelledby': `${id}-caption` },
    element(
      'table',
      { class: 'compare-table', id },
      element('caption', { id: `${id}-caption` }, caption),
      element('thead', {}, element('tr', {}, ...head.map((text) => element('th', { scope: 'col' }, text)))),
      element('tbody', {}, ...rows),
    ),
  );
}

/** The government figure each role's list pay stands on, side by side, with a difference only when like for like. */
function headlineSection(a: RoleDetail, b: RoleDetail): HTMLElement[] {
  const rows = [a, b].map((role) =>
    element(
      'tr',
      { 'data-role': role.slug },
      element('th', { scope: 'row' }, role.title),
      element('td', { class: 'num' }, role.headline ? money(role.headline.amount, role.headline.currency) : 'No annual figure yet'),
      element(
        'td',
        {},
        role.headline
          ? `${statisticNames[role.headline.kind]} a year, ${regionName(role.headline.region)}${role.headline.measures ? `, for ${role.headline.measures}` : ''}; ${role.headline.source.label}`
          : '',
      ),
    ),
  );
  const out: HTMLElement[] = [
    element('h3', { id: 'live-headline' }, 'Headline pay'),
    table('live-headline-table', 'Each role\u2019s headline figure and what it measures', ['Role', 'Headline pay', 'What the figure is'], rows),
  ];
  const [x, y] = [a.headline, b.headline];
  if (x && y && x.source.id === y.source.id && x.currency === y.currency && x.region === y.region && x.kind === y.kind) {
    if (x.measures && x.measures === y.measures) {
      out.push(
        element(
          'p',
          { class: 'callout' },
          `Both roles are measured with the same government occupation, ${x.measures}, so these figures are identical and cannot tell the two roles apart.`,
        ),
      );
    } else {
      // A total pay estimate is no statistic of the distribution (pay-match.ts): shown, never subtracted.
      const stats = (pay: typeof x) => (pay.kind === 'total' ? {} : { [pay.kind]: pay.amount });
      const difference = payDifference({ headlineKind: x.kind, stats: stats(x) }, { headlineKind: y.kind, stats: stats(y) });
      if (difference) out.push(element('p', { class: 'difference' }, `${differenceText(difference, x.currency, a, b)} (${x.source.label}).`));
    }
  }
  return out;
}

/** Figures from a source that lists both roles, in one currency, region and period each. */
function sharedSection(a: RoleDetail, b: RoleDetail): HTMLElement[] {
  const keyOf = (row: PayRow) => sameBasisKey({ sourceId: row.source.id, currency: row.currency, region: row.region, period: row.period });
  // Government figures are set side by side above, as on the comparison pages; these are the other sources.
  const others = (role: RoleDetail) => role.payRows.filter((row) => !row.government);
  const shared = matchRows(others(a), others(b), keyOf);
  const heading = element('h3', { id: 'live-shared' }, 'The same source for both roles');
  if (shared.length === 0)
    return [
      heading,
      element('p', {}, 'No other source gives a figure for both roles in the same currency, region and period, so there is nothing to set side by side.'),
    ];
  const rows = shared.map(({ a: rowA, b: rowB }) => {
    const difference = rowA.basis === rowB.basis ? payDifference(rowA, rowB) : undefined;
    // Each side's own headline when there is no like-for-like statistic, as the comparison pages show it.
    const cell = (row: PayRow) => {
      const statistic = difference?.statistic ?? row.headlineKind;
      const value = statistic === 'total' ? row.total : row.stats[statistic];
      return element(
        'td',
        { class: 'num', 'data-role': row === rowA ? a.slug : b.slug },
        money(value, row.currency),
        element('div', { class: 'note' }, statisticNames[statistic]),
      );
    };
    return element(
      'tr',
      { 'data-source': rowA.source.id, 'data-currency': rowA.currency, 'data-period': rowA.period },
      element('th', { scope: 'row' }, rowA.publisher),
      element('td', {}, `${rowA.regionName}, ${rowA.currency}, per ${rowA.period}`),
      cell(rowA),
      cell(rowB),
      element(
        'td',
        {},
        difference
          ? differenceText(difference, rowA.currency, a, b)
          : element('span', { class: 'note' }, notComparableReason(rowA.basis, rowB.basis, difference) ?? ''),
      ),
    );
  });
  return [
    heading,
    table(
      'live-shared-table',
      'Figures from a source that lists both roles, each in that source\u2019s currency, region and period',
      ['Source', 'Region, currency, period', a.title, b.title, 'Difference'],
      rows,
    ),
  ];
}

function outlookSection(a: RoleDetail, b: RoleDetail): HTMLElement[] {
  const rows = [a, b].map((role) => {
    const outlook = role.outlook[0];
    return element(
      'tr',
      { 'data-role': role.slug },
      element('th', { scope: 'row' }, role.title),
      element(
        'td',
        {},
        outlook
          ? `${formatChange(outlook.growthPct)}, ${outlook.span}, ${regionName(outlook.region)}${outlook.measures ? ` (${outlook.measures})` : ''}`
          : 'No projection',
      ),
    );
  });
  return [element('h3', { id: 'live-outlook' }, 'Outlook'), table('live-outlook-table', 'Projected change in jobs', ['Role', 'Projection'], rows)];
}

function educationSection(a: RoleDetail, b: RoleDetail): HTMLElement[] {
  const rows = [a, b].map((role) =>
    element('tr', { 'data-role': role.slug }, element('th', { scope: 'row' }, role.title), element('td', {}, role.education.typicalEntry)),
  );
  return [element('h3', { id: 'live-education' }, 'Education'), table('live-education-table', 'Typical entry level', ['Role', 'Typical entry level'], rows)];
}

function skillsSection(a: RoleDetail, b: RoleDetail, urls: LiveUrls): HTMLElement[] {
  const skillsOf = (role: RoleDetail) => role.skills.flatMap((group) => group.skills);
  const aSkills = skillsOf(a);
  const bSkills = skillsOf(b);
  const aIds = new Set(aSkills.map((skill) => skill.id));
  const bIds = new Set(bSkills.map((skill) => skill.id));
  const groups = [
    { id: 'live-skills-shared', heading: 'Both need', list: aSkills.filter((skill) => bIds.has(skill.id)) },
    { id: 'live-skills-only-a', heading: `Only ${a.title}`, list: aSkills.filter((skill) => !bIds.has(skill.id)) },
    { id: 'live-skills-only-b', heading: `Only ${b.title}`, list: bSkills.filter((skill) => !aIds.has(skill.id)) },
  ];
  return [
    element('h3', { id: 'live-skills' }, 'Skills'),
    element(
      'div',
      { class: 'skill-split' },
      ...groups.map((group) =>
        element(
          'section',
          { 'aria-labelledby': group.id },
          element('h4', { id: group.id }, `${group.heading} (${group.list.length})`),
          group.list.length === 0
            ? element('p', { class: 'note' }, 'None.')
            : element(
                'ul',
                { class: 'chips', 'data-skill-group': group.id },
                ...group.list.map((skill) => element('li', { 'data-skill': skill.id }, link(urls.skill(skill.id), skill.name))),
              ),
        ),
      ),
    ),
  ];
}

function sourcesSection(a: RoleDetail, b: RoleDetail): HTMLElement[] {
  const sources = new Map([...a.sources, ...b.sources].map((source) => [source.id, source]));
  return [
    element('h3', { id: 'live-sources' }, 'Sources'),
    element(
      'ul',
      { class: 'source-list' },
      ...[...sources.values()].map((source) =>
        element(
          'li',
          { 'data-source': source.id },
          `${source.publisher}, `,
          link(source.url, source.title),
          source.referencePeriod ? ` (${source.referencePeriod})` : '',
        ),
      ),
    ),
  ];
}

/** Fetches both roles and puts their comparison into `container`, replacing what was there. */
export async function renderLiveComparison(container: HTMLElement, slugA: string, slugB: string, urls: LiveUrls): Promise<void> {
  // a is the role whose slug sorts first, as on the comparison pages.
  const [first, second] = [slugA, slugB].sort() as [string, string];
  const [a, b] = await Promise.all([loadRole(urls.api(first)), loadRole(urls.api(second))]);
  container.replaceChildren(
    element(
      'article',
      { class: 'comparison', 'data-comparison': `${a.slug}-vs-${b.slug}` },
      element('h2', { id: 'live-title' }, `${a.title} vs ${b.title}`),
      element(
        'p',
        { class: 'note' },
        'This pair has no page of its own, so the comparison is drawn here from the two roles\u2019 files in the ',
        link(urls.api(a.slug), 'JSON API'),
        '. Full detail: ',
        link(urls.role(a.slug), a.title),
        ' and ',
        link(urls.role(b.slug), b.title),
        '.',
      ),
      element(
        'ul',
        { class: 'cards compare-cards', 'aria-label': 'The two roles' },
        ...[a, b].map((role) => element('li', { 'data-role': role.slug }, link(urls.role(role.slug), role.title), element('p', {}, role.summary))),
      ),
      ...headlineSection(a, b),
      ...sharedSection(a, b),
      ...outlookSection(a, b),
      ...educationSection(a, b),
      ...skillsSection(a, b, urls),
      ...sourcesSection(a, b),
    ),
  );
}
